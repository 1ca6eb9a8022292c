// Queries whose single value Neo4j 5.26 was seen to give, shared by the engine's specification
// (neo4j-numbers-and-strings.test.ts) and the parity test against a real server.

import type { CypherValue } from '../../../src/cypher/values.js';

export const NEO4J_VALUES: [string, CypherValue][] = [
  // avg() keeps a running mean and stDev() Welford's sums: sum / n differs in the last digit.
  ['UNWIND [705, 716, 844, 422, 563, 97, 609] AS x RETURN avg(x)', 565.1428571428572],
  ['UNWIND [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7] AS x RETURN avg(x)', 4.3999999999999995],
  ['UNWIND [1e308, 1e308] AS x RETURN avg(x)', 1e308],
  ['UNWIND [38.3, 34.3, 16.5, 29.9, 89.8, 13.7, 8.7] AS x RETURN stDev(x)', 27.388727260542442],
  ['UNWIND [38.3, 34.3, 16.5, 29.9, 89.8, 13.7, 8.7] AS x RETURN stDevP(x)', 25.357034204998605],
  // round() works on the decimal text, as BigDecimal.valueOf does.
  ["RETURN round(1.11, 2, 'CEILING')", 1.11],
  ["RETURN round(1.11, 1, 'CEILING')", 1.2],
  ["RETURN round(-1.11, 1, 'CEILING')", -1.1],
  ["RETURN round(1.119, 2, 'UP')", 1.12],
  ["RETURN round(1.11, 2, 'UP')", 1.11],
  ["RETURN round(-1.119, 2, 'DOWN')", -1.11],
  ["RETURN round(-1.009, 2, 'FLOOR')", -1.01],
  ["RETURN round(1.15, 1, 'HALF_DOWN')", 1.1],
  ["RETURN round(1.25, 1, 'HALF_EVEN')", 1.2],
  ["RETURN round(1.35, 1, 'HALF_EVEN')", 1.4],
  ["RETURN round(2.675, 2, 'HALF_UP')", 2.68],
  ["RETURN round(0.285, 2, 'HALF_DOWN')", 0.28],
  ["RETURN round(1e-20, 5, 'UP')", 0.00001],
  ["RETURN round(-1e-20, 5, 'UP')", -0.00001],
  ["RETURN round(-1.5, 0, 'HALF_UP')", -2],
  ["RETURN round(3.0, 0, 'UNNECESSARY')", 3],
  // The two-argument form rounds to an integer as Math.round does, to decimals as HALF_UP.
  ['RETURN round(-1.5, 0)', -1],
  ['RETURN round(-2.5, 0)', -2],
  ['RETURN round(-1.25, 1)', -1.3],
  ['RETURN round(0.49999999999999994)', 0],
  // toInteger() reads text as Long.parseLong, then as a decimal; no white space, no hex.
  ["RETURN toInteger(' 42')", null],
  ["RETURN toInteger('0x1F')", null],
  ["RETURN toInteger('2002\\n')", null],
  ["RETURN toInteger('+7')", 7n],
  ["RETURN toInteger('4.9e0')", 4n],
  ["RETURN toInteger('.5')", 0n],
  ["RETURN toInteger('٣')", 3n],
  ["RETURN toInteger('9223372036854775807')", 9223372036854775807n],
  ["RETURN toIntegerOrNull(' 5')", null],
  // A float becomes an integer as Java's (long) cast makes it: saturated, NaN is 0.
  ['RETURN toInteger(1e19)', 9223372036854775807n],
  ['RETURN toInteger(-1e19)', -9223372036854775808n],
  ['RETURN toInteger(0.0 / 0.0)', 0n],
  // toFloat() reads text as Double.parseDouble.
  ["RETURN toFloat('1f')", 1],
  ["RETURN toFloat('1d')", 1],
  ["RETURN toFloat('0x1p3')", 8],
  ["RETURN toFloat('\\t1.5')", 1.5],
  ["RETURN toFloat('0x10')", null],
  // Java's String.replace puts the replacement around every character for an empty search.
  ["RETURN replace('abc', '', '-')", '-a-b-c-'],
  ["RETURN replace('', '', '-')", '-'],
  // A map's keys in Neo4j's order (Java HashMap buckets), not as written.
  ['RETURN keys({b: 1, a: 2, c: 3})', ['a', 'b', 'c']],
  ["RETURN keys({type: 'y', name: 'x'})", ['name', 'type']],
  ["RETURN keys({name: 'x', type: 'y', count: 3})", ['name', 'count', 'type']],
  ['RETURN keys({zeta: 1, alpha: 2, mid: 3, beta: 4, gamma: 5, delta: 6})', ['zeta', 'alpha', 'delta', 'mid', 'gamma', 'beta']],
  ["RETURN keys({name: 'x', aliases: [], id: 'q', mentionCount: 3, year: 1})", ['mentionCount', 'aliases', 'year', 'name', 'id']],
  // A map projection without `.*` is a HashMap sized for its items, filled in the order written.
  ["WITH {name: 'n', year: 2, kind: 'k'} AS a RETURN keys(a {.name, .year, .kind})", ['name', 'year', 'kind']],
  ['WITH {b: 1, a: 2} AS m RETURN keys(m {.b, .a})', ['a', 'b']],
  ['WITH {a: 1, bb: 2, ccc: 3, dddd: 4, e: 5, ff: 6} AS m RETURN keys(m {.ff, .e, .dddd, .ccc, .bb, .a})', ['ff', 'bb', 'a', 'ccc', 'e', 'dddd']],
  [
    'WITH {name: 1, title: 2, year: 3, kind: 4, id: 5, z: 6, q: 7} AS m, 5 AS v RETURN keys(m {.title, .z, v, w: 1, .q, .id, .kind})',
    ['q', 'v', 'kind', 'w', 'z', 'id', 'title'],
  ],
  [
    'WITH {name: 1, title: 2, year: 3, kind: 4, id: 5, x: 6, y: 7, zz: 8} AS a RETURN keys(a {.name, .year, .kind, .id, .title, .x, .y, .zz})',
    ['zz', 'year', 'kind', 'name', 'x', 'y', 'id', 'title'],
  ],
  // With `.*` the map's own order, as a literal's.
  ['WITH {name: 1, year: 2, kind: 3} AS m RETURN keys(m {.*})', ['year', 'kind', 'name']],
  [
    'RETURN keys({banana: 1, apple: 2, cherry: 3, aa: 1, b: 1, zz: 1, Z: 1, a1: 1, A: 1, `é`: 1, `10`: 1, `9`: 1})',
    ['zz', 'a1', 'aa', 'banana', 'A', 'cherry', 'apple', 'b', 'é', '9', 'Z', '10'],
  ],
  // Strings are counted and cut in code points.
  ["RETURN size('😀ab')", 3n],
  ["RETURN substring('a😀bc', 1, 2)", '😀b'],
  ["RETURN left('😀ab', 2)", '😀a'],
  ["RETURN right('ab😀', 1)", '😀'],
  // Trimming given characters.
  ["RETURN ltrim('xxaxx', 'x')", 'axx'],
  ["RETURN rtrim('xxaxx', 'x')", 'xxa'],
  ["RETURN btrim('xxaxx', 'x')", 'a'],
  // valueType() of lists: the normalised union of the element types.
  ["RETURN valueType([1, 'a'])", 'LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL'],
  ["RETURN valueType([1, 'a', null])", 'LIST<STRING | INTEGER> NOT NULL'],
  ["RETURN valueType([1, 'a', 1.5, null, true])", 'LIST<BOOLEAN | STRING | INTEGER | FLOAT> NOT NULL'],
  ["RETURN valueType([[1], ['a']])", 'LIST<LIST<STRING NOT NULL> NOT NULL | LIST<INTEGER NOT NULL> NOT NULL> NOT NULL'],
  ['RETURN valueType([[1, null], [1]])', 'LIST<LIST<INTEGER> NOT NULL> NOT NULL'],
  ['RETURN valueType([[], [1]])', 'LIST<LIST<INTEGER NOT NULL> NOT NULL> NOT NULL'],
  ['RETURN valueType([])', 'LIST<NOTHING> NOT NULL'],
  ['RETURN valueType([null])', 'LIST<NULL> NOT NULL'],
  ['RETURN valueType([date(), {a: 1}, [1]])', 'LIST<DATE NOT NULL | MAP NOT NULL | LIST<INTEGER NOT NULL> NOT NULL> NOT NULL'],
];

export const NEO4J_ERRORS: [string, string][] = [
  ["RETURN toInteger('9223372036854775808')", 'integer, 9223372036854775808, is too large'],
  ["RETURN toInteger('1e19')", 'integer, 1e19, is too large'],
  ["RETURN round(123.456, -1, 'HALF_UP')", "Precision argument to 'round()' cannot be negative"],
  ["RETURN round(1.5, 0, 'UNNECESSARY')", 'Rounding necessary'],
  ["RETURN round(1.5, 0, 'BOGUS')", 'Unknown rounding mode'],
];
