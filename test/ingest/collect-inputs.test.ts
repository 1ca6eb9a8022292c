// Expanding command-line paths into input files: directories walked in sorted order for
// .txt/.md/.html, READMEs and hidden files skipped, each file once, missing paths reported.

import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { collectInputs, readDocument } from '../../src/ingest/index.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-collect-'));
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.git'));
  for (const name of ['b.txt', 'a.md', 'c.html', 'd.HTM', 'image.png', 'notes.docx', 'README.md', 'sub/e.txt', '.hidden.txt', '.git/x.txt']) {
    writeFileSync(join(dir, name), 'Title\n\nText.\n');
  }
  return dir;
}

it('walks a directory for .txt, .md and .html files in sorted order, skipping READMEs and hidden files', async () => {
  const dir = tree();
  const { files, errors } = await collectInputs([dir]);
  expect(errors).toEqual([]);
  expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.md', 'b.txt', 'c.html', 'd.HTM', 'sub/e.txt']);
});

it('reads a file named explicitly whatever its extension', async () => {
  const dir = tree();
  const { files } = await collectInputs([join(dir, 'notes.docx'), join(dir, 'README.md')]);
  expect(files).toEqual([join(dir, 'notes.docx'), join(dir, 'README.md')]);
});

it('keeps the same file once, however it is reached', async () => {
  const dir = tree();
  symlinkSync(join(dir, 'b.txt'), join(dir, 'link.txt'));
  const { files } = await collectInputs([join(dir, 'b.txt'), dir, join(dir, 'b.txt')]);
  expect(files.filter((f) => f.endsWith('b.txt') || f.endsWith('link.txt'))).toEqual([join(dir, 'b.txt')]);
});

it('reports a missing path and an empty directory, and still returns the rest', async () => {
  const dir = tree();
  const empty = mkdtempSync(join(tmpdir(), 'cg-empty-'));
  const missing = join(dir, 'nope.txt');
  const { files, errors } = await collectInputs([missing, empty, join(dir, 'b.txt')]);
  expect(files).toEqual([join(dir, 'b.txt')]);
  expect(errors.map((e) => [e.code, e.position?.file])).toEqual([
    ['E_NOT_FOUND', missing],
    ['E_NO_INPUTS', empty],
  ]);
});

it('readDocument names a missing file in its error', async () => {
  await expect(readDocument('no/such/file.txt')).rejects.toMatchObject({ name: 'InputError', code: 'E_NOT_FOUND', position: { file: 'no/such/file.txt' } });
});

it.each([
  ['/dev/zero', 'E_UNREADABLE'],
  ['/dev/null', 'E_UNREADABLE'],
])('readDocument refuses %s, which is not a regular file (%s)', async (path, code) => {
  await expect(readDocument(path)).rejects.toMatchObject({ name: 'InputError', code, position: { file: path } });
});

it('readDocument refuses a file above the size limit before reading it', async () => {
  const dir = tree();
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
  await expect(readDocument(join(dir, 'big.txt'), { maxBytes: 1024 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  expect((await readDocument(join(dir, 'big.txt'), { maxBytes: 4096 })).items).toHaveLength(1);
});
