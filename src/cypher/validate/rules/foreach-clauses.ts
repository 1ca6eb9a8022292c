// FOREACH runs updating clauses only (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH): Neo4j 5
// refuses any other clause inside it at compile time.

import type { Clause } from '../../ast/ast.js';
import type { RuleContext } from './rule-context.js';

const KEYWORD: Partial<Record<Clause['kind'], string>> = {
  Match: 'MATCH',
  With: 'WITH',
  Return: 'RETURN',
  Unwind: 'UNWIND',
  CallProcedure: 'CALL',
  CallSubquery: 'CALL',
  Finish: 'FINISH',
};

export function checkForeachClause(rules: RuleContext, clause: Clause): void {
  const keyword = KEYWORD[clause.kind];
  if (keyword) throw rules.error(clause, 'InvalidClauseComposition', `Invalid use of ${keyword} inside FOREACH`);
}
