// Incremental resolution: a corpus changed by documents added, removed and changed, resolved
// from the state of the last resolution by replaying only the units the change reaches.
// Specification: after every step of random add/remove sequences over synthetic newsletters and
// the fixtures, the result (and the state read back from its JSON) is resolveCorpus's over the
// whole corpus: entities, relations, roles, merge log, item entity ids, acronyms; only the
// evidence of mentions in documents not given in that step is left out, as for resolution parts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus.js';
import { resolutionPart } from '../../src/cache/index.js';
import { extractDocument } from '../../src/extract/index.js';
import type { ItemExtraction } from '../../src/extract/types.js';
import { seededRandom } from '../../src/graph/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import type { Document } from '../../src/ingest/types.js';
import {
  type ChangedDocument,
  emptyResolutionState,
  parseResolutionState,
  type ResolutionState,
  type ResolvedChange,
  resolveChanges,
  resolveCorpus,
  serializeResolutionState,
  stateCorpus,
} from '../../src/resolve/index.js';
import type { Entity, ResolvedCorpus } from '../../src/resolve/types.js';
import { documentOf } from '../extract/extract-item.js';

interface Source {
  document: Document;
  items: ItemExtraction[];
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
let pool: Source[] = [];

beforeAll(() => {
  const files = [
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) })),
    ...[...generateCorpus(24, 11)].map(({ name, text }) => ({ name, bytes: Buffer.from(text) })),
  ];
  pool = files.map(({ name, bytes }) => {
    const document = parseDocument(bytes, name);
    // Through JSON, as the cache gives them.
    return JSON.parse(JSON.stringify({ document, items: extractDocument(document) })) as Source;
  });
}, 300_000);

/** A changed version of a document: one item left out (its file edited). */
function edited(source: Source, random: () => number): Source {
  if (source.items.length < 2) return source;
  const drop = Math.floor(random() * source.items.length);
  return { document: source.document, items: source.items.filter((_, i) => i !== drop) };
}

/** What resolveCorpus gives for the corpus, in the form resolveChanges gives it, evidence kept only for `given`. */
function expected(corpus: Map<string, Source>, given: ReadonlySet<string>) {
  const sources = [...corpus.values()].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
  const whole = resolveCorpus(
    sources.map((s) => s.document),
    sources.flatMap((s) => s.items),
    { items: false },
  );
  return { whole, entities: withEvidenceOf(whole.entities, given) };
}

function withEvidenceOf(entities: readonly Entity[], given: ReadonlySet<string>): Entity[] {
  return entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => (given.has(m.item.split('#')[0]!) ? m : { ...m, evidence: [] })) }));
}

function corpusWide(c: ResolvedCorpus | ResolvedChange) {
  return { roles: c.roles, mergeLog: c.mergeLog, itemEntities: c.itemEntities, acronyms: c.acronyms };
}

const asChanged = (s: Source, part: boolean): ChangedDocument => ({ id: s.document.id, items: part ? resolutionPart([s])[0]!.items : s.items });

describe('incremental resolution', () => {
  it.each([1, 2, 3, 4])('gives resolveCorpus over the whole corpus after every step of a random sequence (seed %i)', { timeout: 300_000 }, (seed) => {
    const random = seededRandom(seed * 101);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const corpus = new Map<string, Source>();
    let state: ResolutionState = emptyResolutionState();
    let previous: ResolvedCorpus | undefined;
    let fallbacks = 0;
    let replayed = 0;
    let total = 0;
    for (let step = 0; step < 14; step++) {
      const absent = pool.filter((s) => !corpus.has(s.document.id));
      const present = [...corpus.values()];
      const add: Source[] = [];
      const remove: string[] = [];
      // The first step adds a good part of the pool; then one to three documents change at a time.
      const adding = step === 0 ? Math.floor(pool.length / 2) : Math.floor(random() * 3);
      for (let i = 0; i < adding && absent.length > 0; i++) add.push(absent.splice(Math.floor(random() * absent.length), 1)[0]!);
      if (step > 0 && present.length > 2) {
        if (random() < 0.5) remove.push(pick(present).document.id);
        if (random() < 0.4) {
          const changed = pick(present);
          if (!remove.includes(changed.document.id)) add.push(edited(pool.find((s) => s.document.id === changed.document.id)!, random));
        }
      }
      for (const id of remove) corpus.delete(id);
      for (const s of add) corpus.set(s.document.id, s);
      // Some documents come as resolution parts (no sentences), as an incremental build reads them.
      const parts = new Set(add.filter(() => random() < 0.3).map((s) => s.document.id));
      let result = resolveChanges(state, { remove, add: add.map((s) => asChanged(s, parts.has(s.document.id))) });
      if (result === undefined) {
        fallbacks++;
        result = resolveChanges(emptyResolutionState(), { add: [...corpus.values()].map((s) => asChanged(s, true)) })!;
        parts.clear();
        for (const id of corpus.keys()) parts.add(id);
      }
      const given = new Set(add.map((s) => s.document.id).filter((id) => !parts.has(id)));
      const { whole, entities } = expected(corpus, given);

      // The entities replayed are the whole corpus's of the same ids; the rest stand as they were.
      const byId = new Map(entities.map((e) => [e.id, e]));
      expect(result.entities).toEqual(result.entities.map((e) => byId.get(e.id)));
      expect(corpusWide(result)).toEqual(corpusWide(whole));
      const stated = new Map(whole.relations.map((r) => [`${r.type}|${r.source}|${r.target}`, r]));
      expect(result.relations).toEqual(
        [...result.relationKeys]
          .filter((k) => stated.has(k))
          .sort()
          .map((k) => stated.get(k)),
      );
      // What changed since the previous step is among what was replayed.
      if (previous !== undefined) {
        const before = new Map(withEvidenceOf(previous.entities, new Set()).map((e) => [e.id, JSON.stringify(e)]));
        const now = new Map(withEvidenceOf(whole.entities, new Set()).map((e) => [e.id, JSON.stringify(e)]));
        const reached = new Set([...result.entities.map((e) => e.id), ...result.replacedIds]);
        for (const id of new Set([...before.keys(), ...now.keys()])) if (before.get(id) !== now.get(id)) expect(reached).toContain(id);
        const relationsBefore = new Map(previous.relations.map((r) => [`${r.type}|${r.source}|${r.target}`, JSON.stringify(r)]));
        for (const [key, r] of stated) if (relationsBefore.get(key) !== JSON.stringify(r)) expect(result.relationKeys).toContain(key);
        for (const key of relationsBefore.keys()) if (!stated.has(key)) expect(result.relationKeys).toContain(key);
      }
      replayed += result.entities.length;
      total += whole.entities.length;

      // The state kept, read back from its JSON, holds the whole corpus.
      state = parseResolutionState(serializeResolutionState(result.state))!;
      const all = stateCorpus(state);
      expect(all.entities).toEqual(withEvidenceOf(whole.entities, new Set()));
      expect(all.relations).toEqual(whole.relations);
      previous = whole;
    }
    // Most steps replay a small part of the corpus.
    expect(fallbacks).toBeLessThan(7);
    expect(replayed).toBeLessThan(total);
  });

  it('says when a change alters what an acronym stands for in a document it leaves alone', () => {
    const doc = (id: string, text: string): ChangedDocument => ({ id, items: extractDocument(documentOf([{ text }], id)) });
    const user = doc('user', 'Retailers can read the new ACS guide to self-service checkouts.');
    const definer = doc('definer', 'The Association of Convenience Stores (ACS) has issued guidance.');
    const start = resolveChanges(emptyResolutionState(), { add: [user] })!;
    expect(start.acronyms.attached.size).toBe(0);
    expect(resolveChanges(start.state, { add: [definer] })).toBeUndefined();
    const both = resolveChanges(emptyResolutionState(), { add: [user, definer] })!;
    expect([...both.acronyms.attached.keys()]).toEqual(['ACS']);
    expect(resolveChanges(both.state, { remove: [definer.id] })).toBeUndefined();
  });

  it('replays together the units whose entities come to share an id', () => {
    // `Café Network` and `Cafe Network` share no key (their name keys differ) but one id.
    const item = (id: string, name: string, type: 'Body' | 'Person' = 'Body'): ItemExtraction => ({
      documentId: id,
      item: '1',
      title: '',
      entities: [{ type, name, aliases: [], mentions: [{ type, text: name, start: 0, end: name.length, sentence: 0 }] }],
      roles: [],
      relations: [],
      sentences: [{ text: `${name} said so.`, start: 0, end: name.length + 9 }],
    });
    const docs = { a: [item('a', 'Café Network')], b: [item('b', 'Jane Smith', 'Person')], c: [item('c', 'Cafe Network')] };
    let state = emptyResolutionState();
    const corpus = new Map<string, ItemExtraction[]>();
    for (const [add, remove] of [
      [['c', 'b'], []],
      [['a'], []],
      [[], ['a']],
    ] as [(keyof typeof docs)[], (keyof typeof docs)[]][]) {
      for (const id of remove) corpus.delete(id);
      for (const id of add) corpus.set(id, docs[id]);
      const result = resolveChanges(state, { remove, add: add.map((id) => ({ id, items: docs[id] })) })!;
      const ids = [...corpus.keys()].sort();
      const whole = resolveCorpus(
        ids.map((id) => documentOf([{ text: '' }], id)),
        ids.flatMap((id) => corpus.get(id)!),
      );
      const byId = new Map(withEvidenceOf(whole.entities, new Set(add)).map((e) => [e.id, e]));
      expect(result.entities).toEqual(result.entities.map((e) => byId.get(e.id)));
      expect(corpusWide(result)).toEqual(corpusWide(whole));
      state = result.state;
      expect(stateCorpus(state).entities).toEqual(withEvidenceOf(whole.entities, new Set()));
    }
  });
});
