// Specification of shortestPath and allShortestPaths between two distinct nodes: on random
// graphs with self-loops and parallel relationships, allShortestPaths gives exactly the paths of
// least length (relationships in order) that an exhaustive walk finds, and shortestPath one of them.

import fc from 'fast-check';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine, type Path } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

type Edge = [from: number, to: number, type: string];
type Dir = '->' | '<-' | '-';

function graphOf(nodes: number, edges: Edge[]): PropertyGraph {
  const g = new graphology.MultiDirectedGraph() as PropertyGraph;
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { labels: ['N'], properties: { id: i } });
  edges.forEach(([a, b, t], k) => g.addDirectedEdgeWithKey(`e${k}`, `n${a}`, `n${b}`, { type: t, properties: {} }));
  return g;
}

/** Every path from a to b of at most maxLen relationships, none repeated, as edge keys; the shortest ones. */
function shortestByExhaustion(edges: Edge[], a: number, b: number, dir: Dir, types: string[], maxLen: number): string[][] {
  const found: string[][] = [];
  const walk = (at: number, path: number[]): void => {
    if (at === b && path.length > 0) {
      found.push(path.map((k) => `e${k}`));
      return;
    }
    if (path.length === maxLen) return;
    edges.forEach(([s, t, type], k) => {
      if (path.includes(k) || (types.length > 0 && !types.includes(type))) return;
      const nexts = dir === '->' ? (s === at ? [t] : []) : dir === '<-' ? (t === at ? [s] : []) : s === at ? [t] : t === at ? [s] : [];
      for (const n of nexts) walk(n, [...path, k]);
    });
  };
  walk(a, []);
  const least = Math.min(...found.map((p) => p.length));
  return found.filter((p) => p.length === least);
}

const graphArb = fc
  .integer({ min: 2, max: 7 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom('A', 'B')), { maxLength: 14 })));

describe('shortest paths between two nodes', () => {
  // Dead ends beside the middle nodes make the search widen from the target side first, so the
  // two sides meet at both middle nodes at once.
  const diamond: Edge[] = [
    [0, 2, 'A'],
    [0, 3, 'A'],
    [2, 1, 'A'],
    [3, 1, 'A'],
    [2, 4, 'A'],
    [3, 5, 'A'],
    [2, 6, 'A'],
    [3, 6, 'A'],
  ];
  it.each<[string, Dir, string[][]]>([
    [
      'directed',
      '->',
      [
        ['e0', 'e2'],
        ['e1', 'e3'],
      ],
    ],
    [
      'undirected',
      '-',
      [
        ['e0', 'e2'],
        ['e1', 'e3'],
      ],
    ],
    ['against the arrows', '<-', []],
  ])('allShortestPaths through a diamond, %s', (_what, dir, expected) => {
    const engine = new CypherEngine(graphOf(7, diamond));
    const pattern = dir === '->' ? '(a)-[*..4]->(b)' : dir === '<-' ? '(a)<-[*..4]-(b)' : '(a)-[*..4]-(b)';
    const rows = engine.run(`MATCH (a:N {id: 0}), (b:N {id: 1}) MATCH p = allShortestPaths(${pattern}) RETURN p`).rows;
    expect(rows.map(([p]) => (p as Path).relationships.map((r) => r.id)).sort()).toEqual(expected);
    expect(shortestByExhaustion(diamond, 0, 1, dir, [], 4).sort()).toEqual(expected);
  });

  it('allShortestPaths gives every least-length path, shortestPath one of them', () => {
    fc.assert(
      fc.property(
        graphArb,
        fc.constantFrom<Dir>('->', '<-', '-'),
        fc.constantFrom<string[]>([], ['A'], ['A', 'B']),
        fc.integer({ min: 1, max: 5 }),
        ([n, edges], dir, types, maxLen) => {
          const engine = new CypherEngine(graphOf(n, edges));
          const rel = `[${types.length > 0 ? ':' + types.join('|') : ''}*..${maxLen}]`;
          const pattern = dir === '->' ? `(a)-${rel}->(b)` : dir === '<-' ? `(a)<-${rel}-(b)` : `(a)-${rel}-(b)`;
          const ends = 'MATCH (a:N {id: 0}), (b:N {id: 1})';
          const keysOf = (p: Path) => p.relationships.map((r) => r.id);
          const all = engine.run(`${ends} MATCH p = allShortestPaths(${pattern}) RETURN p`).rows.map(([p]) => keysOf(p as Path));
          const expected = shortestByExhaustion(edges, 0, 1, dir, types, maxLen);
          expect([...all].sort()).toEqual([...expected].sort());
          const one = engine.run(`${ends} MATCH p = shortestPath(${pattern}) RETURN p`).rows.map(([p]) => keysOf(p as Path));
          expect(one.length).toBe(expected.length > 0 ? 1 : 0);
          if (one.length > 0) expect(expected.map((p) => p.join())).toContain(one[0]!.join());
        },
      ),
      { numRuns: 400 },
    );
  });
});
