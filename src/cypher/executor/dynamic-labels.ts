// Dynamic labels and types, `:$(expr)`, `:$all(expr)`, `:$any(expr)`: names computed per row
// from a STRING or a LIST<STRING>. In a pattern they are one more label test (all of the names,
// or any of them); CREATE, MERGE, SET and REMOVE write every name. A name must be a valid
// token: not null, not empty, no null byte, as Neo4j requires.

import type * as A from '../ast/ast.js';
import { hasDynamicLabel } from '../ast/patterns.js';
import type { CypherValue } from '../values.js';
import { runtimeError } from '../errors.js';
import { typeName } from '../runtime/kind.js';
import type { ExecContext, Row } from './context.js';
import { compileExpression, labelExpressionMatches } from './expressions.js';
import type { CompileScope } from './scope.js';

/** Whether a node's labels (or a relationship's `[type]`) fit a label expression, in a row. */
export type LabelMatch = (labels: readonly string[], row: Row, ctx: ExecContext) => boolean;

function invalidToken(shown: string): Error {
  return runtimeError('SyntaxError', 'InvalidArgumentValue', `${shown} is not a valid token name. Token names cannot be empty or contain any null-bytes.`);
}

function tokenName(v: CypherValue): string {
  if (v === null) throw invalidToken('Null');
  if (typeof v !== 'string') throw runtimeError('SyntaxError', 'InvalidArgumentType', `Type mismatch: expected String or List<String> but was ${typeName(v)}`);
  if (v === '' || v.includes('\u0000')) throw invalidToken(`'${v}'`);
  return v;
}

/** The names a dynamic label's value gives. */
export function dynamicNames(v: CypherValue): string[] {
  return Array.isArray(v) ? v.map(tokenName) : [tokenName(v)];
}

export function compileLabelMatch(e: A.LabelExpression, scope: CompileScope): LabelMatch {
  if (!hasDynamicLabel(e)) return (labels) => labelExpressionMatches(e, labels);
  switch (e.kind) {
    case 'LabelDynamic': {
      const names = compileExpression(e.expression, scope);
      return e.mode === 'all'
        ? (labels, row, ctx) => dynamicNames(names(row, ctx)).every((n) => labels.includes(n))
        : (labels, row, ctx) => dynamicNames(names(row, ctx)).some((n) => labels.includes(n));
    }
    case 'LabelNot': {
      const inner = compileLabelMatch(e.operand, scope);
      return (labels, row, ctx) => !inner(labels, row, ctx);
    }
    case 'LabelAnd': {
      const parts = e.operands.map((o) => compileLabelMatch(o, scope));
      return (labels, row, ctx) => parts.every((p) => p(labels, row, ctx));
    }
    case 'LabelOr': {
      const parts = e.operands.map((o) => compileLabelMatch(o, scope));
      return (labels, row, ctx) => parts.some((p) => p(labels, row, ctx));
    }
    default:
      return (labels) => labelExpressionMatches(e, labels);
  }
}

/**
 * The labels to write (CREATE, MERGE's create, SET, REMOVE): the names written plus every name
 * of the dynamic ones. A label expression here is a conjunction (validate sees to it).
 */
export function compileLabelsToWrite(
  labels: readonly string[],
  expression: A.LabelExpression | null,
  extra: readonly A.LabelDynamic[],
  scope: CompileScope,
): (row: Row, ctx: ExecContext) => string[] {
  const names = [...labels];
  const dynamic: A.LabelDynamic[] = [...extra];
  const collect = (e: A.LabelExpression): void => {
    if (e.kind === 'LabelName') names.push(e.name);
    else if (e.kind === 'LabelDynamic') dynamic.push(e);
    else if (e.kind === 'LabelAnd') e.operands.forEach(collect);
  };
  if (expression) collect(expression);
  if (dynamic.length === 0) return () => names;
  const computed = dynamic.map((d) => compileExpression(d.expression, scope));
  return (row, ctx) => [...names, ...computed.flatMap((f) => dynamicNames(f(row, ctx)))];
}
