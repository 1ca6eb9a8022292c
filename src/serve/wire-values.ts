// Cypher values as the HTTP API writes them: JSON with nodes, relationships and paths spelled out
// so a client can draw them (`elementId`, `start`, `end` name the engine's node keys).

import { Node, Path, Relationship, TemporalValue, toJson } from '../cypher/index.js';
import type { CypherMap, CypherValue } from '../cypher/index.js';

export interface WireNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface WireRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface WirePath {
  nodes: WireNode[];
  relationships: WireRelationship[];
}

/** One value for the wire: scalars and maps as `toJson` gives them, graph values as above. */
export function toWire(value: CypherValue): unknown {
  if (value instanceof Node) return wireNode(value);
  if (value instanceof Relationship) return wireRelationship(value);
  if (value instanceof Path) return { nodes: value.nodes.map(wireNode), relationships: value.relationships.map(wireRelationship) } satisfies WirePath;
  if (value instanceof TemporalValue) return value.toString();
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of sortedEntries(value)) out[k] = toWire(v);
    return out;
  }
  return toJson(value);
}

function wireNode(node: Node): WireNode {
  return { elementId: node.id, labels: [...node.labels], properties: jsonProperties(node.properties) };
}

/** A map's entries in key order: Neo4j keeps its own storage order, so only a fixed one prints alike. */
function sortedEntries(map: CypherMap): [string, CypherValue][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Properties as `toJson` writes a map: keys sorted, values JSON-ready. */
function jsonProperties(properties: CypherMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of sortedEntries(properties)) out[k] = toJson(v);
  return out;
}

function wireRelationship(r: Relationship): WireRelationship {
  return { elementId: r.id, type: r.type, start: r.start, end: r.end, properties: jsonProperties(r.properties) };
}
