// Differences between the engine and Neo4j 5.26 the differential test knows and accepts, each
// with why. A case that differs is allowed only when an entry here matches it; every other
// difference fails the test (test/neo4j/differential.test.ts) and `npm run cypher:diff`.

import type { DifferenceKind, Outcome } from './compare.js';
import { canonical } from './compare.js';

export interface KnownDifference {
  id: string;
  why: string;
  matches(kind: DifferenceKind, query: string, embedded: Outcome, neo4j: Outcome): boolean;
}

const errorOf = (o: Outcome): string => (o.ok ? '' : `${o.code} ${o.error}`);
const noRows = (o: Outcome): boolean => o.ok && o.rows.length === 0;
/** One row from a query that aggregates: what aggregating no rows at all gives. */
const aggregateOfNothing = (query: string, o: Outcome): boolean =>
  o.ok && o.rows.length === 1 && /\b(count|collect|sum|avg|min|max|stDevP?|percentile(Cont|Disc))\(/i.test(query);
const text = (o: Outcome): string => (o.ok ? o.rows.map((r) => r.map((v) => canonical(v)).join('|')).join('\n') : '');

/** Every value of an outcome's rows, lists opened. */
const values = (o: Outcome): unknown[] => (o.ok ? o.rows.flat().flatMap((v) => (Array.isArray(v) ? v : [v])) : []);

/** How many doubles lie between two (0 for the same one). */
export function ulpsApart(a: number, b: number): number {
  if (Object.is(a, b) || a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const view = new DataView(new ArrayBuffer(8));
  // The bits of a double, read as an integer that orders as the doubles do (negatives mirrored).
  const ordered = (x: number): bigint => {
    view.setFloat64(0, x);
    const bits = view.getBigInt64(0);
    return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
  };
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}

/**
 * The two outcomes hold the same rows but for floats, each within `ulps` of its counterpart
 * (floats paired in sorted order, everything else compared as a bag of canonical texts).
 */
export function floatsWithinUlps(e: Outcome, n: Outcome, ulps: number): boolean {
  if (!e.ok || !n.ok || e.rows.length !== n.rows.length) return false;
  const [ve, vn] = [values(e), values(n)];
  const floats = (vs: unknown[]): number[] => vs.filter((v): v is number => typeof v === 'number').sort((x, y) => x - y);
  const others = (vs: unknown[]): string =>
    vs
      .filter((v) => typeof v !== 'number')
      .map((v) => canonical(v as never))
      .sort()
      .join('\n');
  const [fe, fn] = [floats(ve), floats(vn)];
  return fe.length === fn.length && others(ve) === others(vn) && fe.every((x, i) => ulpsApart(x, fn[i]!) <= ulps);
}

/**
 * Literal `range(start, end, step)` calls where Neo4j 5.26's count, `(end - start) / step + 1`
 * with the division truncated toward zero, differs from the TCK's (every integer from start to
 * end): an end before the start by less than one step, `range(1, 0, 2)`.
 */
export function rangeCountDiffers(query: string): boolean {
  for (const m of query.matchAll(/\brange\(\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*\)/g)) {
    const [start, end, step] = [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)];
    if (step === 0n) continue;
    const neo4j = (end - start) / step + 1n; // bigint division truncates toward zero
    const tck = (end - start) % step !== 0n && end - start < 0n !== step < 0n ? (end - start) / step : (end - start) / step + 1n;
    if ((neo4j > 0n ? neo4j : 0n) !== (tck > 0n ? tck : 0n)) return true;
  }
  return false;
}

/**
 * Run-time errors, each with what in a query can raise it on a row: an arithmetic operator, a
 * field read off a value a function made (`duration(…).hour`), a shortest path, a function's argument.
 */
const RAISED_BY: [error: RegExp, raiser: RegExp][] = [
  [/DIVISION_BY_ZERO|\/ by zero/i, /\/|%/],
  [/INTEGER_OVERFLOW|long overflow/i, /[-+*^]|\b(abs|toInteger)\(/i],
  [/SHORTEST_PATH_COMMON_END_NODES|shortest path algorithm does not work/i, /\b(shortestPath|allShortestPaths)\(/i],
  [/No such field|Unsupported field/i, /\)\s*\.\s*\w+/],
  [/Cannot (add|subtract|multiply|divide|apply)|Cannot apply/i, /[-+*/%^]/],
];

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    id: 'lone-surrogate',
    why:
      "A string cut inside a character outside the Basic Multilingual Plane (split(s, '') of an emoji) holds half a UTF-16 " +
      "surrogate pair; Bolt sends strings as UTF-8, which cannot hold one, so Neo4j's answer arrives with '?' where the engine keeps the half.",
    // JSON.stringify writes a lone surrogate as the text \udXXX; where Neo4j cuts a pair the
    // engine may keep it whole (replace(s, '', x) inserts between code points), so either counts.
    matches: (kind, _q, e, n) => (kind === 'values' || kind === 'order') && /\\ud[89a-f]|[\ud800-\udfff]/i.test(text(e)) && text(n).includes('?'),
  },
  {
    id: 'range-count',
    why:
      'Neo4j 5.26 counts range(start, end, step) as (end - start) / step + 1 with the division truncated toward zero, so ' +
      'range(1, 0, 2) gives [1] and range(0, 1, -123) [0], where the openCypher TCK (List11 [2], [3], which Neo4j 5.26 fails) ' +
      'and its manual give []: every integer from start to end. The engine keeps the TCK.',
    // The list itself differs, or a query fails on the element Neo4j's list has and the engine's has not.
    matches: (kind, q, e, n) =>
      rangeCountDiffers(q) &&
      (kind === 'values' ||
        kind === 'row-count' ||
        kind === 'value-type' ||
        (kind === 'only-neo4j-fails' && noRows(e)) ||
        (kind === 'only-embedded-fails' && noRows(n))),
  },
  {
    id: 'rows-never-evaluated',
    why:
      'One engine fails with a run-time error (division by zero, overflow, a field a temporal value lacks, a shortest path ' +
      'between one node) raised by an expression of the query on a row that a WHERE removes, and the other engine, which ' +
      'applies that WHERE first, returns no rows: Cypher fixes neither the order in which the parts of a pattern and ' +
      'its predicates are tried nor which rows an expression is evaluated on before a filter removes them. (The other ' +
      'engine may also give the one row that aggregating no rows gives.)',
    matches: (kind, q, e, n) => {
      const [failed, other] = kind === 'only-embedded-fails' ? [e, n] : kind === 'only-neo4j-fails' ? [n, e] : [null, null];
      if (!failed || !other || !/\bWHERE\b/i.test(q) || !(noRows(other) || aggregateOfNothing(q, other))) return false;
      return RAISED_BY.some(([error, raiser]) => error.test(errorOf(failed)) && raiser.test(q));
    },
  },
  {
    id: 'math-library-ulp',
    why:
      "Neo4j computes sin, cos, tan, atan2, exp, log and their kin with Java's Math (HotSpot's intrinsics), the engine " +
      "with JavaScript's: both within an ulp or so of the true value, not always the same ulp. Allowed when the query " +
      'calls one and the answers differ only in floats at most 4 ulps apart.',
    matches: (kind, q, e, n) =>
      (kind === 'values' || kind === 'float-last-digits') &&
      /\b(sin|cos|tan|cot|asin|acos|atan|atan2|exp|log|log10|sqrt|haversin)\(/i.test(q) &&
      floatsWithinUlps(e, n, 4),
  },
  {
    id: 'float-row-order',
    why:
      'avg(), sum(), stDev() and stDevP() of floats add in row order, which Cypher leaves open without ORDER BY: the ' +
      'engines meet the rows in different orders and the float sums differ in the last digits.',
    matches: (kind, q) => kind === 'float-last-digits' && /\b(avg|sum|stDevP?)\(/i.test(q),
  },
  {
    id: 'temporal-union-types',
    why:
      "Neo4j 5.26's semantic analysis types list concatenation with temporal values too (`[1] + [date()]` holds values of " +
      "the type 'Any or Date') and refuses a function argument none of whose types fits; the engine's static types " +
      '(validate/static-type.ts) follow it for the other kinds but know no temporal types, and evaluate such a query.',
    matches: (kind, _q, _e, n) =>
      kind === 'only-neo4j-fails' &&
      /Type mismatch: expected .* but was .*\b(Date|Time|LocalTime|DateTime|LocalDateTime|Duration)\b/.test(
        errorOf(n).replace(/expected .* but was/, 'expected X but was'),
      ),
  },
  {
    id: 'timeout',
    why: 'One engine did not finish within the 10 s limit the test gives a query: a difference in speed, not in answer.',
    matches: (kind, _q, e, n) =>
      (kind === 'only-neo4j-fails' && /TransactionTimedOut/.test(errorOf(n))) || (kind === 'only-embedded-fails' && /TIMEOUT/.test(errorOf(e))),
  },
];

/** The entry that explains this difference, if any. */
export function knownDifference(kind: DifferenceKind, query: string, embedded: Outcome, neo4j: Outcome): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.matches(kind, query, embedded, neo4j));
}
