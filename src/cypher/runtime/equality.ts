// Cypher equality with three-valued logic: `null` when either side (or an element) is null,
// numbers compared across INTEGER and FLOAT exactly, containers compared element-wise.

import { elementAt } from '../../errors.js';
import { Node, Path, Relationship, TemporalValue, type CypherValue } from '../values.js';
import { isMapValue } from './kind.js';
import { temporalEquals } from '../temporal/index.js';

const INT_MAX = 2n ** 63n - 1n;

/**
 * Numeric equality of a bigint and a float as Neo4j decides it: exact (no rounding of the bigint),
 * but for 2^63, which equals the largest INTEGER there (Java's cast of it to a long stops at
 * 9223372036854775807; `9223372036854775807 = 9223372036854775807.0` is true on Neo4j 5.26).
 */
export function intFloatEquals(i: bigint, f: number): boolean {
  return Number.isInteger(f) && (BigInt(f) === i || (f === 2 ** 63 && i === INT_MAX));
}

/** `a = b` in Cypher: true, false, or null (unknown). */
export function cypherEquals(a: CypherValue, b: CypherValue): boolean | null {
  if (a === null || b === null || a === undefined || b === undefined) return null;
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return a === b;
    if (typeof b === 'number') return intFloatEquals(a, b);
    return false;
  }
  if (typeof a === 'number') {
    if (typeof b === 'number') return a === b;
    if (typeof b === 'bigint') return intFloatEquals(b, a);
    return false;
  }
  if (typeof a === 'string' || typeof a === 'boolean') return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (a.length !== b.length) return false;
    let unknown = false;
    for (const [i, x] of a.entries()) {
      const r = cypherEquals(x, elementAt(b, i));
      if (r === false) return false;
      if (r === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof Node) return b instanceof Node ? a.id === b.id : false;
  if (a instanceof Relationship) return b instanceof Relationship ? a.id === b.id : false;
  if (a instanceof Path) {
    if (!(b instanceof Path)) return false;
    if (a.nodes.length !== b.nodes.length) return false;
    for (const [i, n] of a.nodes.entries()) if (n.id !== elementAt(b.nodes, i).id) return false;
    for (const [i, r] of a.relationships.entries()) if (r.id !== b.relationships[i]?.id) return false;
    return true;
  }
  if (a instanceof TemporalValue) {
    if (!(b instanceof TemporalValue)) return false;
    if (a.kind !== b.kind) return false;
    return temporalEquals(a, b);
  }
  if (!isMapValue(a) || !isMapValue(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  let unknown = false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
  }
  for (const k of ka) {
    const r = cypherEquals(a[k] ?? null, b[k] ?? null);
    if (r === false) return false;
    if (r === null) unknown = true;
  }
  return unknown ? null : true;
}

/**
 * Equivalence as DISTINCT, grouping and `IN`-free set semantics use it: null equals null and
 * NaN equals NaN. Implemented via a canonical key so grouping can use a hash map.
 */
export function groupKey(v: CypherValue): string {
  if (v === null || v === undefined) return 'n';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'bigint':
      return 'i' + v.toString();
    case 'number':
      // Integral floats group with the equal integer (1 = 1.0 in DISTINCT).
      if (Number.isInteger(v) && Math.abs(v) < 2 ** 63) return 'i' + BigInt(v).toString();
      if (v === 2 ** 63) return 'i' + INT_MAX.toString();
      return 'f' + String(v);
    case 'string':
      // Length-prefixed, so no character inside can collide with the separators around it.
      return 's' + v.length + ':' + v;
  }
  if (Array.isArray(v)) return '[' + v.map(groupKey).join(',') + ']';
  // Length-prefixed like strings (cheaper than JSON.stringify, which this runs per row when grouping by a node).
  if (v instanceof Node) return 'N' + v.id.length + ':' + v.id;
  if (v instanceof Relationship) return 'R' + v.id.length + ':' + v.id;
  if (v instanceof Path) return 'P' + v.nodes.map((n) => JSON.stringify(n.id)).join('|') + '/' + v.relationships.map((r) => JSON.stringify(r.id)).join('|');
  if (v instanceof TemporalValue) return 't' + v.kind + ':' + v.equalityKey();
  const keys = Object.keys(v).sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + groupKey(v[k] ?? null)).join(',') + '}';
}
