// Folds arithmetic and comparisons of number literals into one literal before a query runs, as
// Neo4j 5.26's planner does (its `foldConstants` rewriter, run after semantic analysis). The
// folded value can differ from what the same expression gives at run time, and Neo4j answers
// with the folded one: `5.0 / 0` is Infinity (at run time a FLOAT divided by the INTEGER 0 fails),
// `9007199254740993 = 9007199254740992.0` is true (compared as FLOATs; at run time exactly),
// `0 > -0.0` is false (at run time -0.0 orders below 0). Only `=`, `<` and `>` are folded: `<=`,
// `>=` and `<>` of literals run as written. A product with a literal factor is reordered so that
// its literals multiply first (`x * 1e308 * 0.1` is `x * 1e307`, `x * 2 * 0.5` is `x * 1.0`).
// What would fail (an INTEGER overflow, an INTEGER division by zero) is left to fail at run time,
// only if it runs. Pure: an AST in, the same AST out where nothing folds (nodes are shared).

import type * as A from '../ast/ast.js';
import type { AstNode } from '../ast/ast.js';

const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;

type NumberLiteral = A.IntegerLiteral | A.FloatLiteral;

/** The query with every foldable expression folded; the same object when nothing folds. */
export function foldConstants<T extends AstNode>(node: T): T {
  let changed = false;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    let next: unknown = value;
    if (key !== 'loc' && Array.isArray(value)) {
      const items = value.map((item) => (isNode(item) ? foldConstants(item) : item));
      if (items.some((item, i) => item !== value[i])) next = items;
    } else if (key !== 'loc' && isNode(value)) {
      next = foldConstants(value);
    }
    if (next !== value) changed = true;
    copy[key] = next;
  }
  const rebuilt = changed ? (copy as T) : node;
  return isExpression(rebuilt) ? (fold(rebuilt) as AstNode as T) : rebuilt;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && 'kind' in value && typeof value.kind === 'string';
}

function isExpression(node: AstNode): node is A.BinaryExpression | A.UnaryExpression | A.Comparison {
  return node.kind === 'Binary' || node.kind === 'Unary' || node.kind === 'Comparison';
}

function isNumberLiteral(e: A.Expression): e is NumberLiteral {
  return e.kind === 'IntegerLiteral' || e.kind === 'FloatLiteral';
}

/** One expression whose operands are folded already. */
function fold(e: A.BinaryExpression | A.UnaryExpression | A.Comparison): A.Expression {
  switch (e.kind) {
    case 'Unary':
      // `+x` is x; `-` of a literal is its negation (0 - x for a FLOAT: `-(0.0)` is 0.0; a written
      // `-0.0` is a literal of its own, read by the parser).
      if (e.operator === '+') return e.operand;
      if (e.operator === '-' && isNumberLiteral(e.operand)) return arithmetic('-', { kind: 'IntegerLiteral', value: 0n, loc: e.loc }, e.operand, e.loc) ?? e;
      return e;
    case 'Binary':
      return foldBinary(e);
    case 'Comparison':
      return foldComparison(e);
  }
}

function foldBinary(e: A.BinaryExpression): A.Expression {
  const { operator: op, left, right } = e;
  if (op !== '+' && op !== '-' && op !== '*' && op !== '/' && op !== '%' && op !== '^') return e;
  if (isNumberLiteral(left) && isNumberLiteral(right)) return arithmetic(op, left, right, e.loc) ?? e;
  if (op !== '*') return e;
  // A literal factor goes right; two literal factors in a row multiply first.
  if (isNumberLiteral(left)) return foldBinary({ ...e, left: right, right: left });
  if (isNumberLiteral(right) && left.kind === 'Binary' && left.operator === '*') {
    const [inner, literal] = isNumberLiteral(left.right) ? [left.left, left.right] : isNumberLiteral(left.left) ? [left.right, left.left] : [null, null];
    if (inner && literal) {
      const product = arithmetic('*', literal, right, left.loc);
      // Literals whose product overflows stay a product, still first (`0 * MAX * 2` fails).
      if (!product) return { ...e, left: { ...left, left: literal, right }, right: inner };
      return foldBinary({ ...e, left: product, right: inner });
    }
  }
  return e;
}

/** `a op b` of two literals as Neo4j's planner computes it; null where that would fail. */
function arithmetic(op: '+' | '-' | '*' | '/' | '%' | '^', a: NumberLiteral, b: NumberLiteral, loc: A.Loc): NumberLiteral | null {
  if (op !== '^' && a.kind === 'IntegerLiteral' && b.kind === 'IntegerLiteral') {
    const [x, y] = [a.value, b.value];
    let v: bigint;
    if (op === '+') v = x + y;
    else if (op === '-') v = x - y;
    else if (op === '*') v = x * y;
    else if (y === 0n) return null;
    // Java's long division and remainder truncate, and MIN / -1 wraps round to MIN.
    else if (op === '/') v = x === INT_MIN && y === -1n ? INT_MIN : x / y;
    else v = x % y;
    return v < INT_MIN || v > INT_MAX ? null : { kind: 'IntegerLiteral', value: v, loc };
  }
  const [x, y] = [Number(a.value), Number(b.value)];
  const v = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : op === '%' ? x % y : x ** y;
  return { kind: 'FloatLiteral', value: v, loc };
}

/** `=`, `<` and `>` between two number literals, compared as FLOATs unless both are INTEGERs. */
function compare(op: A.ComparisonOperator, a: A.Expression, b: A.Expression): boolean | null {
  if (!isNumberLiteral(a) || !isNumberLiteral(b) || (op !== '=' && op !== '<' && op !== '>')) return null;
  const both = a.kind === 'IntegerLiteral' && b.kind === 'IntegerLiteral';
  const [x, y] = both ? [a.value, b.value] : [Number(a.value), Number(b.value)];
  return op === '=' ? x === y : op === '<' ? x < y : x > y;
}

/**
 * A chain `a < b < c` is Neo4j's `a < b AND b < c`: each pair of literals folded; a chain with a
 * folded pair and a pair that runs becomes that AND.
 */
function foldComparison(e: A.Comparison): A.Expression {
  const pairs = e.operators.map((op, i) => ({ op, folded: compare(op, e.operands[i]!, e.operands[i + 1]!), i }));
  if (pairs.every((p) => p.folded === null)) return e;
  const parts: A.Expression[] = pairs.map(({ op, folded, i }) =>
    folded !== null
      ? { kind: 'BooleanLiteral', value: folded, loc: e.loc }
      : { kind: 'Comparison', operands: [e.operands[i]!, e.operands[i + 1]!], operators: [op], loc: e.loc },
  );
  return parts.reduce((l, r) => ({ kind: 'Binary', operator: 'AND', left: l, right: r, loc: e.loc }));
}
