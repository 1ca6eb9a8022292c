// Specification of the value conversions at the engine's edges: JSON in (integral numbers are
// INTEGER), JSON out, the stored form in the graph (1.0 stays a FLOAT), and float printing.

import { describe, expect, it } from 'vitest';
import { fromJson, toJson } from '../../../src/cypher/runtime/json.js';
import { fromStored, toStored } from '../../../src/cypher/runtime/stored.js';
import { formatFloat } from '../../../src/cypher/runtime/format-float.js';
import { Node, Path, Relationship, type CypherValue } from '../../../src/cypher/values.js';

describe('fromJson', () => {
  it.each<[unknown, CypherValue]>([
    [1, 1n],
    [1.5, 1.5],
    ['x', 'x'],
    [
      [1, 2.5, null],
      [1n, 2.5, null],
    ],
    [{ a: { b: 2 } }, { a: { b: 2n } }],
  ])('turns %s into Cypher values', (json, expected) => {
    expect(fromJson(json)).toEqual(expected);
  });
});

describe('toJson', () => {
  it('writes nodes, relationships and paths without ids', () => {
    const a = new Node('a', ['Person'], { name: 'Ann' });
    const b = new Node('b', ['Body'], {});
    const r = new Relationship('r', 'AFFILIATED_WITH', 'a', 'b', { since: 2020n });
    expect(toJson(new Path([a, b], [r]))).toEqual([
      { labels: ['Person'], properties: { name: 'Ann' } },
      { type: 'AFFILIATED_WITH', properties: { since: 2020 } },
      { labels: ['Body'], properties: {} },
    ]);
  });

  it('keeps integers beyond 2^53 exact as strings', () => {
    expect(toJson(9007199254740993n)).toBe('9007199254740993');
    expect(toJson(42n)).toBe(42);
  });
});

describe('stored values', () => {
  it.each<[CypherValue]>([[1n], [1.0], [2.5], [-0.0], ['s'], [true], [[1n, 2n]], [[1.0, 2.5]], [9007199254740993n]])('round-trips %s with its type', (v) => {
    const back = fromStored(toStored(v));
    expect(back).toEqual(v);
    expect(typeof back).toBe(typeof v);
  });

  it('reads pipeline JSON numbers: integral as INTEGER, others as FLOAT', () => {
    expect(fromStored(3)).toBe(3n);
    expect(fromStored(0.25)).toBe(0.25);
  });
});

describe('formatFloat', () => {
  it.each<[number, string]>([
    [1, '1.0'],
    [0.1, '0.1'],
    [1e20, '1.0E20'],
    [1.5e-7, '1.5E-7'],
    [-2.5, '-2.5'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
  ])('prints %s as %s', (v, s) => {
    expect(formatFloat(v)).toBe(s);
  });
});
