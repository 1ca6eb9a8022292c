// Specification of relationship counts answered from the type index: for MATCH ()-[r]->() (or a
// type list, either arrow) followed by a counting projection, the rows equal the general
// matcher's (forced here by a WHERE true), on random graphs with self-loops and parallel
// relationships; other shapes are left to the matcher.

import fc from 'fast-check';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

type Edge = [from: number, to: number, type: string];

function graphOf(nodes: number, edges: Edge[]): PropertyGraph {
  const g = new graphology.MultiDirectedGraph() as PropertyGraph;
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { labels: ['N'], properties: { id: i } });
  edges.forEach(([a, b, t], k) => g.addDirectedEdgeWithKey(`e${k}`, `n${a}`, `n${b}`, { type: t, properties: {} }));
  return g;
}

const graphArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom('A', 'B', 'C')), { maxLength: 20 })));

const counted = [
  'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  'MATCH ()<-[r:A|C]-() RETURN type(r) AS type, count(r) AS count ORDER BY count DESC, type',
  'MATCH ()-->() RETURN count(*) AS count',
  'MATCH ()-[r:B]->() WITH type(r) AS t, count(*) AS c WHERE c > 1 RETURN t, c',
  'MATCH ()-[r]->() RETURN count(*) AS all, count(r) AS named',
];

describe('relationship counts from the type index', () => {
  it.each(counted)('%s equals the general matcher', (query) => {
    fc.assert(
      fc.property(graphArb, ([n, edges]) => {
        const engine = new CypherEngine(graphOf(n, edges));
        const general = query.replace(/\) (RETURN|WITH)/, ') WHERE true $1');
        expect(general).not.toBe(query);
        expect(engine.run(query).rows).toEqual(engine.run(general).rows);
      }),
      { numRuns: 100 },
    );
  });

  it.each(counted)('%s is planned from the type index', (query) => {
    const engine = new CypherEngine(graphOf(1, []));
    expect(engine.prepare(query).describe().join('\n')).toMatch(/count relationships.* by type from the type index/);
  });

  it.each([
    'MATCH ()-[r]-() RETURN type(r), count(*)',
    'MATCH ()-[r]->() RETURN type(r), count(DISTINCT r)',
    'MATCH ()-[r]->() RETURN type(r), collect(r.x)',
    'MATCH ()-[r]->() RETURN type(r)',
    'MATCH (a)-[r]->() RETURN type(r), count(*)',
    'OPTIONAL MATCH ()-[r]->() RETURN count(*)',
    'MATCH ()-[r]->() RETURN r.w, count(*)',
    'MATCH ()-[r]->() WITH r LIMIT 1 MATCH ()-[r]->() RETURN count(*)',
  ])('%s is left to the matcher', (query) => {
    const engine = new CypherEngine(graphOf(1, []));
    expect(engine.prepare(query).describe().join('\n')).not.toMatch(/from the type index/);
  });
});

describe('label counts from the label index', () => {
  const labelled = fc.array(fc.subarray(['A', 'B', 'C']), { maxLength: 12 });
  function labelGraph(labels: string[][]): PropertyGraph {
    const g = new graphology.MultiDirectedGraph() as PropertyGraph;
    labels.forEach((ls, i) => g.addNode(`n${i}`, { labels: ls, properties: {} }));
    return g;
  }
  const countedLabels = [
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
    'MATCH (n) UNWIND labels(n) AS l WITH toLower(l) AS l, count(n) AS c WHERE c > 1 RETURN l, c ORDER BY c, l',
    'MATCH (x) UNWIND labels(x) AS label RETURN count(*) AS count',
  ];

  it.each(countedLabels)('%s equals the general matcher', (query) => {
    fc.assert(
      fc.property(labelled, (labels) => {
        const engine = new CypherEngine(labelGraph(labels));
        const general = query.replace(/\) UNWIND/, ') WHERE true UNWIND');
        expect(general).not.toBe(query);
        expect(engine.run(query).rows).toEqual(engine.run(general).rows);
      }),
      { numRuns: 100 },
    );
  });

  it.each(countedLabels)('%s is planned from the label index', (query) => {
    const engine = new CypherEngine(labelGraph([]));
    expect(engine.prepare(query).describe().join('\n')).toMatch(/count nodes by label from the label index/);
  });

  it.each([
    'MATCH (n) UNWIND labels(n) AS label RETURN label, collect(n) AS nodes',
    'MATCH (n) UNWIND labels(n) AS label RETURN label, n.x AS x, count(*) AS c',
    'MATCH (n:A) UNWIND labels(n) AS label RETURN label, count(*) AS c',
    'MATCH (n) UNWIND labels(n) AS label RETURN label',
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(DISTINCT n) AS c',
    'MATCH (n) WITH n LIMIT 1 MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c',
  ])('%s is left to the matcher', (query) => {
    const engine = new CypherEngine(labelGraph([]));
    expect(engine.prepare(query).describe().join('\n')).not.toMatch(/from the label index/);
  });
});
