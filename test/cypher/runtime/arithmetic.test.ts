// Specification of arithmetic: 64-bit INTEGER with overflow errors, FLOAT with IEEE rules,
// mixing, division by zero, string and list concatenation.

import { describe, expect, it } from 'vitest';
import { arithmetic, negate, type ArithmeticOp } from '../../../src/cypher/runtime/arithmetic.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { CypherError } from '../../../src/errors.js';

describe('arithmetic', () => {
  it.each<[ArithmeticOp, CypherValue, CypherValue, CypherValue]>([
    ['+', 1n, 2n, 3n],
    ['+', 1n, 0.5, 1.5],
    ['-', 1n, 3n, -2n],
    ['*', 3n, 2.0, 6.0],
    ['/', 7n, 2n, 3n],
    ['/', -7n, 2n, -3n],
    ['/', 7n, 2.0, 3.5],
    ['/', 1.0, 0.0, Infinity],
    ['%', 7n, 3n, 1n],
    ['%', -7n, 3n, -1n],
    ['%', 7.5, 2n, 1.5],
    ['^', 2n, 3n, 8.0],
    ['+', 'a', 'b', 'ab'],
    ['+', 'a', 1n, 'a1'],
    ['+', 1.0, 'a', '1.0a'],
    ['+', [1n], [2n], [1n, 2n]],
    ['+', [1n], 2n, [1n, 2n]],
    ['+', 0n, [1n], [0n, 1n]],
    ['+', null, 1n, null],
    ['*', 2n, null, null],
  ])('%s: %s and %s', (op, a, b, expected) => {
    expect(arithmetic(op, a, b)).toEqual(expected);
  });

  it('gives NaN for 0.0 / 0.0, and fails for a FLOAT or null divided by an INTEGER zero, as Neo4j does at run time', () => {
    expect(Number.isNaN(arithmetic('/', 0.0, 0.0) as number)).toBe(true);
    expect(() => arithmetic('/', 0.0, 0n)).toThrow('/ by zero');
    expect(() => arithmetic('/', null, 0n)).toThrow('/ by zero');
    expect(arithmetic('%', null, 0n)).toBeNull();
  });

  it.each<[ArithmeticOp, CypherValue, CypherValue, string]>([
    ['+', 9223372036854775807n, 1n, 'IntegerOverflow'],
    ['*', 4611686018427387904n, 2n, 'IntegerOverflow'],
    ['-', -9223372036854775808n, 1n, 'IntegerOverflow'],
    ['/', 1n, 0n, 'DivisionByZero'],
    ['%', 1n, 0n, 'DivisionByZero'],
    ['+', true, 1n, 'InvalidArgumentType'],
    ['-', 'a', 1n, 'InvalidArgumentType'],
  ])('raises for %s on %s and %s', (op, a, b, detail) => {
    expect(() => arithmetic(op, a, b)).toThrowError(CypherError);
    try {
      arithmetic(op, a, b);
    } catch (e) {
      expect((e as CypherError).detail).toBe(detail);
      expect((e as CypherError).phase).toBe('runtime');
    }
  });

  it('negates, failing on the one integer that has no negative', () => {
    expect(negate(5n)).toBe(-5n);
    expect(negate(-0.5)).toBe(0.5);
    expect(() => negate(-9223372036854775808n)).toThrowError(CypherError);
  });
});
