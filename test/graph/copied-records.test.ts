// What an incremental build copies of the entity nodes and typed relations: only what no changed
// newsletter names, before or now, and nothing when a changed newsletter defines an acronym that an
// unchanged one uses alone. (The bytes this gives are checked in splice-snapshot.test.ts.)

import { describe, expect, it } from 'vitest';
import { copiedRecords, type PreviousDocument } from '../../src/graph/index.js';
import type { Document } from '../../src/ingest/types.js';
import type { ResolvedCorpus } from '../../src/resolve/index.js';

const doc = (id: string): Document => ({ id, source: `${id}.txt`, title: id, published: undefined, format: 'text', encoding: 'utf-8', items: [] });

/** A corpus reduced to what the decision reads: documents, each item's entity ids, the acronyms. */
function corpus(
  items: Record<string, string[]>,
  acronyms: ResolvedCorpus['acronyms'] = { defined: new Map(), attached: new Map(), signatures: new Map() },
): ResolvedCorpus {
  const ids = Object.keys(items);
  return {
    documents: ids.map(doc),
    items: [],
    entities: [],
    roles: [],
    relations: [],
    mergeLog: [],
    itemEntities: ids.map((documentId) => ({ documentId, item: '1', ids: items[documentId]! })),
    acronyms,
  };
}

const previous = (docs: Record<string, { entities: string[]; relations?: string[]; acronyms?: [string, string][] }>) =>
  new Map<string, PreviousDocument>(
    Object.entries(docs).map(([id, d]) => [id, { entities: [[`${id}#1`, d.entities]], relations: d.relations ?? [], acronyms: d.acronyms ?? [] }]),
  );

describe('copiedRecords', () => {
  const before = previous({
    a: { entities: ['body:home-office', 'person:ann'], relations: ['AFFILIATED_WITH:person:ann->body:home-office'] },
    b: { entities: ['body:home-office', 'person:bob'], relations: ['AFFILIATED_WITH:person:bob->body:home-office'] },
  });

  it('copies what only unchanged newsletters name, and makes what a new one names', () => {
    const now = corpus({ a: ['body:home-office', 'person:ann'], b: ['body:home-office', 'person:bob'], c: ['person:bob', 'person:cat'] });
    const copy = copiedRecords(now, before, new Set(['c']), new Map([['c', ['AFFILIATED_WITH:person:bob->body:home-office']]]))!;
    expect(copy('body:home-office')).toBe(true);
    expect(copy('person:ann')).toBe(true);
    expect(copy('AFFILIATED_WITH:person:ann->body:home-office')).toBe(true);
    expect(copy('person:bob')).toBe(false);
    expect(copy('AFFILIATED_WITH:person:bob->body:home-office')).toBe(false);
    // Not in the previous graph: nothing to copy.
    expect(copy('person:cat')).toBe(false);
  });

  it('makes what a removed newsletter named', () => {
    const copy = copiedRecords(corpus({ a: ['body:home-office', 'person:ann'] }), before, new Set(), new Map())!;
    expect(copy('person:ann')).toBe(true);
    expect(copy('body:home-office')).toBe(false);
    expect(copy('AFFILIATED_WITH:person:bob->body:home-office')).toBe(false);
  });

  const ACS = '["Body",null,["association of convenience stores"]]';
  const TWO = '["Body",null,["association of convenience stores","another company society"]]';

  it('copies nothing when a changed newsletter changes the definition of an acronym an unchanged one uses alone', () => {
    const acronyms = { defined: new Map([['c', ['ACS']]]), attached: new Map([['ACS', ['a']]]), signatures: new Map([['ACS', ACS]]) };
    const now = corpus({ a: ['body:home-office', 'person:ann'], b: ['body:home-office', 'person:bob'], c: ['body:acs'] }, acronyms);
    expect(copiedRecords(now, before, new Set(['c']), new Map())).toBeUndefined();
    // Defined the same way before, by an unchanged newsletter: what `a` gains is unchanged.
    const same = previous({ a: { entities: [] }, b: { entities: [], acronyms: [['ACS', ACS]] } });
    expect(copiedRecords(now, same, new Set(['c']), new Map())).toBeDefined();
    // Defined another way too now: ambiguous, so `a` loses it.
    const ambiguous = { ...acronyms, signatures: new Map([['ACS', TWO]]) };
    expect(copiedRecords(corpus({ a: [], b: [], c: [] }, ambiguous), same, new Set(['c']), new Map())).toBeUndefined();
    // Used alone only in the changed newsletter itself: the others cannot change.
    const own = { defined: new Map([['c', ['ACS']]]), attached: new Map([['ACS', ['c']]]), signatures: new Map([['ACS', ACS]]) };
    expect(copiedRecords(corpus({ a: [], b: [], c: ['body:acs'] }, own), before, new Set(['c']), new Map())).toBeDefined();
    // Defined by a newsletter now removed, and by none left.
    const removed = previous({ a: { entities: [] }, b: { entities: [], acronyms: [['ACS', ACS]] } });
    const left = { defined: new Map(), attached: new Map([['ACS', ['a']]]), signatures: new Map() };
    expect(copiedRecords(corpus({ a: ['body:acs'] }, left), removed, new Set(), new Map())).toBeUndefined();
  });
});
