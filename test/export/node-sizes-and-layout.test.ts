// Node sizes and layout for the exports: sizes that grow with importance, and positions that are
// finite and the same on every run.

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { computeLayout } from '../../src/export/index.js';
import { nodeSizes } from '../../src/export/node-sizes.js';

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

describe('node sizes', () => {
  it.each([
    [
      { a: 1, b: 4, c: 9 },
      { a: 4, b: 10, c: 16 },
    ],
    [
      { a: 2, b: 2 },
      { a: 10, b: 10 },
    ],
    [{}, {}],
  ])('sizes %j as %j (square-root scale between 4 and 16)', (scores, sizes) => {
    expect(Object.fromEntries(nodeSizes(new Map(Object.entries(scores))))).toEqual(sizes);
  });
});

describe('layout', () => {
  const graph = graphOf(
    [
      ['CO_OCCURS', 'a', 'b', 1],
      ['CO_OCCURS', 'b', 'c', 2],
      ['LEADS', 'c', 'd'],
      ['PART_OF', 'e', 'f'],
    ],
    ['alone'],
  );

  it('places every node at finite, distinct coordinates', () => {
    const positions = computeLayout(graph);
    expect([...positions.keys()].sort()).toEqual(['a', 'alone', 'b', 'c', 'd', 'e', 'f']);
    for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set([...positions.values()].map(({ x, y }) => `${x},${y}`)).size).toBe(7);
  });

  it('gives the same positions on every run and whatever the insertion order', () => {
    const reversed: PropertyGraph = new MultiDirectedGraph();
    [...graph.nodes()].reverse().forEach((key) => reversed.addNode(key, graph.getNodeAttributes(key)));
    graph.forEachEdge((key, attributes, source, target) => reversed.addDirectedEdgeWithKey(key, source, target, attributes));
    expect(computeLayout(graph)).toEqual(computeLayout(graph));
    expect(computeLayout(reversed)).toEqual(computeLayout(graph));
  });

  it('handles empty and single-node graphs', () => {
    expect(computeLayout(graphOf([]))).toEqual(new Map());
    expect([...computeLayout(graphOf([], ['only'])).keys()]).toEqual(['only']);
  });
});
