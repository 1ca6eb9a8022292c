// Conversions between JSON (CLI `--param`, API, output) and Cypher values: integral JSON numbers
// are INTEGERs; output keeps integers as numbers unless they exceed 2^53.

import { Node, Path, Relationship, TemporalValue, type CypherMap, type CypherValue } from '../values.js';

/** Turn a parsed JSON value into a Cypher value (integral numbers become INTEGER). */
export function fromJson(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? BigInt(value) : value;
    case 'string':
    case 'boolean':
    case 'bigint':
      return value;
  }
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object') {
    const out: CypherMap = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = fromJson(v);
    return out;
  }
  return null;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Turn a Cypher value into JSON-ready data: nodes `{labels, properties}`, relationships
 * `{type, properties}`, paths as alternating node/relationship lists, temporal values as their
 * string form, integers as numbers (strings beyond 2^53), non-finite floats as strings.
 */
export function toJson(value: CypherValue): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'bigint':
      return value <= SAFE && value >= -SAFE ? Number(value) : value.toString();
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'string':
    case 'boolean':
      return value;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Node) return { labels: [...value.labels], properties: toJson(value.properties) };
  if (value instanceof Relationship) return { type: value.type, properties: toJson(value.properties) };
  if (value instanceof Path) {
    const out: unknown[] = [toJson(value.nodes[0]!)];
    value.relationships.forEach((r, i) => out.push(toJson(r), toJson(value.nodes[i + 1]!)));
    return out;
  }
  if (value instanceof TemporalValue) return value.toString();
  // Keys sorted: Neo4j returns properties in its storage order, so a fixed order is the only
  // one both engines can print alike.
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = toJson(value[k]!);
  return out;
}
