// `v IS :: T`: whether a value belongs to a Cypher type as Neo4j 5 defines it. Every nullable
// type holds null (`null IS :: INTEGER` is true), NOT NULL types and NOTHING do not; a list type
// holds the lists whose every element is of its element type; PROPERTY VALUE holds what a
// property can store (a simple value, or a list of simple values of one type).

import type { CypherType } from '../ast/ast.js';
import { TemporalValue, type CypherValue } from '../values.js';
import { kindOf } from '../runtime/kind.js';
import { TEMPORAL_NAMES } from './value-type.js';

const SIMPLE_PROPERTY = new Set(['BOOLEAN', 'STRING', 'INTEGER', 'FLOAT', 'POINT', ...Object.values(TEMPORAL_NAMES)]);

/** The type name of a non-null, non-list value. */
function nameOf(v: CypherValue): string {
  return v instanceof TemporalValue ? TEMPORAL_NAMES[v.kind] : kindOf(v);
}

export function isOfType(v: CypherValue, t: CypherType): boolean {
  if (t.name === 'UNION') return (t.members ?? []).some((m) => isOfType(v, m));
  if (v === null) return t.name !== 'NOTHING' && !t.notNull;
  switch (t.name) {
    case 'ANY':
      return true;
    case 'NOTHING':
    case 'NULL':
      return false;
    case 'LIST': {
      // LIST<T>: the parser always gives the element type.
      const element = t.element;
      return Array.isArray(v) && (element === undefined || v.every((e) => isOfType(e, element)));
    }
    case 'PROPERTY VALUE': {
      if (!Array.isArray(v)) return SIMPLE_PROPERTY.has(nameOf(v));
      if (v.some((e) => e === null || Array.isArray(e) || !SIMPLE_PROPERTY.has(nameOf(e)))) return false;
      return new Set(v.map(nameOf)).size <= 1;
    }
    default:
      return !Array.isArray(v) && nameOf(v) === t.name;
  }
}
