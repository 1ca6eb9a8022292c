// An incremental build resolves unchanged newsletters from their cache entries' resolution parts
// (no text, no sentences, mentions cut to their sentence number). Specification: whichever
// newsletters come as parts, resolution gives the same entities, relations, roles, merge log and
// item entity ids as from whole extractions; only the evidence of the parts' mentions is left out.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolutionPart } from '../../src/cache/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import { seededRandom } from '../../src/graph/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const whole = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => {
    const document = parseDocument(readFileSync(join(FIXTURES, name)), name);
    // Through JSON, as the cache gives them.
    return JSON.parse(JSON.stringify({ document, items: extractDocument(document) })) as {
      document: typeof document;
      items: ReturnType<typeof extractDocument>;
    };
  });

function resolve(asPart: (i: number) => boolean, items = true) {
  const docs = whole.map((d, i) => (asPart(i) ? resolutionPart([d])[0]! : d));
  return resolveCorpus(
    docs.map((d) => d.document),
    docs.flatMap((d) => d.items),
    { items },
  );
}

/** The corpus without what parts leave out: item text, evidence of mentions, rewritten items. */
function comparable(corpus: ReturnType<typeof resolve>, parts: Set<string>) {
  return {
    entities: corpus.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => (parts.has(m.item.split('#')[0]!) ? { ...m, evidence: [] } : m)) })),
    relations: corpus.relations,
    roles: corpus.roles,
    mergeLog: corpus.mergeLog,
    itemEntities: corpus.itemEntities,
  };
}

describe('resolution from resolution parts', () => {
  const full = resolve(() => false);
  const random = seededRandom(14);
  const subsets = [
    () => true,
    (i: number) => i % 2 === 0,
    ...Array.from({ length: 4 }, () => {
      const picked = whole.map(() => random() < 0.5);
      return (i: number) => picked[i]!;
    }),
  ];

  it.each(subsets.map((asPart, n) => [n, asPart] as const))("gives what whole extractions give, but the parts' evidence (subset %i)", (_n, asPart) => {
    const parts = new Set(whole.filter((_, i) => asPart(i)).map((d) => d.document.id));
    expect(comparable(resolve(asPart), parts)).toEqual(comparable(full, parts));
  });

  it('keeps the evidence of the whole ones, and gives every mention its count', () => {
    const mixed = resolve((i) => i === 0);
    const first = whole[0]!.document.id;
    const mentions = (c: typeof full) => c.entities.flatMap((e) => e.mentions);
    expect(mentions(mixed).filter((m) => !m.item.startsWith(`${first}#`))).toEqual(mentions(full).filter((m) => !m.item.startsWith(`${first}#`)));
    expect(mentions(mixed).map((m) => m.count)).toEqual(mentions(full).map((m) => m.count));
    expect(mentions(mixed).some((m) => m.item.startsWith(`${first}#`) && m.evidence.length > 0)).toBe(false);
  });

  it('gives the same corpus without the rewritten items, when asked for none', () => {
    const withoutItems = resolve(() => false, false);
    expect(withoutItems.items).toEqual([]);
    expect({ ...withoutItems, items: full.items }).toEqual(full);
  });
});
