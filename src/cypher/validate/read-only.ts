// The read-only rule, shared by the embedded engine and the Neo4j runner: a query with an
// updating clause is refused before it runs, at the line and column of that clause.

import type { Clause, Query } from '../ast/ast.js';
import { compileError } from '../errors.js';
import { firstUpdatingClause } from '../ast/updating.js';

const KEYWORDS: Record<string, string> = { Create: 'CREATE', Merge: 'MERGE', Set: 'SET', Remove: 'REMOVE', Delete: 'DELETE', Foreach: 'FOREACH' };

/**
 * Throw CypherError SemanticError/ReadOnly (code E_CYPHER_READ_ONLY) at the first updating
 * clause of `ast`, if it has one. The message says what is refused; how to allow it is the
 * caller's word (`--write` on the command line, an option in the API).
 *
 * @example checkReadOnly(parse('MATCH (n) SET n.x = 1'), 'MATCH (n) SET n.x = 1') // throws at 1:11
 */
export function checkReadOnly(ast: Query, source?: string): void {
  const clause = firstUpdatingClause(ast);
  if (clause === undefined) return;
  throw compileError(source, clause.loc, 'ReadOnly', `The graph is open read-only and the query has an updating clause (${keyword(clause)})`, 'SemanticError');
}

function keyword(clause: Clause): string {
  if (clause.kind === 'Delete' && clause.detach) return 'DETACH DELETE';
  return KEYWORDS[clause.kind] ?? clause.kind;
}
