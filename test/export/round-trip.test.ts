// Every export read back with an independent parser gives the same nodes, relationships,
// labels, types and properties as the graph it came from, hostile and non-Latin names included.

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { toCytoscape, writeGexf, writeGraphml, writeGraphologyJson } from '../../src/export/index.js';
import { plain, readGexf, readGraphml } from './helpers/read-back.js';
import type { PlainGraph } from './helpers/read-back.js';
import { sampleGraph } from './fixtures/sample-graph.js';

/** The sample graph, and the same graph cut down to entities (the html default). */
const graphs: [string, () => PropertyGraph][] = [
  ['the hand-built sample graph', sampleGraph],
  [
    'a graph whose lists hold commas, quotes, brackets, pipes and backslashes',
    () => {
      const graph = sampleGraph();
      graph.mergeNodeAttributes('body:home-office', {
        properties: {
          id: 'body:home-office',
          name: ' Home Office ',
          aliases: ['a, b', '"quoted"', "it's", '[x]', 'p|q', 'back\\slash', 'tab\there', 'line\nbreak', ''],
          mentionCount: 2,
        },
      });
      return graph;
    },
  ],
];

describe.each(graphs)('round trips of %s', (_name, build) => {
  const graph = build();
  const expected = plain(graph);

  it('GEXF parsed by graphology-gexf has the same nodes, relationships and attributes', () => {
    const { graph: back } = readGexf(writeGexf(graph));
    expect(Object.keys(back.nodes)).toHaveLength(graph.order);
    expect(Object.keys(back.edges)).toHaveLength(graph.size);
    expect(back).toEqual(withoutEmptyStrings(expected));
  });

  it('GraphML parsed by graphology-graphml has the same nodes, relationships and attributes', () => {
    const { graph: back } = readGraphml(writeGraphml(graph));
    expect(Object.keys(back.nodes)).toHaveLength(graph.order);
    expect(Object.keys(back.edges)).toHaveLength(graph.size);
    expect(back).toEqual(expected);
  });

  it('graphology JSON imports into an equal graph', () => {
    const back = MultiDirectedGraph.from(JSON.parse(writeGraphologyJson(graph))) as PropertyGraph;
    expect(plain(back)).toEqual(expected);
  });

  it('Cytoscape elements carry every property, label and type', () => {
    const document = toCytoscape(graph);
    expect(document.elements.nodes).toHaveLength(graph.order);
    expect(document.elements.edges).toHaveLength(graph.size);
    for (const { data } of document.elements.nodes) {
      const { id, label: _label, labels, type: _type, color: _color, size: _size, ...properties } = data;
      expect({ labels, properties: { id, ...properties } }).toEqual(expected.nodes[id as string]);
    }
    for (const { data } of document.elements.edges) {
      const { id, source, target, label: _label, type, color: _color, ...properties } = data;
      expect({ source, target, type, properties }).toEqual(expected.edges[id as string]);
    }
  });
});

/** GEXF has no way to tell an empty attribute value from an absent one; graphology-gexf drops it. */
function withoutEmptyStrings(graph: PlainGraph): PlainGraph {
  const copy = structuredClone(graph);
  for (const node of Object.values(copy.nodes)) {
    for (const [name, value] of Object.entries(node.properties)) if (value === '') delete node.properties[name];
  }
  return copy;
}

describe('drawing attributes', () => {
  it('GEXF and GraphML give each node its type colour, a size and a position', () => {
    const graph = sampleGraph();
    for (const { drawing } of [readGexf(writeGexf(graph)), readGraphml(writeGraphml(graph))]) {
      expect(drawing['body:home-office']).toMatchObject({ label: 'Home Office', color: '#2e6fba' });
      expect(drawing['person:theresa-may']).toMatchObject({ label: 'Theresa May', color: '#d1495b' });
      for (const key of graph.nodes()) {
        expect(drawing[key]!.size).toBeGreaterThan(0);
        expect(Number.isFinite(drawing[key]!.x)).toBe(true);
      }
    }
  });

  it('sizes follow importance: the best-connected body is the biggest under both measures', () => {
    const graph = sampleGraph();
    for (const size of ['pagerank', 'degree'] as const) {
      const { drawing } = readGexf(writeGexf(graph, { size, entitiesOnly: true }));
      const sizes = Object.entries(drawing).map(([key, d]) => [key, d.size as number] as const);
      const biggest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
      expect(biggest[0]).toBe('body:home-office');
    }
  });

  it('the layout is the same on every export of the same graph', () => {
    expect(writeGexf(sampleGraph())).toBe(writeGexf(sampleGraph()));
    expect(writeGraphml(sampleGraph())).toBe(writeGraphml(sampleGraph()));
  });
});
