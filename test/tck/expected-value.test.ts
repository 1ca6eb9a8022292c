// The TCK value notation (result and parameter tables) and how actual CypherValues are matched
// against it: integer vs float, NaN, strings with escapes, temporal values as strings, graph
// elements by labels/type and properties, paths by direction, lists with and without order.

import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadScenarios } from './lib/discover.js';
import { parseExpected, expectedToCypher, ExpectedValueSyntaxError } from './lib/expected-value.js';
import { canonicalActual, canonicalExpected } from './lib/canonical.js';
import { Node, Path, Relationship, TemporalValue, type CypherValue, type TemporalKind } from '../../src/cypher/values.js';

class FakeDate extends TemporalValue {
  readonly kind: TemporalKind = 'Date';
  constructor(private readonly text: string) {
    super();
  }
  override toString(): string {
    return this.text;
  }
}

describe('parseExpected', () => {
  it.each<[string, unknown]>([
    ['null', { kind: 'null' }],
    ['true', { kind: 'boolean', value: true }],
    ['-42', { kind: 'integer', value: -42n }],
    ['9223372036854775807', { kind: 'integer', value: 9223372036854775807n }],
    ['1.0', { kind: 'float', value: 1 }],
    ['-.5', { kind: 'float', value: -0.5 }],
    ['1e-305', { kind: 'float', value: 1e-305 }],
    ['1.2635418652381264e305', { kind: 'float', value: 1.2635418652381264e305 }],
    ['-Inf', { kind: 'float', value: -Infinity }],
    ["'it\\'s'", { kind: 'string', value: "it's" }],
    ["'a\\\\b'", { kind: 'string', value: 'a\\b' }],
    ["''", { kind: 'string', value: '' }],
    ['[]', { kind: 'list', items: [] }],
    [
      "[1, 'a', [null]]",
      {
        kind: 'list',
        items: [
          { kind: 'integer', value: 1n },
          { kind: 'string', value: 'a' },
          { kind: 'list', items: [{ kind: 'null' }] },
        ],
      },
    ],
    ['{}', { kind: 'map', entries: {} }],
    ['{a1B2c3e67: 1}', { kind: 'map', entries: { a1B2c3e67: { kind: 'integer', value: 1n } } }],
    ['()', { kind: 'node', labels: [], properties: {} }],
    ["(:A:B {name: 'x'})", { kind: 'node', labels: ['A', 'B'], properties: { name: { kind: 'string', value: 'x' } } }],
    ['[:T]', { kind: 'relationship', type: 'T', properties: {} }],
    ['[:T {w: 1.5}]', { kind: 'relationship', type: 'T', properties: { w: { kind: 'float', value: 1.5 } } }],
  ])('reads %s', (cell, value) => {
    expect(parseExpected(cell)).toEqual(value);
  });

  it('reads NaN as a float', () => {
    const v = parseExpected('NaN');
    expect(v.kind === 'float' && Number.isNaN(v.value)).toBe(true);
  });

  it('reads a path with both directions', () => {
    expect(parseExpected('<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>')).toEqual({
      kind: 'path',
      start: { kind: 'node', labels: ['A'], properties: {} },
      steps: [
        { forward: true, relationship: { kind: 'relationship', type: 'T', properties: {} }, node: { kind: 'node', labels: ['B'], properties: {} } },
        {
          forward: false,
          relationship: { kind: 'relationship', type: 'U', properties: { k: { kind: 'integer', value: 1n } } },
          node: { kind: 'node', labels: [], properties: {} },
        },
      ],
    });
  });

  it.each(['[1, 2', "'open", '(:A', '1 2', 'nothing', '<()-[:T]-()>'])('rejects %s', (cell) => {
    expect(() => parseExpected(cell)).toThrow(ExpectedValueSyntaxError);
  });

  it('gives parameter values as CypherValues (integers as bigint)', () => {
    expect(expectedToCypher(parseExpected("{a: [1, 2.5, 'x', null, true]}"))).toEqual({ a: [1n, 2.5, 'x', null, true] });
  });
});

const a = new Node('1', ['A'], { name: 'a' });
const b = new Node('2', ['B', 'C'], {});
const t = new Relationship('r1', 'T', '1', '2', { w: 1n });

describe('matching actual values against expected cells', () => {
  it.each<[string, CypherValue, string, boolean]>([
    ['integer = integer', 1n, '1', true],
    ['integer is not float', 1n, '1.0', false],
    ['float is not integer', 1, '1', false],
    ['float = float', 0.1 + 0.2, '0.30000000000000004', true],
    ['float off by one ulp', 0.3, '0.30000000000000004', false],
    ['NaN = NaN', Number.NaN, 'NaN', true],
    ['-0.0 = 0.0', -0, '0.0', true],
    ['Infinity', Infinity, 'Inf', true],
    ['string', "it's", "'it\\'s'", true],
    ['string is not integer', '1', '1', false],
    ['temporal as its string', new FakeDate('1984-10-11'), "'1984-10-11'", true],
    ['temporal with another string', new FakeDate('1984-10-12'), "'1984-10-11'", false],
    ['list in order', [1n, 2n], '[1, 2]', true],
    ['list out of order', [2n, 1n], '[1, 2]', false],
    ['map regardless of key order', { b: 2n, a: 1n }, '{a: 1, b: 2}', true],
    ['map with a missing key', { a: 1n }, '{a: 1, b: 2}', false],
    ['map null value is a value', { a: null }, '{a: null}', true],
    ['node with labels in any order', b, '(:C:B)', true],
    ['node with a missing label', b, '(:B)', false],
    ['node with properties', a, "(:A {name: 'a'})", true],
    ['node with a wrong property', a, "(:A {name: 'b'})", false],
    ['relationship', t, '[:T {w: 1}]', true],
    ['relationship of another type', t, '[:U {w: 1}]', false],
    ['path forwards', new Path([a, b], [t]), "<(:A {name: 'a'})-[:T {w: 1}]->(:B:C)>", true],
    ['path read backwards', new Path([b, a], [t]), "<(:B:C)<-[:T {w: 1}]-(:A {name: 'a'})>", true],
    ['path with the wrong direction', new Path([a, b], [t]), "<(:A {name: 'a'})<-[:T {w: 1}]-(:B:C)>", false],
    ['zero-length path', new Path([a], []), "<(:A {name: 'a'})>", true],
    ['null', null, 'null', true],
  ])('%s', (_name, actual, cell, matches) => {
    expect(canonicalActual(actual) === canonicalExpected(parseExpected(cell))).toBe(matches);
  });

  it.each<[CypherValue, string, boolean]>([
    [['Bar', 'Foo'], "['Foo', 'Bar']", true],
    [[[2n, 1n], 3n], '[3, [1, 2]]', true],
    [['Foo', 'Foo'], "['Foo', 'Bar']", false],
  ])('ignoring element order for lists: case %#, expected %s', (actual, cell, matches) => {
    const options = { unorderedLists: true };
    expect(canonicalActual(actual, options) === canonicalExpected(parseExpected(cell), options)).toBe(matches);
  });
});

const TCK = resolve(process.env.TCK_DIR ?? join(import.meta.dirname, '../../../shared/tck'));

describe.skipIf(!existsSync(TCK))('the values in the TCK tables', () => {
  it('all read: result rows, parameter values and procedure rows', () => {
    const unreadable: string[] = [];
    let cells = 0;
    for (const { feature, scenario } of loadScenarios(TCK)) {
      for (const step of scenario.steps) {
        if (step.argument?.kind !== 'dataTable' || /side effects/.test(step.text)) continue;
        const rows = /^parameters/.test(step.text) ? step.argument.rows.map((r) => r.slice(1)) : step.argument.rows.slice(1);
        for (const cell of rows.flat()) {
          cells++;
          try {
            parseExpected(cell);
          } catch {
            unreadable.push(`${feature}:${step.line} ${cell}`);
          }
        }
      }
    }
    expect(unreadable).toEqual([]);
    expect(cells).toBeGreaterThan(5000);
  });
});
