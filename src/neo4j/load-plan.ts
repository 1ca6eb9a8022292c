// The pure half of loading a graph into Neo4j: group nodes by labels and relationships by type
// and end labels, cut them into batches of parameter rows, and write the few fixed statements.

import { NODE_LABELS, RELATIONSHIP_TYPES, type PropertyGraph, type PropertyValue } from '../graph/schema.js';
import { Neo4jError } from './neo4j-error.js';
import { propertyToDriver } from './driver-values.js';

/** One UNWIND statement and the rows it runs over. */
export interface LoadBatch {
  statement: string;
  rows: Record<string, unknown>[];
}

export interface LoadPlan {
  /** One CREATE CONSTRAINT … IF NOT EXISTS per label present. */
  constraints: string[];
  nodeBatches: LoadBatch[];
  relationshipBatches: LoadBatch[];
  nodeCount: number;
  relationshipCount: number;
}

// Labels and types are spliced into statements (Cypher cannot take them as parameters), so only
// the schema's own names ever are: a name from data can never reach the statement text.
const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);
const NAME = /^[A-Z][A-Za-z_]*$/;

function label(name: string): string {
  if (!LABELS.has(name) || !NAME.test(name)) {
    throw new Neo4jError(
      'E_NEO4J_SCHEMA',
      `cannot load label ${JSON.stringify(name)}: not one of the schema's labels (${NODE_LABELS.join(', ')})`,
      undefined,
      false,
    );
  }
  return `\`${name}\``;
}

function relationshipType(name: string): string {
  if (!TYPES.has(name) || !NAME.test(name)) {
    throw new Neo4jError('E_NEO4J_SCHEMA', `cannot load relationship type ${JSON.stringify(name)}: not one of the schema's types`, undefined, false);
  }
  return `\`${name}\``;
}

export function constraintStatement(name: string): string {
  return `CREATE CONSTRAINT \`crimegraph_${name}_id\` IF NOT EXISTS FOR (n:${label(name)}) REQUIRE n.id IS UNIQUE`;
}

/** MERGE on the first label (its constraint makes the lookup an index seek); SET replaces all properties. */
export function nodeStatement(labels: readonly string[]): string {
  const [first, ...rest] = labels.map(label);
  const extra = rest.length > 0 ? ` SET n:${rest.join(':')}` : '';
  return `UNWIND $rows AS row MERGE (n:${first} {id: row.id}) SET n = row.properties${extra}`;
}

/**
 * Both ends are found through their label's constraint index. MERGE on the pattern alone: the
 * graph holds at most one relationship of a type between two nodes (its edge key says so).
 */
export function relationshipStatement(type: string, fromLabel: string, toLabel: string): string {
  return (
    `UNWIND $rows AS row MATCH (a:${label(fromLabel)} {id: row.source}) MATCH (b:${label(toLabel)} {id: row.target}) ` +
    `MERGE (a)-[r:${relationshipType(type)}]->(b) SET r = row.properties RETURN count(r) AS written`
  );
}

function driverProperties(properties: Record<string, PropertyValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) if (v !== null && v !== undefined) out[k] = propertyToDriver(v);
  return out;
}

/** Group and batch the graph; throws Neo4jError E_NEO4J_SCHEMA for names outside the schema. */
export function planLoad(graph: PropertyGraph, batchSize = 1000): LoadPlan {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  const nodeGroups = new Map<string, { labels: string[]; rows: Record<string, unknown>[] }>();
  const primary = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    const labels = attributes.labels;
    const [first] = labels;
    if (first === undefined) throw new Neo4jError('E_NEO4J_SCHEMA', `cannot load node ${JSON.stringify(key)}: it has no label`, undefined, false);
    const id = attributes.properties.id;
    if (typeof id !== 'string' || id === '') {
      throw new Neo4jError('E_NEO4J_SCHEMA', `cannot load node ${JSON.stringify(key)}: it has no string id property`, undefined, false);
    }
    primary.set(key, first);
    const groupKey = labels.join(':');
    let group = nodeGroups.get(groupKey);
    if (!group) nodeGroups.set(groupKey, (group = { labels: [...labels], rows: [] }));
    group.rows.push({ id, properties: driverProperties(attributes.properties) });
  });

  // graphology keeps no edge without both its nodes, so every end has its label here.
  const primaryLabel = (key: string): string => {
    const label = primary.get(key);
    if (label === undefined) throw new Error(`relationship end ${JSON.stringify(key)} is not a node of the graph`);
    return label;
  };
  const relationshipGroups = new Map<string, { type: string; from: string; to: string; rows: Record<string, unknown>[] }>();
  graph.forEachEdge((_key, attributes, source, target) => {
    const from = primaryLabel(source);
    const to = primaryLabel(target);
    const groupKey = `${attributes.type}\u0000${from}\u0000${to}`;
    let group = relationshipGroups.get(groupKey);
    if (!group) relationshipGroups.set(groupKey, (group = { type: attributes.type, from, to, rows: [] }));
    group.rows.push({
      source: graph.getNodeAttribute(source, 'properties').id,
      target: graph.getNodeAttribute(target, 'properties').id,
      properties: driverProperties(attributes.properties),
    });
  });

  const labelsPresent = [...new Set([...nodeGroups.values()].flatMap((g) => g.labels))].sort();
  return {
    constraints: labelsPresent.map(constraintStatement),
    nodeBatches: [...nodeGroups.values()].flatMap((g) => chunk(nodeStatement(g.labels), g.rows, batchSize)),
    relationshipBatches: [...relationshipGroups.values()].flatMap((g) => chunk(relationshipStatement(g.type, g.from, g.to), g.rows, batchSize)),
    nodeCount: graph.order,
    relationshipCount: graph.size,
  };
}

function chunk(statement: string, rows: Record<string, unknown>[], size: number): LoadBatch[] {
  const batches: LoadBatch[] = [];
  for (let i = 0; i < rows.length; i += size) batches.push({ statement, rows: rows.slice(i, i + size) });
  return batches;
}
