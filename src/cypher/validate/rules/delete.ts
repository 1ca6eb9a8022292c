// DELETE takes nodes, relationships or paths (or lists of them), never a label expression.

import type { Expression } from '../../ast/ast.js';
import { ANY, describeType, mayBe, type StaticType } from '../static-type.js';
import type { RuleContext } from './rule-context.js';

/** Before typing: `DELETE n:Label` is refused as written. */
export function checkDeleteForm(rules: RuleContext, expression: Expression): void {
  if (expression.kind === 'LabelPredicate') {
    throw rules.error(expression, 'InvalidDelete', 'DELETE takes nodes, relationships or paths, not label expressions');
  }
}

/** After typing: the value may be a node, relationship or path, or a list of them. */
export function checkDeleteType(rules: RuleContext, expression: Expression, type: StaticType): void {
  const deletable = (t: StaticType): boolean => mayBe(t, 'Node', 'Relationship', 'Path');
  if (!(deletable(type) || (type.kind === 'List' && deletable(type.element ?? ANY)))) {
    throw rules.error(expression, 'InvalidArgumentType', `DELETE expected a node, relationship or path but got ${describeType(type)}`);
  }
}
