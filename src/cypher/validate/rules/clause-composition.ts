// Where clauses may stand in a single query: RETURN and FINISH last only, no updating clause or
// procedure call inside EXISTS / COLLECT, and a query (other than an EXISTS body) ending with
// RETURN, FINISH, an update, a procedure call or a CALL subquery.

import type { Clause } from '../../ast/ast.js';
import { UPDATING_CLAUSES } from '../../ast/updating.js';
import type { RuleContext } from './rule-context.js';

/** The kind of query a clause list is the body of. */
export type QueryMode = 'top' | 'exists' | 'collect' | 'call';

/** The clause at `index` of `count` clauses, in a query of `mode`. */
export function checkClausePosition(rules: RuleContext, clause: Clause, index: number, count: number, mode: QueryMode): void {
  if ((clause.kind === 'Return' || clause.kind === 'Finish') && index !== count - 1) {
    throw rules.error(clause, 'InvalidClauseComposition', `${clause.kind.toUpperCase()} can only be used at the end of the query`);
  }
  if ((mode === 'exists' || mode === 'collect') && (UPDATING_CLAUSES.has(clause.kind) || clause.kind === 'CallProcedure')) {
    throw rules.error(clause, 'InvalidClauseComposition', 'An expression subquery cannot contain updating clauses');
  }
}

/** The last clause of a query of `mode`. */
export function checkQueryEnd(rules: RuleContext, last: Clause, mode: QueryMode): void {
  const endsWell =
    last.kind === 'Return' || last.kind === 'Finish' || UPDATING_CLAUSES.has(last.kind) || last.kind === 'CallProcedure' || last.kind === 'CallSubquery';
  if (mode !== 'exists' && !endsWell) {
    throw rules.error(
      last,
      'InvalidClauseComposition',
      `Query cannot conclude with ${last.kind.toUpperCase()} (must be a RETURN clause, an update clause or a procedure call)`,
    );
  }
}
