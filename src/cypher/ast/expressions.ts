// Questions about expressions that validate, the planner and the executor all ask of the AST:
// function names, aggregates, structural equality, projection column names.

import type { AstNode, Expression, FunctionCall, ProjectionItem } from './ast.js';
import { childrenOf } from './visitor.js';

/** Lower-case names of the aggregating functions (count(*) is the CountStar node). */
const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'collect', 'stdev', 'stdevp', 'percentilecont', 'percentiledisc']);

/** Whether a lower-case qualified function name is an aggregating function. */
export function isAggregateFunction(name: string): boolean {
  return AGGREGATES.has(name);
}

/** The qualified lower-case name of a function call, e.g. 'date.truncate'. */
export function functionName(call: FunctionCall): string {
  return [...call.namespace, call.name].join('.').toLowerCase();
}

/** True for `count(*)` and calls of aggregating functions. */
export function isAggregate(expression: Expression): boolean {
  return expression.kind === 'CountStar' || (expression.kind === 'FunctionCall' && AGGREGATES.has(functionName(expression)));
}

/** True when `expression` contains an aggregate outside any nested subquery. */
export function containsAggregate(expression: AstNode): boolean {
  if ((expression.kind === 'CountStar' || expression.kind === 'FunctionCall') && isAggregate(expression)) return true;
  if (expression.kind === 'ExistsSubquery' || expression.kind === 'CountSubquery' || expression.kind === 'CollectSubquery') {
    return false;
  }
  return childrenOf(expression).some(containsAggregate);
}

/** Structural equality of two expressions, ignoring locations. */
export function sameExpression(a: AstNode, b: AstNode): boolean {
  return fingerprint(a) === fingerprint(b);
}

function fingerprint(node: AstNode): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'loc' || key === 'text' ? undefined : typeof value === 'bigint' ? `${value}n` : value));
}

/** The column name of a projection item: its alias, the variable's name, or the text as written. */
export function columnName(item: ProjectionItem): string {
  if (item.alias) return item.alias.name;
  if (item.expression.kind === 'Variable') return item.expression.name;
  return item.text;
}
