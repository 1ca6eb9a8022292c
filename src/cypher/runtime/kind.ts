// Classifies a runtime value into its Cypher type, for dispatch in equality, order and errors.
// The order of the `ORDER_RANK` table is Neo4j 5's global sort order across types.

import { Node, Path, Relationship, TemporalValue, isCypherMap, type CypherMap, type CypherValue } from '../values.js';

export type ValueKind = 'NULL' | 'BOOLEAN' | 'INTEGER' | 'FLOAT' | 'STRING' | 'LIST' | 'MAP' | 'NODE' | 'RELATIONSHIP' | 'PATH' | 'TEMPORAL';

export function kindOf(v: CypherValue): ValueKind {
  if (v === null || v === undefined) return 'NULL';
  switch (typeof v) {
    case 'boolean':
      return 'BOOLEAN';
    case 'bigint':
      return 'INTEGER';
    case 'number':
      return 'FLOAT';
    case 'string':
      return 'STRING';
  }
  if (Array.isArray(v)) return 'LIST';
  if (v instanceof Node) return 'NODE';
  if (v instanceof Relationship) return 'RELATIONSHIP';
  if (v instanceof Path) return 'PATH';
  if (v instanceof TemporalValue) return 'TEMPORAL';
  if (isCypherMap(v)) return 'MAP';
  return 'MAP';
}

/** The Cypher type name as error messages and `valueType` print it. */
export function typeName(v: CypherValue): string {
  const k = kindOf(v);
  return v instanceof TemporalValue ? v.kind.toUpperCase() : k;
}

/** A MAP of the value union: any value of no other kind (what `kindOf` calls 'MAP'). */
export function isMapValue(v: CypherValue): v is CypherMap {
  return kindOf(v) === 'MAP';
}

export function isNumber(v: CypherValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** Rank of each type in ORDER BY ascending order (lower sorts first). */
export function orderRank(v: CypherValue): number {
  switch (kindOf(v)) {
    case 'MAP':
      return 0;
    case 'NODE':
      return 1;
    case 'RELATIONSHIP':
      return 2;
    case 'LIST':
      return 3;
    case 'PATH':
      return 4;
    case 'TEMPORAL':
      return 5;
    case 'STRING':
      return 6;
    case 'BOOLEAN':
      return 7;
    case 'INTEGER':
    case 'FLOAT':
      return 8;
    case 'NULL':
      return 9;
  }
}
