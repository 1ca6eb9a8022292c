// Specification of quantified path patterns and path selectors against an exhaustive walk: on
// random graphs with self-loops and parallel relationships, a quantified path (matched by
// repetition), the quantified relationship it equals (a variable-length hop) and the selectors
// (listing every path, or the breadth-first shortest path they are rewritten to) give exactly
// the trails, or the selection of trails, that walking every relationship at most once finds.

import fc from 'fast-check';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

type Edge = [from: number, to: number, type: string];
type Dir = '->' | '<-' | '-';

function graphOf(nodes: number, edges: Edge[]): PropertyGraph {
  const g = new graphology.MultiDirectedGraph() as PropertyGraph;
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { labels: ['N'], properties: { id: i } });
  edges.forEach(([a, b, t], k) => g.addDirectedEdgeWithKey(`e${k}`, `n${a}`, `n${b}`, { type: t, properties: { k } }));
  return g;
}

/** Every trail from `a` of `min` to `max` relationships of type A, as [end, relationship indexes]. */
function trails(edges: Edge[], a: number, dir: Dir, min: number, max: number): [number, number[]][] {
  const found: [number, number[]][] = [];
  const walk = (at: number, path: number[]): void => {
    if (path.length >= min) found.push([at, [...path]]);
    if (path.length === max) return;
    edges.forEach(([s, t, type], k) => {
      if (path.includes(k) || type !== 'A') return;
      const nexts = dir === '->' ? (s === at ? [t] : []) : dir === '<-' ? (t === at ? [s] : []) : s === at ? [t] : t === at ? [s] : [];
      // An undirected self-loop is one way through it, not two.
      for (const n of dir === '-' && s === t ? nexts.slice(0, 1) : nexts) {
        path.push(k);
        walk(n, path);
        path.pop();
      }
    });
  };
  walk(a, []);
  return found;
}

const key = ([end, path]: [number, number[]]): string => `${end}:${path.join(',')}`;

const caseArb = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom('A', 'A', 'B')), { maxLength: 10 }),
    start: fc.nat(n - 1),
    dir: fc.constantFrom<Dir>('->', '<-', '-'),
    min: fc.integer({ min: 0, max: 2 }),
    extra: fc.integer({ min: 0, max: 2 }),
  }),
);

const arrow = (dir: Dir, inner: string): string => (dir === '->' ? `-${inner}->` : dir === '<-' ? `<-${inner}-` : `-${inner}-`);

describe('quantified paths against an exhaustive walk', () => {
  it('a quantified path, its quantified relationship and its anonymous form find the same trails', () => {
    fc.assert(
      fc.property(caseArb, ({ n, edges, start, dir, min, extra }) => {
        const max = Math.max(min, 1) + extra;
        const engine = new CypherEngine(graphOf(n, edges));
        const expected = trails(edges, start, dir, min, max).map(key).sort();
        const run = (pattern: string): string[] =>
          engine
            .run(`MATCH p = (a {id: $a}) ${pattern} (b) RETURN b.id, [r IN relationships(p) | r.k]`, { a: BigInt(start) })
            .rows.map(([b, ks]) => key([Number(b), (ks as bigint[]).map(Number)]))
            .sort();
        const bounds = `{${min},${max}}`;
        expect(run(`((x)${arrow(dir, '[r:A]')}(y))${bounds}`)).toEqual(expected);
        expect(run(`(()${arrow(dir, '[r:A]')}())${bounds}`)).toEqual(expected);
        expect(run(`${arrow(dir, '[r:A]')}${bounds}`)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('group variables list each repetition in path order', () => {
    fc.assert(
      fc.property(caseArb, ({ n, edges, start, dir, min, extra }) => {
        const max = Math.max(min, 1) + extra;
        const engine = new CypherEngine(graphOf(n, edges));
        const rows = engine.run(`MATCH p = (a {id: $a}) ((x)${arrow(dir, '[r:A]')}(y)){${min},${max}} (b) RETURN p, x, r, y`, { a: BigInt(start) }).rows;
        for (const [p, x, r, y] of rows as unknown as { nodes: unknown[]; relationships: unknown[] }[][]) {
          const path = p as unknown as { nodes: unknown[]; relationships: unknown[] };
          expect(r).toEqual(path.relationships);
          expect(x).toEqual(path.nodes.slice(0, -1));
          expect(y).toEqual(path.nodes.slice(1));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('selectors keep, per end node, the trails of least length (k of them, or k lengths)', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 3 }), ({ n, edges, start, dir, min, extra }, k) => {
        const lo = Math.max(min, 1);
        const max = lo + extra;
        const engine = new CypherEngine(graphOf(n, edges));
        const byEnd = new Map<number, number[]>();
        for (const [end, path] of trails(edges, start, dir, lo, max)) byEnd.set(end, [...(byEnd.get(end) ?? []), path.length]);
        const lengths = (selector: string, inner: string): string[] =>
          engine
            .run(`MATCH p = ${selector} (a {id: $a})${arrow(dir, inner)}{${lo},${max}}(b) RETURN b.id, length(p)`, { a: BigInt(start) })
            .rows.map(([b, l]) => `${b}:${l}`)
            .sort();
        const expect_ = (pick: (ls: number[]) => number[]): string[] =>
          [...byEnd].flatMap(([end, ls]) => pick([...ls].sort((x, y) => x - y)).map((l) => `${end}:${l}`)).sort();
        const shortestK = expect_((ls) => ls.slice(0, k));
        const groups = expect_((ls) => {
          const kept = [...new Set(ls)].slice(0, k);
          return ls.filter((l) => kept.includes(l));
        });
        const allShortest = expect_((ls) => ls.filter((l) => l === ls[0]));
        // `WHERE true` on the relationship keeps the general selection; without it SHORTEST 1
        // and ALL SHORTEST are the breadth-first shortest path.
        expect(lengths(`SHORTEST ${k}`, '[r:A WHERE true]')).toEqual(shortestK);
        expect(lengths(`SHORTEST ${k} GROUPS`, '[r:A]')).toEqual(groups);
        expect(lengths('ALL SHORTEST', '[r:A WHERE true]')).toEqual(allShortest);
        expect(lengths('ALL SHORTEST', '[r:A]')).toEqual(allShortest);
        expect(lengths('SHORTEST 1', '[r:A]')).toEqual(expect_((ls) => ls.slice(0, 1)));
      }),
      { numRuns: 150 },
    );
  });

  it('towards an end node not bound before, with no upper bound, the breadth-first search per end node selects as listing every trail does', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 3 }), ({ n, edges: all, start, dir, min }, k) => {
        // Every trail is listed for the expectation: up to 7 relationships keep that short.
        const edges = all.slice(0, 7);
        const engine = new CypherEngine(graphOf(n, edges));
        const byEnd = new Map<number, number[]>();
        for (const [end, path] of trails(edges, start, dir, min, edges.length)) byEnd.set(end, [...(byEnd.get(end) ?? []), path.length]);
        const picked = (pick: (ls: number[]) => number[]): string[] =>
          [...byEnd].flatMap(([end, ls]) => pick([...ls].sort((x, y) => x - y)).map((l) => `${end}:${l}`)).sort();
        // From the start, and searched back from the start written last (the other end not bound).
        const forward = (selector: string): string[] =>
          engine
            .run(`MATCH p = ${selector} (a {id: $a})${arrow(dir, '[r:A]')}{${min},}(b) RETURN b.id, length(p), size(r) = length(p)`, { a: BigInt(start) })
            .rows.map(([b, l, same]) => `${b}:${l}${same ? '' : ' r differs'}`)
            .sort();
        const backward = (selector: string): string[] =>
          engine
            .run(
              `MATCH (a {id: $a}) MATCH p = ${selector} (b)${arrow(dir === '->' ? '<-' : dir === '<-' ? '->' : '-', '[r:A]')}{${min},}(a) RETURN b.id, length(p), relationships(p) = r AND nodes(p)[0] = b AND last(nodes(p)) = a`,
              {
                a: BigInt(start),
              },
            )
            .rows.map(([b, l, same]) => `${b}:${l}${same ? '' : ' path differs'}`)
            .sort();
        const groups = picked((ls) => ls.filter((l) => [...new Set(ls)].slice(0, k).includes(l)));
        for (const run of [forward, backward]) {
          expect(run(`SHORTEST ${k}`)).toEqual(picked((ls) => ls.slice(0, k)));
          expect(run(`ANY ${k}`)).toEqual(picked((ls) => ls.slice(0, k)));
          expect(run(`SHORTEST ${k} GROUPS`)).toEqual(groups);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('between two bound nodes, trying one length at a time selects as listing every path does', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(5), fc.integer({ min: 1, max: 3 }), ({ n, edges, start, dir, min }, endSeed, k) => {
        const end = endSeed % n;
        const engine = new CypherEngine(graphOf(n, edges));
        const ls = trails(edges, start, dir, min, edges.length)
          .filter(([e]) => e === end)
          .map(([, path]) => path.length)
          .sort((x, y) => x - y);
        const lengths = (selector: string, quantifier: string): number[] =>
          engine
            .run(`MATCH (a {id: $a}), (b {id: $b}) MATCH p = ${selector} (a)${arrow(dir, '[:A]')}${quantifier}(b) RETURN length(p) AS l ORDER BY l`, {
              a: BigInt(start),
              b: BigInt(end),
            })
            .rows.map(([l]) => Number(l));
        const kept = [...new Set(ls)].slice(0, k);
        expect(lengths(`SHORTEST ${k}`, `{${min},}`)).toEqual(ls.slice(0, k));
        expect(lengths(`SHORTEST ${k} GROUPS`, `{${min},}`)).toEqual(ls.filter((l) => kept.includes(l)));
        expect(lengths(`ANY ${k}`, `{${min},}`)).toEqual(ls.slice(0, k));
        expect(lengths('ALL SHORTEST', `{${min},}`)).toEqual(ls.filter((l) => l === ls[0]));
      }),
      { numRuns: 150 },
    );
  });
});
