// Splicing a snapshot: the lines of unchanged newsletters copied from the previous graph.json,
// merged with the records made anew, give the bytes of a full save, whatever was added, removed
// or left alone; and a previous graph.json not in the layout a build writes is refused whole.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import {
  coOccurrenceChanges,
  copiedRecords,
  createRecordSnapshot,
  documentRelationKeys,
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

/** What an incremental build does: from the snapshot of `before` (in `at`, or saved whole), splice the snapshot of `after`. */
async function spliced(before: typeof extracted, after: typeof extracted, alsoRemake: (doc: Document) => boolean = () => false, at?: string) {
  const dir = at ?? (await fullSave(before));
  const beforeCorpus = resolved(before);
  const old = documentEntityIds(beforeCorpus);
  const oldRelations = documentRelationKeys(beforeCorpus);
  const previous = new Map(
    [...old].map(([id, entities]) => [
      id,
      {
        entities,
        relations: oldRelations.get(id) ?? [],
        acronyms: (beforeCorpus.acronyms?.defined.get(id) ?? []).map((a): [string, string] => [a, beforeCorpus.acronyms?.signatures.get(a) ?? '']),
      },
    ]),
  );
  const corpus = resolved(after);
  const now = documentEntityIds(corpus);
  const dirty = new Set(
    after
      .map((d) => d.document)
      .filter((doc) => alsoRemake(doc) || !old.has(doc.id) || documentFingerprint(old.get(doc.id)!) !== documentFingerprint(now.get(doc.id)!))
      .map((doc) => doc.id),
  );
  const gone = [...old].filter(([id]) => dirty.has(id) || !now.has(id)).map(([, ids]) => ids);
  // Entities and relations no changed newsletter names are copied as the CLI copies them.
  const copy = copiedRecords(corpus, previous, dirty, documentRelationKeys(corpus));
  const copiedEntities = corpus.entities.filter((e) => copy?.(e.id)).length;
  const report = await saveSplicedSnapshot(
    dir,
    createRecordSnapshot(corpus, graphRecords(corpus, { documents: (id) => dirty.has(id), coOccurrences: false, shared: copy && ((key) => !copy(key)) })),
    {
      copy,
      previousDocuments: new Set(old.keys()),
      keep: (id) => now.has(id) && !dirty.has(id),
      coOccurrenceChanges: coOccurrenceChanges(
        gone,
        [...dirty].map((id) => now.get(id)!),
      ),
    },
  );
  return { dir, report, copiedEntities };
}

describe('saveSplicedSnapshot', () => {
  it("writes the bytes of a full save, columns included, when a newsletter is added, and copies the others' lines", async () => {
    const { dir, report, copiedEntities } = await spliced(extracted.slice(0, 4), extracted);
    expect(copiedEntities).toBeGreaterThan(0);
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

  it('gives the bytes of a full save after each step of random sequences of additions and removals, each spliced from the last', async () => {
    const random = seededRandom(11);
    const pick = () => extracted.filter(() => random() < 0.6);
    let copied = 0;
    for (let sequence = 0; sequence < 2; sequence++) {
      let docs = pick();
      const dir = await fullSave(docs);
      for (let step = 0; step < 3; step++) {
        const next = pick();
        const { report, copiedEntities } = await spliced(docs, next, () => random() < 0.2, dir);
        copied += copiedEntities;
        expect(report.columns).toBe('previous store');
        expect(filesOf(dir)).toEqual(filesOf(await fullSave(next)));
        docs = next;
      }
    }
    expect(copied).toBeGreaterThan(0);
  });

  it('remakes the entities and relations an added or removed newsletter shares with unchanged ones, and copies the rest', async () => {
    // A second copy of the first newsletter under another id states every relation it states.
    const [first] = extracted;
    const id = `${first!.document.id}-again`;
    const twin = { document: { ...first!.document, id, source: `${id}.txt` }, items: first!.items.map((x) => ({ ...x, documentId: id })) };
    const withTwin = [...extracted, twin].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
    const added = await spliced(extracted, withTwin);
    expect(added.copiedEntities).toBeGreaterThan(0);
    expect(filesOf(added.dir)).toEqual(filesOf(await fullSave(withTwin)));
    const removed = await spliced(withTwin, extracted);
    expect(filesOf(removed.dir)).toEqual(filesOf(await fullSave(extracted)));
  });

  it("lists a property key in graph.store's header exactly while some element has it, copied or made", async () => {
    // Only the first newsletter has a publication date: its node alone has the key `published`.
    const dated = extracted.map((d, i) => (i === 0 ? d : { ...d, document: { ...d.document, published: undefined } }));
    const headerKeys = (dir: string) => {
      const store = readFileSync(join(dir, 'graph.store'));
      return (JSON.parse(store.toString('utf8', 16, 16 + store.readUInt32LE(8))) as { propertyKeys: string[] }).propertyKeys;
    };
    // Kept: the dated newsletter's line is copied, no record made here has the key.
    const kept = await spliced(dated.slice(0, 3), dated.slice(0, 4));
    expect(headerKeys(kept.dir)).toContain('published');
    expect(filesOf(kept.dir)).toEqual(filesOf(await fullSave(dated.slice(0, 4))));
    // Gone: the dated newsletter removed, no element left has it.
    const gone = await spliced(dated.slice(0, 4), dated.slice(1, 4));
    expect(headerKeys(gone.dir)).not.toContain('published');
    expect(filesOf(gone.dir)).toEqual(filesOf(await fullSave(dated.slice(1, 4))));
  });

  it('makes the columns from graph.json read back when the previous store is missing or does not fit, with the same bytes', async () => {
    const expected = filesOf(await fullSave(extracted));
    const missing = await fullSave(extracted.slice(0, 3));
    rmSync(join(missing, 'graph.store'));
    const first = await spliced(extracted.slice(0, 3), extracted, () => false, missing);
    expect(first.report.columns).toBe('graph.json');
    expect(filesOf(missing)).toEqual(expected);
    // A store left from another graph.json (its recorded size differs) is passed over too.
    const stale = await fullSave(extracted.slice(0, 3));
    cpSync(join(await fullSave(extracted.slice(0, 2)), 'graph.store'), join(stale, 'graph.store'));
    const second = await spliced(extracted.slice(0, 3), extracted, () => false, stale);
    expect(second.report.columns).toBe('graph.json');
    expect(filesOf(stale)).toEqual(expected);
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
