// In an aggregating projection, the parts of an item outside aggregates may only use grouping
// keys that are variables or property accesses (`me.age + count(*)` needs `me` or `me.age`
// projected); names bound inside the item (comprehensions, reduce) and `aliases` are allowed.

import type { AstNode, Expression } from '../../ast/ast.js';
import { isAggregate, sameExpression } from '../../ast/expressions.js';
import { childrenOf } from '../../ast/visitor.js';
import type { RuleContext } from './rule-context.js';

export function checkImplicitGrouping(rules: RuleContext, expression: Expression, groupingKeys: Expression[], aliases: ReadonlySet<string>): void {
  const usable = groupingKeys.filter((k) => k.kind === 'Variable' || k.kind === 'PropertyAccess');
  const walk = (node: AstNode, locals: ReadonlySet<string>): void => {
    if ((node.kind === 'FunctionCall' || node.kind === 'CountStar') && isAggregate(node)) return;
    if (usable.some((key) => sameExpression(key, node))) return;
    if (node.kind === 'Variable') {
      if (!locals.has(node.name) && !aliases.has(node.name)) {
        throw rules.error(
          expression,
          'AmbiguousAggregationExpression',
          `Expression mixes aggregation with \`${node.name}\`, which is not a grouping key of this projection`,
        );
      }
      return;
    }
    if (node.kind === 'ExistsSubquery' || node.kind === 'CountSubquery' || node.kind === 'CollectSubquery') return;
    let inner = locals;
    if (node.kind === 'ListComprehension' || node.kind === 'Quantifier') inner = new Set([...locals, node.variable.name]);
    if (node.kind === 'Reduce') inner = new Set([...locals, node.variable.name, node.accumulator.name]);
    for (const child of childrenOf(node)) walk(child, inner);
  };
  walk(expression, new Set());
}
