// SKIP and LIMIT: a constant, non-negative INTEGER (no variable, no float, no other literal).

import type { AstNode, Expression } from '../../ast/ast.js';
import { childrenOf } from '../../ast/visitor.js';
import { describeType, mayBe } from '../static-type.js';
import type { RuleContext } from './rule-context.js';

export function checkSkipLimit(rules: RuleContext, expression: Expression, keyword: 'SKIP' | 'LIMIT'): void {
  if (containsVariable(expression)) {
    throw rules.error(expression, 'NonConstantExpression', `${keyword} cannot refer to variables: it must be a constant`);
  }
  const type = rules.constantType(expression);
  if (!mayBe(type, 'Integer')) {
    throw rules.error(expression, 'InvalidArgumentType', `${keyword} must be an integer but was ${describeType(type)}`);
  }
  // `-(2)` parses as a negation, not as the literal -2; it is just as constant.
  const negatedInteger =
    expression.kind === 'Unary' && expression.operator === '-' && expression.operand.kind === 'IntegerLiteral' && expression.operand.value > 0n;
  if ((expression.kind === 'IntegerLiteral' && expression.value < 0n) || negatedInteger) {
    throw rules.error(expression, 'NegativeIntegerArgument', `${keyword} must be a non-negative integer`);
  }
  if (expression.kind === 'FloatLiteral' || (expression.kind !== 'IntegerLiteral' && isLiteral(expression))) {
    throw rules.error(expression, 'InvalidArgumentType', `${keyword} must be an integer`);
  }
}

function isLiteral(e: Expression): boolean {
  return ['StringLiteral', 'BooleanLiteral', 'ListLiteral', 'MapLiteral'].includes(e.kind);
}

function containsVariable(node: AstNode): boolean {
  return node.kind === 'Variable' || childrenOf(node).some(containsVariable);
}
