// Specification of Cypher equality: three-valued results, INTEGER/FLOAT equality, containers
// compared element-wise, and the grouping key DISTINCT uses (null and NaN group together).

import { describe, expect, it } from 'vitest';
import { cypherEquals, groupKey } from '../../../src/cypher/runtime/equality.js';
import { Node, type CypherValue } from '../../../src/cypher/values.js';

describe('cypherEquals', () => {
  it.each<[string, CypherValue, CypherValue, boolean | null]>([
    ['equal integers', 1n, 1n, true],
    ['an integer and an equal float', 1n, 1.0, true],
    ['an integer and a different float', 1n, 1.5, false],
    ['a large integer and the float nearest it', 9007199254740993n, 9007199254740992, false],
    ['NaN with itself', NaN, NaN, false],
    ['null with anything', null, 1n, null],
    ['null with null', null, null, null],
    ['a string and a number', '1', 1n, false],
    ['equal lists', [1n, 'a'], [1n, 'a'], true],
    ['lists of different length', [1n], [1n, 2n], false],
    ['lists differing in one element despite a null', [1n, null], [2n, null], false],
    ['lists equal but for a null', [1n, null], [1n, null], null],
    ['maps with the same entries', { a: 1n, b: 'x' }, { b: 'x', a: 1.0 }, true],
    ['maps with different keys', { a: 1n }, { b: 1n }, false],
    ['maps equal but for a null value', { a: null }, { a: null }, null],
    ['a list and a map', [], {}, false],
  ])('%s', (_name, a, b, expected) => {
    expect(cypherEquals(a, b)).toBe(expected);
    expect(cypherEquals(b, a)).toBe(expected);
  });

  it('compares nodes by identity, not by content', () => {
    const a = new Node('1', ['A'], { x: 1 });
    expect(cypherEquals(a, new Node('1', [], {}))).toBe(true);
    expect(cypherEquals(a, new Node('2', ['A'], { x: 1 }))).toBe(false);
  });
});

describe('groupKey', () => {
  it.each<[string, CypherValue, CypherValue]>([
    ['null with null', null, null],
    ['NaN with NaN', NaN, NaN],
    ['1 with 1.0', 1n, 1.0],
    ['lists holding null', [null, 1n], [null, 1n]],
    ['maps in any key order', { a: 1n, b: 2n }, { b: 2n, a: 1n }],
  ])('groups %s', (_name, a, b) => {
    expect(groupKey(a)).toBe(groupKey(b));
  });

  it.each<[string, CypherValue, CypherValue]>([
    ['a string from a number', '1', 1n],
    ['1 from 1.5', 1n, 1.5],
    ['true from 1', true, 1n],
  ])('separates %s', (_name, a, b) => {
    expect(groupKey(a)).not.toBe(groupKey(b));
  });
});
