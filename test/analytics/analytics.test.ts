// Graph analytics on the undirected projection: PageRank and degree rank the hub first and are
// blind to CO_OCCURS direction; Louvain puts every node in one community, the same every run.

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { louvainCommunities, nodeImportance, undirectedProjection } from '../../src/analytics/index.js';

function graphOf(edges: [string, string, string, number?][], extra: string[] = []): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  const add = (key: string) => graph.mergeNode(key, { labels: ['Body'], properties: { id: key } });
  for (const [type, source, target, weight] of edges) {
    add(source);
    add(target);
    graph.addDirectedEdgeWithKey(`${type}:${source}->${target}`, source, target, { type, properties: weight === undefined ? {} : { weight } });
  }
  extra.forEach(add);
  return graph;
}

describe('importance', () => {
  const star = graphOf(
    [
      ['CO_OCCURS', 'a', 'hub', 1],
      ['CO_OCCURS', 'b', 'hub', 1],
      ['CO_OCCURS', 'hub', 'c', 1],
      ['LEADS', 'hub', 'd'],
    ],
    ['alone'],
  );

  it.each(['pagerank', 'degree'] as const)('%s ranks the hub first and the isolated node last', (measure) => {
    const scores = nodeImportance(star, measure);
    const ranked = [...scores].sort((x, y) => y[1] - x[1]).map(([key]) => key);
    expect(ranked[0]).toBe('hub');
    expect(ranked.at(-1)).toBe('alone');
  });

  it('counts distinct neighbours for degree, whatever the number of relationships between them', () => {
    const twice = graphOf([
      ['CO_OCCURS', 'a', 'b', 3],
      ['LEADS', 'a', 'b'],
      ['PART_OF', 'b', 'a'],
    ]);
    expect(Object.fromEntries(nodeImportance(twice, 'degree'))).toEqual({ a: 1, b: 1 });
  });

  it('does not let the direction of CO_OCCURS tilt PageRank', () => {
    const forward = nodeImportance(
      graphOf([
        ['CO_OCCURS', 'a', 'b', 2],
        ['CO_OCCURS', 'b', 'c', 1],
      ]),
      'pagerank',
    );
    const backward = nodeImportance(
      graphOf([
        ['CO_OCCURS', 'b', 'a', 2],
        ['CO_OCCURS', 'c', 'b', 1],
      ]),
      'pagerank',
    );
    for (const key of ['a', 'b', 'c']) expect(forward.get(key)).toBeCloseTo(backward.get(key)!, 9);
  });
});

describe('undirected projection', () => {
  it('joins the relationships between a pair into one edge weighted by CO_OCCURS weight and 1 for each other', () => {
    const projection = undirectedProjection(
      graphOf([
        ['CO_OCCURS', 'a', 'b', 3],
        ['LEADS', 'b', 'a'],
        ['PART_OF', 'b', 'c'],
        ['LEADS', 'c', 'c'],
      ]),
    );
    expect(projection.size).toBe(2);
    expect(projection.getEdgeAttribute('a', 'b', 'weight')).toBe(4);
    expect(projection.getEdgeAttribute('c', 'b', 'weight')).toBe(1);
  });
});

describe('communities', () => {
  // Two triangles joined by one light edge.
  const barbell = graphOf([
    ['CO_OCCURS', 'a1', 'a2', 5],
    ['CO_OCCURS', 'a2', 'a3', 5],
    ['CO_OCCURS', 'a1', 'a3', 5],
    ['CO_OCCURS', 'b1', 'b2', 5],
    ['CO_OCCURS', 'b2', 'b3', 5],
    ['CO_OCCURS', 'b1', 'b3', 5],
    ['CO_OCCURS', 'a1', 'b1', 1],
  ]);

  it('finds the two triangles of a barbell, with positive modularity', () => {
    const { communities, modularity } = louvainCommunities(barbell);
    expect(Object.keys(communities).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
    expect(communities.a1).toBe(communities.a2);
    expect(communities.a1).toBe(communities.a3);
    expect(communities.b1).toBe(communities.b2);
    expect(communities.b1).not.toBe(communities.a1);
    expect(modularity).toBeGreaterThan(0.3);
  });

  it('gives the same partition on every run', () => {
    expect(louvainCommunities(barbell)).toEqual(louvainCommunities(barbell));
  });
});
