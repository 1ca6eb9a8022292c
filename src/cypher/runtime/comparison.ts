// Cypher comparison (`<`, `<=`, `>`, `>=`) and the total order ORDER BY uses across all types.
// Comparison of incomparable values is null; any comparison with NaN is false.

import { elementAt } from '../../errors.js';
import { Node, Path, Relationship, TemporalValue, isCypherMap, type CypherMap, type CypherValue } from '../values.js';
import { cypherEquals } from './equality.js';
import { isNumber, orderRank } from './kind.js';
import { compareTemporal, orderTemporal } from '../temporal/index.js';

/** Compare a bigint with a float exactly. */
function compareIntFloat(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fi = Math.floor(f);
  const bi = BigInt(fi);
  if (i < bi) return -1;
  if (i > bi) return 1;
  return fi === f ? 0 : -1;
}

/**
 * Numbers in order, -0.0 below 0.0 and 0 as Neo4j 5.26 orders them at run time (`n.id > -0.0` is
 * true for id 0, though `n.id = -0.0` is true as well: equality.ts compares by value).
 */
function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    const c = compareIntFloat(a, b);
    return c === 0 && Object.is(b, -0) ? 1 : c;
  }
  if (typeof b === 'bigint') {
    const c = compareIntFloat(b, a);
    return c === 0 && Object.is(a, -0) ? -1 : -c;
  }
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return a < b ? -1 : a > b ? 1 : a === 0 ? Number(Object.is(b, -0)) - Number(Object.is(a, -0)) : 0;
}

/**
 * Compare for the comparison operators: a negative, zero or positive number; NaN when a NaN is
 * involved (every operator then yields false); null when the values are not comparable.
 */
export function cypherCompare(a: CypherValue, b: CypherValue): number | null {
  if (a === null || b === null) return null;
  if (isNumber(a)) return isNumber(b) ? compareNumbers(a, b) : null;
  if (typeof a === 'string') return typeof b === 'string' ? compareText(a, b) : null;
  if (typeof a === 'boolean') return typeof b === 'boolean' ? Number(a) - Number(b) : null;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return null;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = cypherCompare(elementAt(a, i), elementAt(b, i));
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (a instanceof TemporalValue && b instanceof TemporalValue) {
    if (a.kind !== b.kind) return null;
    return compareTemporal(a, b);
  }
  if (isCypherMap(a) && isCypherMap(b)) {
    // Neo4j 5 compares maps (openCypher leaves them incomparable; the TCK has no case): in the
    // order ORDER BY gives them, null where two values under one key are not comparable.
    const [ka, kb] = [Object.keys(a).sort(), Object.keys(b).sort()];
    const keys = compareKeys(ka, kb);
    if (keys !== 0) return keys;
    for (const key of ka) {
      const c = cypherCompare(a[key] ?? null, b[key] ?? null);
      if (c === null || c !== 0) return c;
    }
    return 0;
  }
  return null;
}

/** Two maps' sorted keys in Neo4j's order of maps: the fewer first, then key by key. */
function compareKeys(ka: string[], kb: string[]): number {
  if (ka.length !== kb.length) return ka.length - kb.length;
  for (let i = 0; i < ka.length; i++) {
    const c = compareText(elementAt(ka, i), elementAt(kb, i));
    if (c !== 0) return c;
  }
  return 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Apply a comparison operator with Cypher's null/NaN rules. */
export function compareOp(op: '<' | '<=' | '>' | '>=', a: CypherValue, b: CypherValue): boolean | null {
  const c = cypherCompare(a, b);
  // Neo4j reads `a >= b` as `a = b OR a > b`: two equal durations (which have no order) are
  // >= each other, though neither is > the other.
  if (c === null) return (op === '<=' || op === '>=') && cypherEquals(a, b) === true ? true : null;
  if (Number.isNaN(c)) return false;
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

const TEMPORAL_ORDER: Record<string, number> = {
  DateTime: 0,
  LocalDateTime: 1,
  Date: 2,
  Time: 3,
  LocalTime: 4,
  Duration: 5,
};

/** The total order of ORDER BY, ascending: maps < nodes < rels < lists < paths < temporals < strings < booleans < numbers < null. */
export function orderCompare(a: CypherValue, b: CypherValue): number {
  // The common cases first: two strings, two integers, a null (which sorts after everything).
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  const ra = orderRank(a);
  const rb = orderRank(b);
  if (ra !== rb) return ra - rb;
  // The same rank: both values are of one type (INTEGER and FLOAT share a rank).
  if (isNumber(a) && isNumber(b)) {
    const aNaN = typeof a === 'number' && Number.isNaN(a);
    const bNaN = typeof b === 'number' && Number.isNaN(b);
    if (aNaN || bNaN) return aNaN && bNaN ? 0 : aNaN ? 1 : -1;
    const c = compareNumbers(a, b);
    if (c !== 0) return c;
    // Equal values: integers before floats keeps the order stable and deterministic.
    return (typeof a === 'bigint' ? 0 : 1) - (typeof b === 'bigint' ? 0 : 1);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = orderCompare(elementAt(a, i), elementAt(b, i));
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (a instanceof Node && b instanceof Node) return compareIds(a.id, b.id);
  if (a instanceof Relationship && b instanceof Relationship) return compareIds(a.id, b.id);
  if (a instanceof Path && b instanceof Path) return comparePaths(a, b);
  if (a instanceof TemporalValue && b instanceof TemporalValue) {
    if (a.kind !== b.kind) return (TEMPORAL_ORDER[a.kind] ?? 9) - (TEMPORAL_ORDER[b.kind] ?? 9);
    const c = orderTemporal(a, b);
    if (c !== null && !Number.isNaN(c)) return c;
    return compareText(a.toString(), b.toString());
  }
  if (isCypherMap(a) && isCypherMap(b)) return compareMaps(a, b);
  return 0;
}

function comparePaths(pa: Path, pb: Path): number {
  const n = Math.min(pa.nodes.length, pb.nodes.length);
  for (let i = 0; i < n; i++) {
    const c = compareIds(elementAt(pa.nodes, i).id, elementAt(pb.nodes, i).id);
    if (c !== 0) return c;
    if (i < pa.relationships.length && i < pb.relationships.length) {
      const r = compareIds(elementAt(pa.relationships, i).id, elementAt(pb.relationships, i).id);
      if (r !== 0) return r;
    }
  }
  return pa.nodes.length - pb.nodes.length;
}

/**
 * Maps in Neo4j's order: the fewer keys first, then by their sorted keys, then by the values
 * under them (`{a: 2}` before `{a: 1, b: 1}`).
 */
function compareMaps(ma: CypherMap, mb: CypherMap): number {
  const ka = Object.keys(ma).sort();
  const keys = compareKeys(ka, Object.keys(mb).sort());
  if (keys !== 0) return keys;
  for (const key of ka) {
    const c = orderCompare(ma[key] ?? null, mb[key] ?? null);
    if (c !== 0) return c;
  }
  return 0;
}

/** Ids the engine generates are numeric strings; compare those numerically, others as text. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : 1;
}
