// Specification of the scalar function library, run through the engine: string, list, maths,
// conversion and graph functions, with Cypher's null-in/null-out rule and its errors.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { CypherError } from '../../../src/errors.js';

const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph);
const value = (expr: string): CypherValue => engine.run(`RETURN ${expr} AS v`).rows[0]![0]!;

describe('scalar functions', () => {
  it.each<[string, CypherValue]>([
    ["toUpper('abc')", 'ABC'],
    ["trim('  a b  ')", 'a b'],
    ["lTrim('  a ')", 'a '],
    ["replace('a-b-c', '-', '+')", 'a+b+c'],
    ["substring('hello', 1, 3)", 'ell'],
    ["substring('hello', 2)", 'llo'],
    ["left('hello', 2)", 'he'],
    ["right('hello', 2)", 'lo'],
    ["split('a,b,,c', ',')", ['a', 'b', '', 'c']],
    ["reverse('abc')", 'cba'],
    ['reverse([1, 2, 3])', [3n, 2n, 1n]],
    ["size('héllo')", 5n],
    ['size([1, null])', 2n],
    ['head([1, 2])', 1n],
    ['last([1, 2])', 2n],
    ['head([])', null],
    ['tail([1, 2, 3])', [2n, 3n]],
    ['range(1, 5, 2)', [1n, 3n, 5n]],
    ['range(3, 1)', []],
    ['range(3, 1, -1)', [3n, 2n, 1n]],
    ['coalesce(null, null, 3, 4)', 3n],
    ['keys({b: 1, a: 2})', ['a', 'b']],
    ['abs(-3)', 3n],
    ['abs(-2.5)', 2.5],
    ['sign(-0.5)', -1n],
    ['ceil(1.1)', 2.0],
    ['floor(-1.1)', -2.0],
    ['round(2.5)', 3.0],
    ['round(-2.5)', -2.0],
    ['round(3.14159, 2)', 3.14],
    ['sqrt(16)', 4.0],
    ['log10(1000)', 3.0],
    ['exp(0)', 1.0],
    ['atan2(0, 1)', 0.0],
    ['toInteger(3.9)', 3n],
    ["toInteger('42')", 42n],
    ["toInteger('4.7')", 4n],
    ["toInteger('x')", null],
    ["toFloat('1.5')", 1.5],
    ['toFloat(2)', 2.0],
    ["toBoolean('TRUE')", true],
    ["toBoolean('yes')", null],
    ['toString(1.0)', '1.0'],
    ['toString(true)', 'true'],
    ['toStringOrNull([1])', null],
    ["toIntegerList(['1', 'x', 2.5])", [1n, null, 2n]],
    ['isNaN(0.0 / 0.0)', true],
    ['toUpper(null)', null],
    ['size(null)', null],
  ])('%s = %s', (expr, expected) => {
    expect(value(expr)).toEqual(expected);
  });

  it.each<[string, string]>([
    // Known from the text: refused before running, as Neo4j does; known only at run time: there.
    ['toUpper(1)', 'InvalidArgumentType'],
    ["toUpper(head([1, 'a']))", 'InvalidArgumentValue'],
    ['range(1, 5, 0)', 'NumberOutOfRange'],
    ["range(1, 'x')", 'InvalidArgumentType'],
    ['toInteger([1])', 'InvalidArgumentValue'],
    ["substring('abc', -1)", 'NumberOutOfRange'],
  ])('%s raises %s', (expr, detail) => {
    try {
      value(expr);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CypherError);
      expect((e as CypherError).detail).toBe(detail);
    }
  });

  it('rejects an unknown function at compile time', () => {
    expect(() => value('nosuchfunction(1)')).toThrowError(/nosuchfunction/i);
  });
});

describe('aggregation functions', () => {
  const agg = (expr: string, list: string): CypherValue => engine.run(`UNWIND ${list} AS x RETURN ${expr} AS v`).rows[0]![0]!;

  it.each<[string, string, CypherValue]>([
    ['count(x)', '[1, null, 2]', 2n],
    ['count(*)', '[1, null, 2]', 3n],
    ['count(DISTINCT x)', '[1, 1, 2, null]', 2n],
    ['sum(x)', '[1, 2, 3]', 6n],
    ['sum(x)', '[1, 2.5]', 3.5],
    ['sum(x)', '[]', 0n],
    ['avg(x)', '[1, 2]', 1.5],
    ['avg(x)', '[]', null],
    ['min(x)', "[3, 1, 'a']", 'a'],
    ['max(x)', '[3, 1, 2.5]', 3n],
    ['collect(x)', '[1, null, 2]', [1n, 2n]],
    ['collect(DISTINCT x)', '[1, 1.0, 2]', [1n, 2n]],
    ['stDev(x)', '[2, 4, 4, 4, 5, 5, 7, 9]', 2.138089935299395],
    ['stDevP(x)', '[2, 4, 4, 4, 5, 5, 7, 9]', 2.0],
    ['percentileCont(x, 0.5)', '[1, 2, 3, 4]', 2.5],
    ['percentileDisc(x, 0.5)', '[1, 2, 3, 4]', 2n],
  ])('%s over %s = %s', (expr, list, expected) => {
    expect(agg(expr, list)).toEqual(expected);
  });

  it('raises NumberOutOfRange for a percentile outside 0..1', () => {
    expect(() => agg('percentileCont(x, 1.5)', '[1]')).toThrowError(CypherError);
  });
});

describe('aggregating durations', () => {
  it('sums and averages durations as durations', () => {
    const [[sum, avg]] = engine.run("UNWIND [duration('P1D'), duration('PT12H')] AS d RETURN sum(d), avg(d)").rows as [[object, object]];
    expect(String(sum)).toBe('P1DT12H');
    expect(String(avg)).toBe('PT18H');
  });
});

describe('round', () => {
  it.each<[string, number]>([
    ['round(2.675, 2)', 2.68],
    ['round(1.005, 2)', 1.01],
    ['round(-1.55, 1)', -1.6],
    ["round(2.5, 0, 'HALF_EVEN')", 2],
    ["round(2.45, 1, 'DOWN')", 2.4],
  ])('%s = %s, rounding the decimal value as written', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});
