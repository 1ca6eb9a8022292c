// Specification of comparison operators (null when incomparable, false with NaN) and of the
// total ORDER BY order across types.

import { describe, expect, it } from 'vitest';
import { compareOp, orderCompare } from '../../../src/cypher/runtime/comparison.js';
import { Node, Path, Relationship, type CypherValue } from '../../../src/cypher/values.js';

describe('compareOp', () => {
  it.each<[string, '<' | '<=' | '>' | '>=', CypherValue, CypherValue, boolean | null]>([
    ['integers', '<', 1n, 2n, true],
    ['integer and float', '<', 1n, 1.5, true],
    ['integer equal to float', '<=', 2n, 2.0, true],
    ['huge integer and float', '>', 9007199254740993n, 9007199254740992, true],
    ['strings', '<', 'a', 'b', true],
    ['booleans', '<', false, true, true],
    ['lists lexicographically', '<', [1n, 2n], [1n, 3n], true],
    ['a shorter list prefix', '<', [1n], [1n, 0n], true],
    ['a number and a string', '<', 1n, 'a', null],
    ['null', '>=', null, 1n, null],
    ['NaN', '<', NaN, 1n, false],
    ['NaN with >=', '>=', NaN, NaN, false],
    // Maps compare as Neo4j 5.26 compares them (openCypher leaves them incomparable; no TCK case):
    // fewer keys first, then the sorted keys, then the values, null where those are incomparable.
    ['equal maps', '<', {}, {}, false],
    ['maps by size', '<', { b: 2n }, { a: 1n, c: 1n }, true],
    ['maps by key', '>', { b: 1n }, { a: 9n }, true],
    ['maps by value', '<', { a: 1n, b: 'x' }, { a: 2n, b: 1n }, true],
    ['maps with incomparable values', '<', { a: 1n }, { a: 'x' }, null],
    ['maps with a null value', '<', { a: null }, { a: 1n }, null],
  ])('%s', (_name, op, a, b, expected) => {
    expect(compareOp(op, a, b)).toBe(expected);
  });
});

describe('orderCompare', () => {
  it('sorts mixed values in Cypher order: map, node, relationship, list, path, string, boolean, number, null', () => {
    const node = new Node('1', [], {});
    const rel = new Relationship('r', 'T', '1', '1', {});
    const path = new Path([node], []);
    const values: CypherValue[] = [null, 2n, true, 'b', path, [1n], rel, node, { a: 1n }, NaN, 1.5, 'a', false];
    const sorted = [...values].sort(orderCompare);
    expect(sorted).toEqual([{ a: 1n }, node, rel, [1n], path, 'a', 'b', false, true, 1.5, 2n, NaN, null]);
  });

  it('orders integers and floats together by value', () => {
    expect([3n, 2.5, -1n, Infinity, -Infinity].sort(orderCompare)).toEqual([-Infinity, -1n, 2.5, 3n, Infinity]);
  });
});
