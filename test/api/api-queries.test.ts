// The typed boundary of the API: each named query's row decoder accepts the embedded engine's
// real rows, and rejects a row of another shape with a RowShapeError that says which query,
// which column, what was expected and what was found.

import { beforeAll, describe, expect, it } from 'vitest';
import { API_QUERIES, build, EmbeddedBackend, RowReader } from '../../src/api/index.js';
import { Node, Path } from '../../src/cypher/index.js';
import type { CypherValue } from '../../src/cypher/index.js';
import { RowShapeError } from '../../src/errors.js';
import type { Snapshot } from '../../src/graph/index.js';
import { describeApiQueries } from './api-queries-spec.js';

let backend: EmbeddedBackend;

beforeAll(async () => {
  const kg = await build(['fixtures'], { workers: 0 });
  backend = new EmbeddedBackend((kg as unknown as { snapshot: Snapshot }).snapshot.graph);
});

describeApiQueries('embedded', () => backend);

const entityNode = (properties: Record<string, CypherValue>, labels = ['Body']) =>
  new Node('body:x', labels, { id: 'body:x', name: 'X', aliases: ['Ex'], mentionCount: 3n, ...properties });

/** The RowShapeError `decode` throws, or fails the test. */
function shapeError(decode: () => unknown): RowShapeError {
  try {
    decode();
  } catch (error) {
    if (error instanceof RowShapeError) return error;
    throw error;
  }
  throw new Error('expected a RowShapeError');
}

describe('row decoders', () => {
  it('read an entity node with INTEGER counts from either engine as a plain record', () => {
    const row = { entity: entityNode({ acronym: 'XX' }) };
    expect(API_QUERIES.entity.row(new RowReader(row, 'api/entity', 'neo4j'))).toEqual({
      entity: { id: 'body:x', type: 'Body', name: 'X', aliases: ['Ex'], mentionCount: 3, acronym: 'XX' },
    });
    // Absent aliases and count read as none, as the loader leaves empty lists out.
    const bare = new Node('body:y', ['Body'], { id: 'body:y', name: 'Y' });
    expect(API_QUERIES.entity.row(new RowReader({ entity: bare }, 'api/entity', 'embedded')).entity).toMatchObject({ aliases: [], mentionCount: 0 });
  });

  it.each<[string, Record<string, CypherValue>, string, string, string]>([
    ['a name that is not a string', { entity: entityNode({ name: 7n }) }, 'entity.properties.name', 'a string', 'an integer 7'],
    ['an alias that is not a string', { entity: entityNode({ aliases: ['Ex', 2.5] }) }, 'entity.properties.aliases.1', 'a string', 'a float 2.5'],
    ['a fractional mention count', { entity: entityNode({ mentionCount: 1.5 }) }, 'entity.properties.mentionCount', 'an integer', 'a float 1.5'],
    ['a node of no entity label', { entity: entityNode({}, ['Item']) }, 'entity', "one of 'Person', 'Body', 'Act', 'Programme'", 'a string "Item"'],
    ['a map where a node belongs', { entity: { id: 'body:x' } }, 'entity', 'a node', 'a map'],
    ['a missing column', {}, 'entity', 'a node', 'nothing (no such column or property)'],
  ])('reject %s, naming the query, the column, what was expected and what was found', (_case, row, column, expected, found) => {
    const error = shapeError(() => API_QUERIES.entity.row(new RowReader(row, 'api/entity', 'neo4j')));
    expect(error).toMatchObject({ code: 'E_ROW_SHAPE', name: 'RowShapeError', query: 'api/entity', engine: 'neo4j', column, expected, found });
    expect(error.message).toContain(`column ${column}`);
  });

  it('check scalar columns: a count as a string, a direction outside out/in, a path that is a node', () => {
    const mention = { newsletter: 'n', newsletterTitle: 't', published: null, item: 'n#1', title: 'T', count: '2', evidence: [] };
    expect(shapeError(() => API_QUERIES.mentions.row(new RowReader(mention, 'api/mentions', 'embedded')))).toMatchObject({
      column: 'count',
      expected: 'an integer',
    });
    const neighbour = { neighbour: entityNode({}), relation: 'LEADS', direction: 'sideways', properties: {} };
    expect(shapeError(() => API_QUERIES.neighbours.row(new RowReader(neighbour, 'api/neighbours', 'embedded')))).toMatchObject({ column: 'direction' });
    expect(shapeError(() => API_QUERIES.path.row(new RowReader({ path: entityNode({}) }, 'api/path', 'embedded')))).toMatchObject({
      column: 'path',
      expected: 'a path',
      found: 'a node (Body)',
    });
    expect(API_QUERIES.path.row(new RowReader({ path: new Path([entityNode({})], []) }, 'api/path', 'embedded')).path.nodes).toHaveLength(1);
  });
});
