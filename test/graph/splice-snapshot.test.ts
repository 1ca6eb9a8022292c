// Splicing a snapshot: the lines of unchanged newsletters copied from the previous graph.json,
// merged with the records made anew, give the bytes of a full save, whatever was added, removed
// or left alone; and a previous graph.json not in the layout a build writes is refused whole.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import {
  coOccurrenceChanges,
  createRecordSnapshot,
  documentEntityIds,
  documentFingerprint,
  graphRecords,
  saveRecordSnapshot,
  saveSplicedSnapshot,
  seededRandom,
} from '../../src/graph/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import type { Document } from '../../src/ingest/types.js';
import { resolveCorpus } from '../../src/resolve/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-splice-'));
const extracted = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => {
    const document = parseDocument(readFileSync(join(FIXTURES, name)), name);
    return { document, items: extractDocument(document) };
  });

const resolved = (docs: typeof extracted) =>
  resolveCorpus(
    docs.map((d) => d.document),
    docs.flatMap((d) => d.items),
  );

/** Every file of a snapshot: the JSON ones as text (readable diffs), graph.store's as bytes. */
const filesOf = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, f.endsWith('.json') ? readFileSync(join(dir, f), 'utf8') : readFileSync(join(dir, f))]));

async function fullSave(docs: typeof extracted): Promise<string> {
  const corpus = resolved(docs);
  const dir = join(tmp(), 'out');
  await saveRecordSnapshot(dir, createRecordSnapshot(corpus, graphRecords(corpus)));
  return dir;
}

/** What an incremental build does: from the snapshot of `before`, splice the snapshot of `after`. */
async function spliced(before: typeof extracted, after: typeof extracted, alsoRemake: (doc: Document) => boolean = () => false) {
  const dir = await fullSave(before);
  const old = documentEntityIds(resolved(before));
  const corpus = resolved(after);
  const now = documentEntityIds(corpus);
  const dirty = new Set(
    after
      .map((d) => d.document)
      .filter((doc) => alsoRemake(doc) || !old.has(doc.id) || documentFingerprint(old.get(doc.id)!) !== documentFingerprint(now.get(doc.id)!))
      .map((doc) => doc.id),
  );
  const gone = [...old].filter(([id]) => dirty.has(id) || !now.has(id)).map(([, ids]) => ids);
  const report = await saveSplicedSnapshot(
    dir,
    createRecordSnapshot(corpus, graphRecords(corpus, { documents: (id) => dirty.has(id), coOccurrences: false })),
    {
      previousDocuments: new Set(old.keys()),
      keep: (id) => now.has(id) && !dirty.has(id),
      coOccurrenceChanges: coOccurrenceChanges(
        gone,
        [...dirty].map((id) => now.get(id)!),
      ),
    },
  );
  return { dir, report };
}

describe('saveSplicedSnapshot', () => {
  it("writes the bytes of a full save, columns included, when a newsletter is added, and copies the others' lines", async () => {
    const { dir, report } = await spliced(extracted.slice(0, 4), extracted);
    expect(Object.keys(filesOf(dir)).sort()).toEqual(['graph.json', 'graph.store', 'graph.store.values', 'manifest.json', 'merge-log.json']);
    expect(filesOf(dir)).toEqual(filesOf(await fullSave(extracted)));
    expect(report.keptNodes).toBeGreaterThan(0);
    expect(report.keptEdges).toBeGreaterThan(0);
  });

  it('writes the bytes of a full save when a newsletter is removed', async () => {
    const { dir } = await spliced(extracted, extracted.slice(1));
    expect(filesOf(dir)).toEqual(filesOf(await fullSave(extracted.slice(1))));
  });

  it('gives the same bytes whichever unchanged newsletters are made anew rather than copied', async () => {
    const random = seededRandom(7);
    const expected = filesOf(await fullSave(extracted));
    for (let round = 0; round < 4; round++) {
      const picked = new Set(extracted.filter(() => random() < 0.5).map((d) => d.document.id));
      const { dir } = await spliced(extracted, extracted, (doc) => picked.has(doc.id));
      expect(filesOf(dir)).toEqual(expected);
    }
  });

  it('refuses a previous graph.json not in the layout a build writes, and leaves it as it was', async () => {
    const dir = await fullSave(extracted.slice(0, 4));
    const pretty = JSON.stringify(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')), null, 2);
    writeFileSync(join(dir, 'graph.json'), pretty);
    const corpus = resolved(extracted);
    const attempt = saveSplicedSnapshot(dir, createRecordSnapshot(corpus, graphRecords(corpus, { documents: () => true, coOccurrences: false })), {
      previousDocuments: new Set(extracted.slice(0, 4).map((d) => d.document.id)),
      keep: () => true,
      coOccurrenceChanges: new Map(),
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', code: 'E_SNAPSHOT_CORRUPT' });
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(pretty);
  });
});
