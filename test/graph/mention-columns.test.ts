// Mentions as numeric columns (the streamed writer's): each item's mentions joined per entity as
// the in-memory writer joins them, and CO_OCCURS weights equal to `coOccurrences`, also when the
// pairs overflow the buffer and are folded into the sorted counts many times.

import { describe, expect, it } from 'vitest';
import { coOccurrences } from '../../src/graph/index.js';
import { MentionColumns } from '../../src/graph/mention-columns.js';
import { seededRandom } from '../../src/graph/index.js';
import type { Entity } from '../../src/resolve/types.js';

/** Entities (sorted by id) mentioned in random items, some twice in one item, evidence as tokens. */
function randomEntities(count: number, items: number, seed: number): { entities: Entity[]; itemIds: string[] } {
  const random = seededRandom(seed);
  const itemIds = Array.from({ length: items }, (_, i) => `d${Math.floor(i / 5)}#${i % 5}`);
  const entities: Entity[] = Array.from({ length: count }, (_, i) => {
    const mentions = Array.from({ length: 1 + Math.floor(random() * 12) }, () => ({
      item: itemIds[Math.floor(random() * items)]!,
      count: 1 + Math.floor(random() * 3),
      evidence: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => String(Math.floor(random() * 6))))],
    }));
    const id = `body:e${String(i).padStart(4, '0')}`;
    return { id, type: 'Body', name: id, aliases: [], mentionCount: 0, mentions };
  });
  return { entities, itemIds };
}

const copy = (entities: Entity[]): Entity[] => entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, evidence: [...m.evidence] })) }));

describe('MentionColumns', () => {
  it('gives the co-occurrence weights of coOccurrences, folding the pair buffer many times', () => {
    const { entities, itemIds } = randomEntities(300, 400, 7);
    const expected = coOccurrences(entities);
    for (const buffer of [16, 1000, 1 << 22]) {
      const columns = new MentionColumns(copy(entities), itemIds, buffer);
      const got = new Map<string, number>();
      for (const { a, b, weight } of columns.coOccurrences()) got.set(`${entities[a]!.id}\u0000${entities[b]!.id}`, weight);
      expect(got).toEqual(expected);
      expect(got.size).toBeGreaterThan(1000);
    }
  });

  it("joins an item's mentions per entity: counts added, evidence united in order; entities' mention lists emptied", () => {
    const { entities, itemIds } = randomEntities(50, 40, 11);
    const held = copy(entities);
    const columns = new MentionColumns(held, itemIds);
    expect(held.every((e) => e.mentions.length === 0)).toBe(true);
    let joined = 0;
    for (const item of itemIds) {
      const expected = entities.flatMap((e, n) => {
        const of = e.mentions.filter((m) => m.item === item);
        if (of.length === 0) return [];
        const evidence: number[] = [];
        for (const m of of) for (const t of m.evidence) if (!evidence.includes(Number(t))) evidence.push(Number(t));
        if (of.length > 1) joined++;
        return [{ entity: n, count: of.reduce((c, m) => c + m.count, 0), evidence }];
      });
      expect(columns.mentionsOf(item)).toEqual(expected);
    }
    expect(joined).toBeGreaterThan(0);
    expect(columns.mentionsOf('no-such#item')).toEqual([]);
  });

  it('refuses evidence that is not a sentence token', () => {
    const { entities, itemIds } = randomEntities(3, 4, 1);
    entities[1]!.mentions[0]!.evidence = ['The Home Office said so.'];
    expect(() => new MentionColumns(entities, itemIds)).toThrow(/not a sentence token/);
  });
});
