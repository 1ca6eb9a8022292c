// The API's own queries, each declared once: the file under queries/api it runs, the type of its
// parameters, and a row decoder that checks every column and returns the typed row. KnowledgeGraph
// runs only these, so the two engines must give rows of these shapes or the call fails with a
// RowShapeError naming the query and the column.

import type { Node } from '../cypher/index.js';
import type { CypherMap } from '../cypher/index.js';
import { ENTITY_TYPE_NAMES } from './types.js';
import type { EntityRecord, EntityType, MentionRecord } from './types.js';
import { integer, map, node, nodeOf, nullable, oneOf, path, property, stringList, text } from './row-decoder.js';
import type { Decoder, RowReader } from './row-decoder.js';
import type { Path } from '../cypher/index.js';

/** A JSON parameter value of an API query (converted to Cypher by `cypherParams`). */
export type QueryParam = string | number | boolean | null;

/** One named query: `P` its parameters, `R` the typed row its decoder returns. */
export interface ApiQuery<P extends Record<string, QueryParam>, R> {
  /** The file under queries/, without `.cypher` (`api/mentions`). */
  readonly name: string;
  /** Reads one row; throws RowShapeError on a column of another shape. */
  readonly row: (row: RowReader) => R;
  /** Only for type inference of the parameters; never set. */
  readonly params?: P;
}

function apiQuery<P extends Record<string, QueryParam>, R>(name: string, row: (row: RowReader) => R): ApiQuery<P, R> {
  return { name, row };
}

const ENTITY_LABELS: readonly string[] = ENTITY_TYPE_NAMES;

/** The entity label of a node: the first of its labels that is an entity type. */
const entityType = oneOf(ENTITY_TYPE_NAMES);

/**
 * An entity node (Person, Body, Act or Programme) as an EntityRecord: `id` and `name` strings,
 * `aliases` a list of strings (absent: none), `mentionCount` an integer (absent: 0), and the
 * optional `acronym`, `kind` (strings) and `year` (integer).
 */
export const entity: Decoder<EntityRecord> = nodeOf((n: Node): EntityRecord => {
  const type = entityType(n.labels.find((label) => ENTITY_LABELS.includes(label)) ?? n.labels[0]);
  const record: EntityRecord = {
    id: property(n.properties, 'id', text),
    type,
    name: property(n.properties, 'name', text),
    aliases: property(n.properties, 'aliases', stringList),
    mentionCount: property(n.properties, 'mentionCount', nullable(integer)) ?? 0,
  };
  const acronym = property(n.properties, 'acronym', nullable(text));
  const kind = property(n.properties, 'kind', nullable(text));
  const year = property(n.properties, 'year', nullable(integer));
  if (acronym !== null) record.acronym = acronym;
  if (kind !== null) record.kind = kind;
  if (year !== null) record.year = year;
  return record;
});

export interface SearchCandidateRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentionCount: number;
}

export interface NeighbourRow {
  neighbour: Node;
  relation: string;
  direction: 'out' | 'in';
  properties: CypherMap;
}

export interface TimelineRow {
  published: string | null;
  newsletter: string;
  title: string;
  items: number;
  mentions: number;
}

export interface CountRow {
  key: string;
  count: number;
}

/** Every query KnowledgeGraph runs, by what it answers. */
export const API_QUERIES = {
  entity: apiQuery<{ name: string; type: EntityType | null }, { entity: EntityRecord }>('api/entity', (r) => ({ entity: r.get('entity', entity) })),
  /** The entity both as a record and as the node itself (a path of one node holds the node). */
  entityById: apiQuery<{ id: string }, { entity: EntityRecord; node: Node }>('api/entity-by-id', (r) => ({
    entity: r.get('entity', entity),
    node: r.get('entity', node),
  })),
  searchCandidates: apiQuery<{ type: EntityType | null }, SearchCandidateRow>('api/search-candidates', (r) => ({
    id: r.get('id', text),
    type: r.get('type', entityType),
    name: r.get('name', text),
    aliases: r.get('aliases', stringList),
    mentionCount: r.get('mentionCount', nullable(integer)) ?? 0,
  })),
  mentions: apiQuery<{ id: string }, MentionRecord>('api/mentions', (r) => ({
    newsletter: r.get('newsletter', text),
    newsletterTitle: r.get('newsletterTitle', text),
    published: r.get('published', nullable(text)),
    item: r.get('item', text),
    title: r.get('title', text),
    count: r.get('count', nullable(integer)) ?? 0,
    evidence: r.get('evidence', stringList),
  })),
  neighbours: apiQuery<{ id: string; type: string | null; relation: string | null; direction: string }, NeighbourRow>('api/neighbours', (r) => ({
    neighbour: r.get('neighbour', node),
    relation: r.get('relation', text),
    direction: r.get('direction', oneOf(['out', 'in'] as const)),
    properties: r.get('properties', map),
  })),
  path: apiQuery<{ from: string; to: string; maxHops: number }, { path: Path }>('api/path', (r) => ({ path: r.get('path', path) })),
  related: apiQuery<{ id: string; limit: number }, { entity: EntityRecord; sharedItems: number }>('api/related', (r) => ({
    entity: r.get('entity', entity),
    sharedItems: r.get('sharedItems', integer),
  })),
  timeline: apiQuery<{ id: string }, TimelineRow>('api/timeline', (r) => ({
    published: r.get('published', nullable(text)),
    newsletter: r.get('newsletter', text),
    title: r.get('title', text),
    items: r.get('items', integer),
    mentions: r.get('mentions', integer),
  })),
  labelCounts: apiQuery<Record<string, never>, CountRow>('api/label-counts', (r) => ({ key: r.get('label', text), count: r.get('count', integer) })),
  relationshipCounts: apiQuery<Record<string, never>, CountRow>('api/relationship-counts', (r) => ({
    key: r.get('type', text),
    count: r.get('count', integer),
  })),
  nodeCount: apiQuery<Record<string, never>, { nodes: number }>('api/node-count', (r) => ({ nodes: r.get('nodes', integer) })),
} as const;
