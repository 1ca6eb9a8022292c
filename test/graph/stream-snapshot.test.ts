// The streamed save of a full build: resolution over lean extractions (no text, sentences as
// tokens), records made one document at a time from the full extractions read back, sorted on
// disk, and written as they come out, gives the bytes of today's in-memory writer
// (`saveRecordSnapshot` of `graphRecords` over the full extractions): on the fixtures, on a
// synthetic corpus, on hand-made corner cases, with the sort held in memory or spilled in many runs.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus.js';
import { extractDocument } from '../../src/extract/index.js';
import type { ItemEntity, ItemExtraction } from '../../src/extract/types.js';
import {
  createRecordSnapshot,
  EvidenceReferences,
  graphRecords,
  leanExtractions,
  saveRecordSnapshot,
  saveStreamedSnapshot,
  type DocumentExtractions,
} from '../../src/graph/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import type { Document } from '../../src/ingest/types.js';
import { resolveCorpus } from '../../src/resolve/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-stream-'));

/** As the extraction cache gives entries back: read from their JSON. */
const stored = (entries: readonly DocumentExtractions[]): DocumentExtractions[] => JSON.parse(JSON.stringify(entries));

const extract = (files: { name: string; bytes: Uint8Array }[]) =>
  stored(
    files.map(({ name, bytes }) => {
      const document = parseDocument(bytes, name);
      return { document, items: extractDocument(document) };
    }),
  );

const fixtures = extract(
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) })),
);

/** Every file of a snapshot: the JSON ones as text (readable diffs), the columns as bytes. */
const filesOf = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, f.endsWith('.json') ? readFileSync(join(dir, f), 'utf8') : readFileSync(join(dir, f))]));

const resolved = (entries: readonly DocumentExtractions[]) =>
  resolveCorpus(
    entries.map((e) => e.document),
    entries.flatMap((e) => e.items),
    { items: false },
  );

/** Today's writer: every record in memory. */
async function inMemory(entries: readonly DocumentExtractions[]): Promise<string> {
  const corpus = resolved(entries);
  const dir = join(tmp(), 'out');
  await saveRecordSnapshot(dir, createRecordSnapshot(corpus, graphRecords(corpus)));
  return dir;
}

/**
 * The streamed build: lean resolution (relation evidence as references unless `references` is
 * false), full extractions read back per document.
 */
async function streamed(entries: readonly DocumentExtractions[], runChars?: number, { references = true } = {}) {
  const full = stored(entries);
  const reads: string[] = [];
  const dir = join(tmp(), 'out');
  const numbered = references ? new EvidenceReferences() : undefined;
  const counts = await saveStreamedSnapshot(
    dir,
    resolved(leanExtractions(stored(entries), numbered)),
    async (id) => {
      reads.push(id);
      return stored([full.find((e) => e.document.id === id)!])[0]!;
    },
    { runChars, references: numbered },
  );
  return { dir, counts, reads };
}

describe('saveStreamedSnapshot', () => {
  it('writes the bytes of the in-memory writer on the fixtures, reading each document back once', async () => {
    const expected = filesOf(await inMemory(fixtures));
    const { dir, counts, reads } = await streamed(fixtures);
    expect(filesOf(dir)).toEqual(expected);
    expect(reads).toEqual(fixtures.map((e) => e.document.id).sort());
    expect(JSON.parse(expected['manifest.json'] as string).counts).toEqual(counts);
  });

  it('gives the same bytes with relation evidence held as its sentences (no references)', async () => {
    const expected = filesOf(await inMemory(fixtures));
    const { dir } = await streamed(fixtures, undefined, { references: false });
    expect(filesOf(dir)).toEqual(expected);
  });

  it('gives the same bytes when the sort spills to disk in many runs', async () => {
    const expected = filesOf(await inMemory(fixtures));
    // A run of 4,000 characters: a few records each, dozens of runs merged.
    const { dir } = await streamed(fixtures, 4_000);
    expect(filesOf(dir)).toEqual(expected);
    expect(readdirSync(join(dir, '..'))).toEqual(['out']);
  });

  it('gives the same bytes on a synthetic corpus (30 newsletters, seed 7)', async () => {
    const corpus = extract([...generateCorpus(30, 7)].map(({ name, text }) => ({ name, bytes: Buffer.from(text) })));
    const expected = filesOf(await inMemory(corpus));
    expect(Object.keys(expected).sort()).toEqual(['graph.json', 'graph.store', 'graph.store.values', 'manifest.json', 'merge-log.json']);
    const { dir } = await streamed(corpus, 64_000);
    expect(filesOf(dir)).toEqual(expected);
  }, 120_000);

  it('gives the same evidence order where one id gathers two clusters, and for repeated item numbers and sentences', async () => {
    const expected = filesOf(await inMemory(cornerCases()));
    const { dir } = await streamed(cornerCases(), 500);
    expect(filesOf(dir)).toEqual(expected);
    // The case is what it claims: the two forms are one node whose evidence is not in text order.
    const graph = readFileSync(join(dir, 'graph.json'), 'utf8');
    expect(graph).toContain('"evidence":["The Café Trust said so.","The Cafe Trust met."]');
  });

  it('leaves out every sentence from what resolution holds when relation evidence is referenced', () => {
    const references = new EvidenceReferences();
    const text = JSON.stringify(leanExtractions(fixtures, references));
    let sentences = 0;
    // (A heading can be a whole sentence and a name too.)
    const names = fixtures.flatMap((e) => e.items.flatMap((x) => x.entities.flatMap((n) => [n.name, ...n.aliases])));
    for (const entry of fixtures)
      for (const x of entry.items)
        for (const s of [...x.sentences.map((s) => s.text), ...x.relations.map((r) => r.evidence.sentence)])
          if (s.length > 40 && !names.some((n) => n.includes(s))) {
            sentences++;
            expect(text).not.toContain(s);
          }
    expect(sentences).toBeGreaterThan(100);
    // One number per distinct sentence a document states its relations in.
    const stated = fixtures.reduce((n, e) => n + new Set(e.items.flatMap((x) => x.relations.map((r) => r.evidence.sentence))).size, 0);
    expect(references.size).toBe(stated);
  });

  it('refuses a document read back that states other sentences than it was resolved with', async () => {
    const references = new EvidenceReferences();
    const corpus = resolved(leanExtractions(stored(fixtures), references));
    const changed = stored(fixtures);
    const relation = changed.flatMap((e) => e.items).find((x) => x.relations.length > 0)!.relations[0]!;
    relation.evidence.sentence = 'A sentence the build never resolved.';
    await expect(saveStreamedSnapshot(join(tmp(), 'out'), corpus, async (id) => changed.find((e) => e.document.id === id)!, { references })).rejects.toThrow(
      /states other sentences/,
    );
  });

  it('leaves out item text and sentences from what resolution holds, but relation evidence', () => {
    const lean = leanExtractions(fixtures);
    const text = JSON.stringify(lean);
    // A relation's evidence is part of its record, made from the resolved relations.
    const stated = new Set(fixtures.flatMap((e) => e.items.flatMap((x) => x.relations.map((r) => r.evidence.sentence))));
    for (const entry of fixtures) {
      for (const x of entry.items)
        for (const s of x.sentences)
          if (s.text.length > 40 && ![...stated].some((e) => e.includes(s.text) || s.text.includes(e))) expect(text).not.toContain(s.text);
      for (const item of entry.document.items) if (item.text.length > 40) expect(text).not.toContain(item.text);
    }
  });
});

/**
 * "Café Trust" and "Cafe Trust" have other name keys (two clusters) and one id (the same slug);
 * the second newsletter names both in one item, the Cafe form first, so the id's evidence for it
 * is in cluster order (Café first), not text order. Its item 1 is printed twice; sentences repeat
 * and one is empty.
 */
function cornerCases(): DocumentExtractions[] {
  const doc = (id: string, numbers: string[]): Document => ({
    id,
    source: `${id}.txt`,
    title: `Newsletter ${id}`,
    published: '2014-06-26',
    format: 'text',
    encoding: 'utf-8',
    items: numbers.map((number, i) => ({ number, title: `Item ${number}`, text: `Text of item ${number} (${i})`, offset: 100 * i })),
  });
  const entity = (name: string, sentences: number[]): ItemEntity => ({
    type: 'Body',
    name,
    aliases: [],
    mentions: sentences.map((sentence) => ({ type: 'Body', text: name, start: 0, end: name.length, sentence })),
  });
  const item = (documentId: string, number: string, sentences: string[], entities: ItemEntity[]): ItemExtraction => ({
    documentId,
    item: number,
    title: `Item ${number}`,
    entities,
    roles: [],
    relations: [],
    sentences: sentences.map((text, i) => ({ text, start: 10 * i, end: 10 * i + text.length })),
  });
  return stored([
    { document: doc('a', ['1']), items: [item('a', '1', ['The Café Trust opened.'], [entity('Café Trust', [0])])] },
    {
      document: doc('b', ['1', '1', '2']),
      items: [
        item(
          'b',
          '1',
          ['The Cafe Trust met.', 'The Café Trust said so.', '', 'The Cafe Trust met.'],
          [entity('Cafe Trust', [0, 2, 3]), entity('Café Trust', [1, 1])],
        ),
        item('b', '1', ['The Cafe Trust met.', 'Again the Home Office.'], [entity('Cafe Trust', [0]), entity('Home Office', [1])]),
        item('b', '2', ['The Home Office and the Café Trust.'], [entity('Home Office', [0]), entity('Café Trust', [0])]),
      ],
    },
  ]);
}
