// Which clauses change the graph, and whether a query contains one anywhere (subqueries too).
// Read by validate (clause rules), the planner (read-only engines) and the executor (eager CALLs).

import type { Clause } from './ast.js';

/** The kinds of the clauses that write to the graph. */
export const UPDATING_CLAUSES: ReadonlySet<string> = new Set<Clause['kind']>(['Create', 'Merge', 'Set', 'Remove', 'Delete', 'Foreach']);

/** Whether an object of the AST is an updating clause. */
function isUpdatingClause(node: object): node is Clause {
  return 'kind' in node && typeof node.kind === 'string' && UPDATING_CLAUSES.has(node.kind);
}

/** True when an AST node holds an updating clause anywhere below it (subqueries included). */
export function isUpdating(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(isUpdating);
  if (isUpdatingClause(node)) return true;
  for (const [k, v] of Object.entries(node)) if (k !== 'loc' && isUpdating(v)) return true;
  return false;
}

/** The updating clause that comes first in the text, if any (subqueries included). */
export function firstUpdatingClause(node: unknown): Clause | undefined {
  let first: Clause | undefined;
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (isUpdatingClause(n) && (first === undefined || n.loc.start < first.loc.start)) first = n;
    for (const [k, v] of Object.entries(n)) if (k !== 'loc') visit(v);
  };
  visit(node);
  return first;
}
