// The graph of a resolved corpus follows the graph schema (src/graph/README.md): invariants of mentions and
// co-occurrences, stable ids and keys, and the same graph whatever order the corpus lists things in.

import { describe, expect, it } from 'vitest';
import { buildGraph, ENTITY_LABELS, itemNumber, serializeGraph } from '../../src/graph/index.js';
import { handMadeCorpus } from './corpus.js';

const graph = buildGraph(handMadeCorpus());
const entityLabels = new Set<string>(ENTITY_LABELS);
const label = (key: string) => graph.getNodeAttributes(key).labels[0];

describe('nodes', () => {
  it.each([
    ['002_ee3d19f2939ad4a4', 'Newsletter', { title: 'Crime and policing news update: June 2014', published: '2014-06-26', source: '002_ee3d19f2939ad4a4.txt' }],
    ['002_ee3d19f2939ad4a4#3', 'Item', { number: 3, title: 'Local action against serious and organised crime' }],
    // A number that is not whole is the item's place among the newsletter's numbered items.
    ['003_13024b2ea9e40c59#0.4', 'Item', { number: 1 }],
    ['person:mike-barton', 'Person', { name: 'Mike Barton', aliases: [], mentionCount: 2 }],
    ['body:national-crime-agency', 'Body', { name: 'National Crime Agency', acronym: 'NCA', aliases: ['NCA'], mentionCount: 5 }],
    ['act:proceeds-of-crime-act-2002', 'Act', { kind: 'Act', year: 2002 }],
    ['role:chief-constable', 'Role', { title: 'Chief Constable' }],
  ])('%s is a %s with %o', (id, expectedLabel, properties) => {
    expect(graph.getNodeAttributes(id)).toMatchObject({ labels: [expectedLabel], properties: { id, ...properties } });
  });

  it.each([
    ['7', 3, 7],
    ['12', 1, 12],
    ['0.4', 4, 4],
    ['2a', 2, 2],
  ])('gives item %j at place %i the INTEGER number %i', (printed, position, expected) => {
    expect(itemNumber(printed, position)).toBe(expected);
  });

  it('orders items by number as integers, and gives the Speeches section none', () => {
    const corpus = handMadeCorpus();
    const doc = corpus.documents[0]!;
    const template = doc.items[0]!;
    doc.items = ['1', '2', '10', '11', 'speeches'].map((number) => ({ ...template, number }));
    const built = buildGraph(corpus);
    const numbers = new Map(
      built
        .filterNodes((key, a) => a.labels[0] === 'Item' && key.startsWith(`${doc.id}#`))
        .map((key) => [key.slice(doc.id.length + 1), built.getNodeAttributes(key).properties.number]),
    );
    expect(Object.fromEntries(numbers)).toEqual({ '1': 1, '2': 2, '10': 10, '11': 11, speeches: undefined });
    expect(built.getNodeAttributes(`${doc.id}#speeches`).properties).not.toHaveProperty('number');
  });

  it('every node key equals its id property', () => {
    graph.forEachNode((key, a) => expect(a.properties.id).toBe(key));
  });

  it('leaves out undefined properties instead of storing them', () => {
    expect(graph.getNodeAttributes('act:serious-crime-bill').properties).not.toHaveProperty('year');
  });
});

describe('relationships', () => {
  it('every entity node has a MENTIONED_IN to an Item, with a count', () => {
    graph.forEachNode((key, a) => {
      if (!entityLabels.has(a.labels[0]!)) return;
      const mentions = graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONED_IN');
      expect(mentions.length, key).toBeGreaterThan(0);
      for (const e of mentions) {
        expect(label(graph.target(e))).toBe('Item');
        expect(graph.getEdgeAttributes(e).properties.count).toBeGreaterThan(0);
      }
    });
  });

  it('MENTIONED_IN carries the count and the sentences of the mentions', () => {
    expect(graph.getEdgeAttributes('MENTIONED_IN:person:mike-barton->002_ee3d19f2939ad4a4#3').properties).toEqual({
      count: 2,
      evidence: ['On 14 July, Mike Barton …'],
    });
  });

  it('CO_OCCURS goes from the lower id to the higher, weighted by the items shared', () => {
    const co: [string, string, unknown][] = [];
    graph.forEachEdge((_e, a, source, target) => {
      if (a.type === 'CO_OCCURS') co.push([source, target, a.properties.weight]);
    });
    for (const [source, target] of co) expect(source < target).toBe(true);
    expect(co).toContainEqual(['body:durham-constabulary', 'body:national-crime-agency', 2]);
    expect(co).toContainEqual(['body:durham-constabulary', 'person:mike-barton', 1]);
    expect(co).toContainEqual(['act:proceeds-of-crime-act-2002', 'act:serious-crime-bill', 1]);
    // weight = number of items in which both are mentioned, recomputed from MENTIONED_IN
    for (const [source, target, weight] of co) {
      const items = (id: string) => new Set(graph.outNeighbors(id).filter((n) => label(n) === 'Item'));
      const a = items(source);
      expect([...items(target)].filter((i) => a.has(i)).length).toBe(weight);
    }
  });

  it('edge keys are <type>:<source>-><target>', () => {
    graph.forEachEdge((key, a, source, target) => expect(key).toBe(`${a.type}:${source}->${target}`));
  });

  it('typed relations carry items and evidence; AFFILIATED_WITH its role; HOLDS_ROLE points at the Role', () => {
    expect(graph.getEdgeAttributes('AFFILIATED_WITH:person:mike-barton->body:durham-constabulary').properties).toMatchObject({
      role: 'Chief Constable',
      items: ['002_ee3d19f2939ad4a4#3'],
    });
    expect(label(graph.target('HOLDS_ROLE:person:mike-barton->role:chief-constable'))).toBe('Role');
  });

  it('joins a relation stated twice into one edge and drops one with a missing end', () => {
    expect(graph.getEdgeAttributes('AMENDS:act:serious-crime-bill->act:proceeds-of-crime-act-2002').properties).toEqual({
      items: ['002_ee3d19f2939ad4a4#2', '003_13024b2ea9e40c59#0.4'],
      evidence: ['amending the Proceeds of Crime Act 2002', 'another sentence'],
    });
    expect(graph.hasNode('body:nowhere')).toBe(false);
  });

  it('each newsletter HAS_ITEM each of its items', () => {
    expect(graph.outNeighbors('002_ee3d19f2939ad4a4').sort()).toEqual(['002_ee3d19f2939ad4a4#2', '002_ee3d19f2939ad4a4#3']);
  });
});

describe('determinism', () => {
  it('two builds give the same serialisation', () => {
    expect(serializeGraph(buildGraph(handMadeCorpus()))).toBe(serializeGraph(buildGraph(handMadeCorpus())));
  });

  it('the order the corpus lists things in does not matter', () => {
    const shuffled = handMadeCorpus();
    shuffled.documents.reverse();
    shuffled.entities.reverse();
    shuffled.relations.reverse();
    for (const e of shuffled.entities) e.mentions.reverse();
    const a = buildGraph(handMadeCorpus());
    const b = buildGraph(shuffled);
    expect(b.nodes()).toEqual(a.nodes());
    expect(b.edges()).toEqual(a.edges());
    expect(serializeGraph(b)).toBe(serializeGraph(a));
  });

  it('nodes and edges are added in sorted key order', () => {
    const nodes = graph.nodes();
    expect(nodes).toEqual([...nodes].sort());
    const edges = graph.edges();
    expect(edges).toEqual([...edges].sort());
  });
});
