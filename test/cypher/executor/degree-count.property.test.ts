// Specification of COUNT { (b)-[:T]-() } and EXISTS { (b)-[:T]-() } answered from a node's
// degree: on random graphs with self-loops and parallel relationships, they equal the count of
// matching relationships (a self-loop once for an undirected pattern) and the general matcher's.

import fc from 'fast-check';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

type Edge = [from: number, to: number, type: string];
const TYPES = ['A', 'B', 'C'];

function graphOf(nodes: number, edges: Edge[]): PropertyGraph {
  const g = new graphology.MultiDirectedGraph() as PropertyGraph;
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { labels: ['N'], properties: { id: i } });
  edges.forEach(([a, b, t], k) => g.addDirectedEdgeWithKey(`e${k}`, `n${a}`, `n${b}`, { type: t, properties: {} }));
  return g;
}

/** What the pattern means, counted from the edge list. */
function expectedCount(edges: Edge[], node: number, dir: '->' | '<-' | '-', types: string[]): number {
  return edges.filter(([a, b, t]) => {
    if (types.length > 0 && !types.includes(t)) return false;
    if (dir === '->') return a === node;
    if (dir === '<-') return b === node;
    return a === node || b === node;
  }).length;
}

/** The pattern with `b` on the left or the right, the arrow turned so that it means the same. */
function shape(dir: '->' | '<-' | '-', types: string[], side: 'left' | 'right', relVariable = ''): string {
  const rel = `[${relVariable}${types.length > 0 ? ':' + types.join('|') : ''}]`;
  if (side === 'left') return dir === '->' ? `(b)-${rel}->()` : dir === '<-' ? `(b)<-${rel}-()` : `(b)-${rel}-()`;
  return dir === '->' ? `()<-${rel}-(b)` : dir === '<-' ? `()-${rel}->(b)` : `()-${rel}-(b)`;
}

const edgeArb = (nodes: number) => fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1), fc.constantFrom(...TYPES));
const graphArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.array(edgeArb(n), { maxLength: 24 })));
const typesArb = fc.constantFrom<string[]>([], ['A'], ['A', 'B'], ['B', 'A', 'B'], ['C']);
const dirArb = fc.constantFrom<'->' | '<-' | '-'>('->', '<-', '-');
const sideArb = fc.constantFrom<'left' | 'right'>('left', 'right');

function counts(engine: CypherEngine, dir: '->' | '<-' | '-', types: string[], side: 'left' | 'right'): [number, number, number, boolean][] {
  const q =
    `MATCH (b:N) RETURN b.id AS id, COUNT { ${shape(dir, types, side)} } AS fast, ` +
    `size([${shape(dir, types, side, 'r')} | r]) AS general, EXISTS { ${shape(dir, types, side)} } AS some ORDER BY id`;
  return engine.run(q).rows.map(([id, fast, general, some]) => [Number(id), Number(fast), Number(general), some as boolean]);
}

describe('COUNT and EXISTS of (b)-[:T]-() from the degree', () => {
  it('equal the number of matching relationships, and the general matcher, on random graphs', () => {
    fc.assert(
      fc.property(graphArb, dirArb, typesArb, sideArb, ([n, edges], dir, types, side) => {
        const engine = new CypherEngine(graphOf(n, edges));
        for (const [id, fast, general, some] of counts(engine, dir, types, side)) {
          const want = expectedCount(edges, id, dir, types);
          expect([fast, general, some]).toEqual([want, want, want > 0]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('follow the engine’s own writes and changes made to the graph directly', () => {
    fc.assert(
      fc.property(graphArb, edgeArb(1), dirArb, typesArb, ([n, edges], [, , extraType], dir, types) => {
        const graph = graphOf(n, edges);
        const engine = new CypherEngine(graph, { readOnly: false });
        counts(engine, dir, types, 'left'); // builds the adjacency of every node
        engine.run(`MATCH (x:N {id: 0}) CREATE (x)-[:${extraType}]->(x)`);
        const all: Edge[] = [...edges, [0, 0, extraType]];
        graph.addDirectedEdgeWithKey('direct', 'n0', `n${n - 1}`, { type: 'A', properties: {} });
        all.push([0, n - 1, 'A']);
        for (const [id, fast, general] of counts(engine, dir, types, 'left')) {
          const want = expectedCount(all, id, dir, types);
          expect([fast, general]).toEqual([want, want]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a null', 'OPTIONAL MATCH (b:Missing) RETURN COUNT { (b)-[:A]-() } AS c', [[0n]]],
    ['a deleted node', 'CREATE (b:N)-[:A]->(:N) WITH b DETACH DELETE b RETURN COUNT { (b)-[:A]-() } AS c', [[0n]]],
  ])('count nothing for %s', (_what, query, rows) => {
    const engine = new CypherEngine(graphOf(0, []), { readOnly: false });
    expect(engine.run(query).rows).toEqual(rows);
  });
});
