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
    id: 'rows-never-evaluated',
    why:
      'One engine fails with a run-time error (division by zero, a type error) on a row the other never evaluates, and that ' +
      'other returns no rows: Cypher fixes neither the order in which the parts of a pattern and its predicates are ' +
      'tried nor which rows a predicate is evaluated on before others remove them. (The other engine may also give the one ' +
      'row that aggregating no rows gives.)',
    matches: (kind, q, e, n) =>
      (kind === 'only-embedded-fails' &&
        (noRows(n) || aggregateOfNothing(q, n)) &&
        /DIVISION_BY_ZERO|INTEGER_OVERFLOW|SHORTEST_PATH_COMMON_END_NODES|TypeError|ArgumentError|INVALID_ARGUMENT|NUMBER_OUT_OF_RANGE|Type mismatch/i.test(
          errorOf(e),
        )) ||
      (kind === 'only-neo4j-fails' && noRows(e) && /ArithmeticError|TypeError|ArgumentError|Invalid input|predicate/i.test(errorOf(n))),
  },
  {
    id: 'math-library-ulp',
    why:
      "Neo4j computes sin, cos, tan, atan2, exp, log and their kin with Java's Math, the engine with JavaScript's Math: both " +
      'within an ulp or so of the true value, not always the same ulp, and functions such as cos() near a root magnify it.',
    matches: (kind, q) =>
      (kind === 'values' || kind === 'float-last-digits' || kind === 'order') &&
      /\b(sin|cos|tan|cot|asin|acos|atan|atan2|exp|log|log10|sqrt|haversin)\(/i.test(q),
  },
  {
    id: 'range-count',
    why:
      'Neo4j 5.26 counts range(start, end, step) as (end - start) / step + 1 with the division truncated toward zero, so ' +
      'range(1, 0, 2) gives [1] and range(0, 1, -123) [0], where the openCypher TCK (List11 [2], [3], which Neo4j 5.26 fails) ' +
      'and its manual give []: every integer from start to end. The engine keeps the TCK.',
    matches: (kind, q) => (kind === 'values' || kind === 'row-count' || kind === 'value-type') && /\brange\(/.test(q),
  },
  {
    id: 'float-row-order',
    why:
      'avg(), sum(), stDev() and stDevP() of floats add in row order, which Cypher leaves open without ORDER BY: the ' +
      'engines meet the rows in different orders and the float sums differ in the last digits.',
    matches: (kind, q) => kind === 'float-last-digits' && /\b(avg|sum|stDevP?)\(/i.test(q),
  },
  {
    id: 'neo4j-union-types',
    why:
      "Neo4j 5.26's semantic analysis gives an expression that mixes unknown values with list concatenation a union of " +
      "types ('Any or String', 'List<Any> or List<String>') and refuses the query when a function's parameter does not " +
      'take every member; the engine refuses only a type the text proves wrong, and evaluates the rest (here: no row, or a value).',
    matches: (kind, _q, _e, n) => kind === 'only-neo4j-fails' && /Type mismatch: expected .* but was (Any\b|.* or )/.test(errorOf(n)),
  },
  {
    id: 'folded-division-by-zero',
    why:
      'Neo4j 5.26 folds an expression of literals before running it, and there 1.5 / 0 is Infinity; at run time the ' +
      'same division fails (/ by zero), as the engine does everywhere.',
    matches: (kind, q, e) => kind === 'only-embedded-fails' && /\/ 0\b/.test(q) && /DIVISION_BY_ZERO: \/ by zero/.test(errorOf(e)),
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
