// Property: for any expression AST the parser can produce, printing it and parsing the text gives
// the same AST back. Generated trees exercise precedence, escaping and name quoting together.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { print } from '../../../src/cypher/ast/index.js';
import type { BinaryOperator, ComparisonOperator, Expression, LabelExpression, Loc } from '../../../src/cypher/ast/index.js';
import { parseExpression } from '../../../src/cypher/parser/index.js';

const loc: Loc = { start: 0, end: 0, line: 1, column: 1 };

const shape = (node: unknown): string =>
  JSON.stringify(node, (key, value: unknown) => (key === 'loc' || key === 'text' ? undefined : typeof value === 'bigint' ? `${value}n` : value));

// Names: plain, keyword-like (must be backticked as variables), and odd ones with spaces or backticks.
const name = fc.oneof(
  fc.constantFrom('n', 'x', 'name', 'count', 'match', 'end', 'all', 'null', 'Where', 'café'),
  fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/),
  fc.constantFrom('odd name', 'back`tick', '1st', ''),
);
const variable = name.map((n) => ({ kind: 'Variable' as const, name: n, loc }));

const leaf: fc.Arbitrary<Expression> = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((value) => ({ kind: 'IntegerLiteral' as const, value, loc })),
  fc
    .double({ min: 0 })
    .filter((v) => !Object.is(v, -0))
    .map((value) => ({ kind: 'FloatLiteral' as const, value, loc })),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }).map((value) => ({ kind: 'StringLiteral' as const, value, loc })),
  fc.string({ unit: 'grapheme', maxLength: 4 }).map((value) => ({ kind: 'StringLiteral' as const, value, loc })),
  fc.boolean().map((value) => ({ kind: 'BooleanLiteral' as const, value, loc })),
  fc.constant({ kind: 'NullLiteral' as const, loc }),
  name.map((n) => ({ kind: 'Parameter' as const, name: n, loc })),
  variable,
  fc.constant({ kind: 'CountStar' as const, loc }),
);

const labelExpression: fc.Arbitrary<LabelExpression> = fc
  .letrec<{ label: LabelExpression }>((tie) => ({
    label: fc.oneof(
      { depthSize: 'small' },
      name.map((n) => ({ kind: 'LabelName' as const, name: n, loc })),
      fc.constant({ kind: 'LabelWildcard' as const, loc }),
      tie('label').map((operand) => ({ kind: 'LabelNot' as const, operand, loc })),
      fc.array(tie('label'), { minLength: 2, maxLength: 3 }).map((operands) => ({ kind: 'LabelAnd' as const, operands, loc })),
      fc.array(tie('label'), { minLength: 2, maxLength: 3 }).map((operands) => ({ kind: 'LabelOr' as const, operands, loc })),
    ),
  }))
  .label.filter(
    // A bare name or a conjunction of names is read back as the plain `labels` list.
    (l) => l.kind !== 'LabelName' && !(l.kind === 'LabelAnd' && l.operands.every((o) => o.kind === 'LabelName')),
  );

const binaryOperators: BinaryOperator[] = ['OR', 'XOR', 'AND', '+', '-', '*', '/', '%', '^', '=~', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', 'IN'];
const comparisonOperators: ComparisonOperator[] = ['=', '<>', '<', '>', '<=', '>='];

const { expression } = fc.letrec<{ expression: Expression }>((tie) => {
  const sub = tie('expression');
  return {
    expression: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ kind: fc.constant('Binary' as const), operator: fc.constantFrom(...binaryOperators), left: sub, right: sub, loc: fc.constant(loc) }),
      fc.integer({ min: 1, max: 3 }).chain((n) =>
        fc.record({
          kind: fc.constant('Comparison' as const),
          operands: fc.array(sub, { minLength: n + 1, maxLength: n + 1 }),
          operators: fc.array(fc.constantFrom(...comparisonOperators), { minLength: n, maxLength: n }),
          loc: fc.constant(loc),
        }),
      ),
      fc.record({
        kind: fc.constant('Unary' as const),
        operator: fc.constantFrom('NOT' as const, '-' as const, '+' as const),
        operand: sub,
        loc: fc.constant(loc),
      }),
      fc.record({ kind: fc.constant('IsNull' as const), operand: sub, negated: fc.boolean(), loc: fc.constant(loc) }),
      fc.record({ kind: fc.constant('PropertyAccess' as const), object: sub, key: name, loc: fc.constant(loc) }),
      fc.record({ kind: fc.constant('Subscript' as const), object: sub, index: sub, loc: fc.constant(loc) }),
      fc.record({
        kind: fc.constant('Slice' as const),
        object: sub,
        from: fc.option(sub, { nil: null }),
        to: fc.option(sub, { nil: null }),
        loc: fc.constant(loc),
      }),
      fc.record({
        kind: fc.constant('LabelPredicate' as const),
        operand: sub,
        labels: fc.array(name, { minLength: 1, maxLength: 2 }),
        labelExpression: fc.constant(null),
        loc: fc.constant(loc),
      }),
      fc.record({ kind: fc.constant('LabelPredicate' as const), operand: sub, labels: fc.constant<string[]>([]), labelExpression, loc: fc.constant(loc) }),
      fc.record({ kind: fc.constant('ListLiteral' as const), elements: fc.array(sub, { maxLength: 3 }), loc: fc.constant(loc) }),
      fc.record({
        kind: fc.constant('MapLiteral' as const),
        entries: fc.array(fc.record({ kind: fc.constant('MapEntry' as const), key: name, value: sub, loc: fc.constant(loc) }), { maxLength: 3 }),
        loc: fc.constant(loc),
      }),
      fc.record({
        kind: fc.constant('FunctionCall' as const),
        namespace: fc.constantFrom<string[][]>([], ['date'], ['a', 'b']),
        name: fc.constantFrom('f', 'toUpper', 'truncate', 'size'),
        distinct: fc.boolean(),
        arguments: fc.array(sub, { maxLength: 3 }),
        loc: fc.constant(loc),
      }),
      fc.record({
        kind: fc.constant('Case' as const),
        test: fc.option(sub, { nil: null }),
        alternatives: fc.array(fc.record({ kind: fc.constant('CaseAlternative' as const), when: sub, then: sub, loc: fc.constant(loc) }), {
          minLength: 1,
          maxLength: 2,
        }),
        default: fc.option(sub, { nil: null }),
        loc: fc.constant(loc),
      }),
      fc.record({
        kind: fc.constant('ListComprehension' as const),
        variable,
        source: sub,
        where: fc.option(sub, { nil: null }),
        projection: fc.option(sub, { nil: null }),
        loc: fc.constant(loc),
      }),
      fc.record({
        kind: fc.constant('Quantifier' as const),
        quantifier: fc.constantFrom('all' as const, 'any' as const, 'none' as const, 'single' as const),
        variable,
        source: sub,
        where: sub,
        loc: fc.constant(loc),
      }),
      fc.record({ kind: fc.constant('Reduce' as const), accumulator: variable, init: sub, variable, source: sub, expression: sub, loc: fc.constant(loc) }),
      fc.record({
        kind: fc.constant('MapProjection' as const),
        variable,
        items: fc.array(
          fc.oneof(
            name.map((key) => ({ kind: 'PropertySelector' as const, key, loc })),
            fc.constant({ kind: 'AllPropertiesSelector' as const, loc }),
            variable.map((v) => ({ kind: 'VariableSelector' as const, variable: v, loc })),
            fc.record({ kind: fc.constant('LiteralEntry' as const), key: name, value: sub, loc: fc.constant(loc) }),
          ),
          { maxLength: 3 },
        ),
        loc: fc.constant(loc),
      }),
    ),
  };
});

describe('print then parse', () => {
  it('gives back any expression', () => {
    fc.assert(
      fc.property(expression, (e) => {
        const text = print(e);
        expect(shape(parseExpression(text)), text).toBe(shape(e));
      }),
      { numRuns: 2000 },
    );
  });
});
