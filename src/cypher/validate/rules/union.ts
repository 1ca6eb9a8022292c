// UNION: not mixed with UNION ALL, and every part returning the same column names.

import type { SingleQuery, UnionQuery } from '../../ast/ast.js';
import type { RuleContext } from './rule-context.js';

/** UNION and UNION ALL are not mixed in one query. */
export function checkUnionKind(rules: RuleContext, query: UnionQuery): void {
  if (query.all.some((all) => all !== query.all[0])) {
    throw rules.error(query, 'InvalidClauseComposition', 'Invalid combination of UNION and UNION ALL');
  }
}

/** A part of a UNION returns the columns of the parts before it (in any order). */
export function checkUnionColumns(rules: RuleContext, part: SingleQuery, before: readonly string[] | undefined, columns: readonly string[]): void {
  if (before && [...before].sort().join('\u0000') !== [...columns].sort().join('\u0000')) {
    throw rules.error(part, 'DifferentColumnsInUnion', 'All sub queries in an UNION must have the same return column names');
  }
}
