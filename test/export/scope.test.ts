// Which part of the graph an export carries: everything by default, entities only, some types,
// or co-occurrences of a minimum weight; relationships never dangle.

import { describe, expect, it } from 'vitest';
import { selectScope } from '../../src/export/index.js';
import type { ExportScope } from '../../src/export/index.js';
import { sampleGraph } from './fixtures/sample-graph.js';

function labelsOf(scope: ExportScope): string[] {
  const graph = selectScope(sampleGraph(), scope);
  return [...new Set(graph.mapNodes((_k, a) => a.labels[0]!))].sort();
}

function typesOf(scope: ExportScope): string[] {
  const graph = selectScope(sampleGraph(), scope);
  return [...new Set(graph.mapEdges((_k, a) => a.type))].sort();
}

describe('export scope', () => {
  it.each<[string, ExportScope, string[], string[]]>([
    [
      'the full graph',
      {},
      ['Act', 'Body', 'Item', 'Newsletter', 'Person', 'Programme', 'Role'],
      ['AFFILIATED_WITH', 'CO_OCCURS', 'HAS_ITEM', 'HOLDS_ROLE', 'LEADS', 'MENTIONED_IN', 'PART_OF'],
    ],
    [
      'entities only',
      { entitiesOnly: true },
      ['Act', 'Body', 'Person', 'Programme', 'Role'],
      ['AFFILIATED_WITH', 'CO_OCCURS', 'HOLDS_ROLE', 'LEADS', 'PART_OF'],
    ],
    ['people and bodies', { types: ['Person', 'Body'] }, ['Body', 'Person'], ['AFFILIATED_WITH', 'CO_OCCURS', 'PART_OF']],
    ['newsletters and items', { types: ['Newsletter', 'Item'] }, ['Item', 'Newsletter'], ['HAS_ITEM']],
  ])('%s keeps labels %j and relationship types %j', (_what, scope, labels, types) => {
    expect(labelsOf(scope)).toEqual(labels);
    expect(typesOf(scope)).toEqual(types);
  });

  it.each([
    [undefined, 5],
    [1, 5],
    [2, 1],
    [3, 0],
  ])('a minimum weight of %s keeps %i CO_OCCURS relationships and every other one', (minWeight, kept) => {
    const full = sampleGraph();
    const graph = selectScope(full, minWeight === undefined ? {} : { minWeight });
    expect(graph.filterEdges((_k, a) => a.type === 'CO_OCCURS')).toHaveLength(kept);
    expect(graph.filterEdges((_k, a) => a.type !== 'CO_OCCURS')).toHaveLength(full.filterEdges((_k, a) => a.type !== 'CO_OCCURS').length);
    expect(graph.order).toBe(full.order);
  });

  it('keeps keys and attributes, and leaves the source graph alone', () => {
    const full = sampleGraph();
    const graph = selectScope(full, { entitiesOnly: true });
    expect(graph.getNodeAttributes('body:home-office')).toEqual(full.getNodeAttributes('body:home-office'));
    expect(graph.hasEdge('CO_OCCURS:body:home-office->person:theresa-may')).toBe(true);
    expect(full.order).toBe(sampleGraph().order);
  });

  it('refuses a type the graph does not have, naming the ones it has', () => {
    expect(() => selectScope(sampleGraph(), { types: ['Persons'] })).toThrowError(expect.objectContaining({ name: 'UsageError', code: 'E_USAGE' }));
  });
});
