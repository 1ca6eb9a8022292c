// `CALL { … }` without a scope clause sees the outer variables only through an importing WITH:
// a first WITH that names outer variables (or `*`), nothing else. Neo4j 5 refuses an importing
// WITH that aliases, computes, filters, orders, skips, limits or is DISTINCT, and gives a query
// without one no outer variable at all.

import type { Expression, SingleQuery } from '../../ast/ast.js';
import { childrenOf } from '../../ast/visitor.js';
import type { RuleContext } from './rule-context.js';

const MESSAGE = 'Importing WITH should consist only of simple references to outside variables.';

/** Whether the single query starts with a WITH that imports from `outer` (checked as Neo4j checks it). */
export function importsOuterVariables(rules: RuleContext, query: SingleQuery, outer: ReadonlySet<string>): boolean {
  const first = query.clauses[0];
  if (first?.kind !== 'With') return false;
  if (first.star) return true;
  if (!first.items.some((item) => readsAny(item.expression, outer))) return false;
  const simple = first.items.every((item) => item.expression.kind === 'Variable' && (item.alias === null || item.alias.name === item.expression.name));
  if (!simple) throw rules.error(first, 'InvalidClauseComposition', `${MESSAGE} Aliasing or expressions are not supported.`);
  const extra = first.distinct ? 'DISTINCT' : first.orderBy ? 'ORDER BY' : first.skip ? 'SKIP' : first.limit ? 'LIMIT' : first.where ? 'WHERE' : null;
  if (extra) throw rules.error(first, 'InvalidClauseComposition', `${MESSAGE} ${extra} is not allowed.`);
  return true;
}

function readsAny(e: Expression, names: ReadonlySet<string>): boolean {
  if (e.kind === 'Variable') return names.has(e.name);
  return childrenOf(e).some((child) => 'kind' in child && readsAny(child as Expression, names));
}
