// The extractor version: a hash of the ingest and extract code and data as they run, so a
// changed rule or lexicon entry gives a new version and every cached extraction is redone.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractorVersion, hashSources } from '../../src/cache/index.js';

const SRC = join(import.meta.dirname, '../../src');

/** A copy of src/ingest and src/extract to change. */
function copyOfStages(): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'cg-version-'));
  cpSync(join(SRC, 'ingest'), join(dir, 'ingest'), { recursive: true });
  cpSync(join(SRC, 'extract'), join(dir, 'extract'), { recursive: true });
  return [join(dir, 'ingest'), join(dir, 'extract')];
}

it('is the hash of the running ingest and extract folders and the installed libraries, the same on every call', () => {
  expect(extractorVersion()).toMatch(/^[0-9a-f]{64}$/);
  expect(extractorVersion()).toBe(extractorVersion());
  expect(hashSources([join(SRC, 'ingest'), join(SRC, 'extract')])).toBe(hashSources(copyOfStages()));
});

it.each([
  ['a lexicon entry', 'extract/data/bodies.json', (text: string) => text.replace('"Home Office"', '"Home Offices"')],
  ['a rule', 'extract/rules/relations/office-linker.ts', (text: string) => `${text}\n// a changed rule\n`],
  ['a segmenter', 'ingest/segment-text.ts', (text: string) => text.replace('export function', 'export  function')],
])('changes with %s', (_what, file, change) => {
  const [ingest, extract] = copyOfStages();
  const before = hashSources([ingest, extract]);
  const path = join(ingest, '..', file);
  const text = readFileSync(path, 'utf8');
  expect(change(text)).not.toBe(text);
  writeFileSync(path, change(text));
  expect(hashSources([ingest, extract])).not.toBe(before);
});

it('changes with a library version, not with source maps', () => {
  const [ingest, extract] = copyOfStages();
  const before = hashSources([ingest, extract], ['compromise@14.17.0']);
  expect(hashSources([ingest, extract], ['compromise@14.18.0'])).not.toBe(before);
  writeFileSync(join(extract, 'index.js.map'), '{}');
  expect(hashSources([ingest, extract], ['compromise@14.17.0'])).toBe(before);
});
