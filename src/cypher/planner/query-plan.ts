// Plans a whole query: one typed operator per clause (or per pair of clauses the count store
// answers), each MATCH with its pattern plan, each WITH / RETURN with how it handles its rows
// (streamed, the best k kept as they come, all read first, aggregated), CALL { } and FOREACH
// bodies planned inside, and the dead end before which nothing runs. Pure: the AST and, when
// there are any, graph statistics in (without, ASSUMED_STATISTICS); a plan that EXPLAIN prints
// without a graph (plan-description.ts) and the executor interprets.

import type * as A from '../ast/ast.js';
import { columnName, containsAggregate } from '../ast/expressions.js';
import { partVariables } from '../ast/patterns.js';
import { countedLabels, countedRelationships, type CountedLabels, type CountedRelationships } from './count-store.js';
import { deadEnd } from './dead-end.js';
import { foldConstants } from './fold-constants.js';
import { planMatch, type MatchPlan } from './path-selection.js';
import { ASSUMED_STATISTICS, type GraphStatistics } from './statistics.js';

export type QueryPlan = SingleQueryPlan | UnionPlan;

export interface UnionPlan {
  kind: 'union';
  all: boolean;
  parts: SingleQueryPlan[];
}

export interface SingleQueryPlan {
  kind: 'single';
  operators: Operator[];
  /** How many operators at the start are not run: they end at a dead end, which passes on no row. */
  skipped: number;
}

/** One step of a query, in the order they run. `deadEnd`: it passes on no row, so it and what comes before it are not run. */
export type Operator = (
  | { kind: 'match'; clause: A.MatchClause; plan: MatchPlan; bound: ReadonlySet<string> }
  /** `MATCH ()-[r]->() RETURN type(r), count(*)`: one row per type from the type index, weighted by its count. */
  | { kind: 'count-relationships'; clause: A.MatchClause; counted: CountedRelationships }
  /** `MATCH (n) UNWIND labels(n) AS l`: one row per label from the label index (both clauses). */
  | { kind: 'count-labels'; clause: A.MatchClause; unwind: A.UnwindClause; counted: CountedLabels }
  | { kind: 'projection'; clause: A.WithClause | A.ReturnClause; rows: RowHandling }
  | { kind: 'call-subquery'; clause: A.CallSubqueryClause; body: QueryPlan }
  | { kind: 'foreach'; clause: A.ForeachClause; body: SingleQueryPlan }
  | {
      kind: 'clause';
      clause: A.UnwindClause | A.CreateClause | A.MergeClause | A.SetClause | A.RemoveClause | A.DeleteClause | A.CallProcedureClause | A.FinishClause;
    }
) & { deadEnd: boolean };

/**
 * How a WITH or RETURN takes its rows: `stream` projects each as it comes (a LIMIT stops what
 * feeds it); `top-k`, an ORDER BY with a LIMIT, keeps the best SKIP + LIMIT rows as they come
 * when those are at most `atMost` (else it sorts them all); `all` reads every row first (DISTINCT,
 * or ORDER BY without LIMIT) and sorts them; `aggregate` groups every row first. Once every row
 * is read, an ORDER BY with a LIMIT sorts only the best SKIP + LIMIT of them (a partial sort)
 * when those are fewer than `partialBelow` of the rows.
 */
export type RowHandling = { kind: 'stream' } | { kind: 'top-k'; atMost: number } | { kind: 'all' | 'aggregate'; partialBelow: number };

/** A partial sort pays when it keeps under this fraction of the rows. */
export const PARTIAL_SORT_BELOW = 0.25;

/** Up to this many rows (SKIP + LIMIT), ORDER BY keeps the best rows while they stream in. */
export const TOP_K_AT_MOST = 1000;

/**
 * Plan a validated query. `statistics`: the graph's counts (none: ASSUMED_STATISTICS); `bound`:
 * variables bound before it (a subquery's imports).
 *
 * @example
 * describeQuery(planQuery(parse('MATCH (p:Person)-->(b) RETURN b'))) // the EXPLAIN tree, no graph
 */
export function planQuery(query: A.Query, statistics: GraphStatistics | null = null, bound: ReadonlySet<string> = new Set()): QueryPlan {
  return planScoped(foldConstants(query), statistics ?? ASSUMED_STATISTICS, bound).plan;
}

/** A query's plan and the columns it returns (none when it ends without RETURN). */
function planScoped(query: A.Query, stats: GraphStatistics, bound: ReadonlySet<string>): { plan: QueryPlan; returns: string[] } {
  const singles = (query.kind === 'SingleQuery' ? [query] : query.queries).map((q) => {
    const { plan, scope } = planSingle(q.clauses, stats, bound);
    return { plan, returns: q.clauses.at(-1)?.kind === 'Return' ? [...scope] : [] };
  });
  if (query.kind === 'SingleQuery') return singles[0]!;
  return { plan: { kind: 'union', all: query.all[0] ?? false, parts: singles.map((s) => s.plan) }, returns: singles[0]?.returns ?? [] };
}

/** The clauses planned in order, with the variables in scope after them. */
function planSingle(clauses: readonly A.Clause[], stats: GraphStatistics, outer: ReadonlySet<string>): { plan: SingleQueryPlan; scope: Set<string> } {
  let scope = new Set(outer);
  const operators: Operator[] = [];
  const cut = deadEnd(clauses);
  let skipped = 0;
  for (let at = 0; at < clauses.length; at++) {
    const clause = clauses[at]!;
    const isCut = at === cut;
    if (clause.kind === 'Match') {
      const labels = countedLabels(clause, clauses[at + 1], clauses[at + 2], scope);
      if (labels) {
        operators.push({ kind: 'count-labels', clause, unwind: clauses[at + 1] as A.UnwindClause, counted: labels, deadEnd: false });
        scope = new Set([...scope, labels.node, labels.label]);
        at++;
        if (at <= cut) skipped = operators.length;
        continue;
      }
      const relationships = countedRelationships(clause, clauses[at + 1], scope);
      if (relationships) {
        operators.push({ kind: 'count-relationships', clause, counted: relationships, deadEnd: false });
        if (relationships.name !== null) scope = new Set([...scope, relationships.name]);
      } else {
        operators.push({ kind: 'match', clause, plan: planMatch(clause.pattern.parts, scope, clause.where, stats), bound: new Set(scope), deadEnd: false });
        clause.pattern.parts.forEach((p) => partVariables(p).forEach((v) => scope.add(v)));
      }
    } else {
      const planned = planClause(clause, scope, stats, isCut);
      operators.push(planned.operator);
      scope = planned.scope;
    }
    if (at <= cut) skipped = operators.length;
  }
  return { plan: { kind: 'single', operators, skipped }, scope };
}

function planClause(
  clause: Exclude<A.Clause, A.MatchClause>,
  scope: Set<string>,
  stats: GraphStatistics,
  deadEnd: boolean,
): { operator: Operator; scope: Set<string> } {
  switch (clause.kind) {
    case 'With':
    case 'Return': {
      const columns = clause.items.map(columnName);
      const kept = clause.star ? [...scope] : [];
      return { operator: { kind: 'projection', clause, rows: rowHandling(clause), deadEnd }, scope: new Set([...kept, ...columns]) };
    }
    case 'CallSubquery': {
      const imports = clause.importAll ? scope : clause.importVariables ? new Set(clause.importVariables.map((v) => v.name)) : scope;
      const body = planScoped(clause.query, stats, imports);
      return { operator: { kind: 'call-subquery', clause, body: body.plan, deadEnd }, scope: new Set([...scope, ...body.returns]) };
    }
    case 'Foreach': {
      const body = planSingle(clause.clauses, stats, new Set([...scope, clause.variable.name])).plan;
      return { operator: { kind: 'foreach', clause, body, deadEnd }, scope };
    }
    case 'Unwind':
      return { operator: { kind: 'clause', clause, deadEnd }, scope: new Set([...scope, clause.variable.name]) };
    case 'Create':
    case 'Merge': {
      const parts = clause.kind === 'Create' ? clause.pattern.parts : [clause.pattern];
      return { operator: { kind: 'clause', clause, deadEnd }, scope: new Set([...scope, ...parts.flatMap(partVariables)]) };
    }
    case 'CallProcedure':
      return {
        operator: { kind: 'clause', clause, deadEnd },
        scope: new Set([...scope, ...(clause.yieldStar ? [] : (clause.yield ?? [])).map((y) => y.variable.name)]),
      };
    case 'Set':
    case 'Remove':
    case 'Delete':
    case 'Finish':
      return { operator: { kind: 'clause', clause, deadEnd }, scope };
  }
}

function rowHandling(clause: A.WithClause | A.ReturnClause): RowHandling {
  const partialBelow = clause.limit !== null && clause.orderBy !== null ? PARTIAL_SORT_BELOW : 0;
  if (clause.items.some((i) => containsAggregate(i.expression))) return { kind: 'aggregate', partialBelow };
  if (clause.orderBy === null || clause.orderBy.length === 0) return clause.distinct ? { kind: 'all', partialBelow } : { kind: 'stream' };
  if (clause.distinct || clause.limit === null) return { kind: 'all', partialBelow };
  // Literal bounds settle it now; a parameter is read when the query runs.
  const literal = (e: A.Expression | null): bigint | null => (e === null ? 0n : e.kind === 'IntegerLiteral' ? e.value : null);
  const [skip, limit] = [literal(clause.skip), literal(clause.limit)];
  if (skip !== null && limit !== null && skip + limit > BigInt(TOP_K_AT_MOST)) return { kind: 'all', partialBelow };
  return { kind: 'top-k', atMost: TOP_K_AT_MOST };
}
