// The plan phase as the engine calls it: a validated query planned from the graph's statistics
// (planner/query-plan.ts) and compiled for that graph. It checks read-only use, plans, then
// compiles each plan operator into a row operator. Above both the planner and the executor, so
// that neither imports the other's way round.

import type * as A from './ast/ast.js';
import { findAll } from './ast/visitor.js';
import { checkReadOnly } from './validate/index.js';
import { isUpdating } from './ast/updating.js';
import { isGraphStore, type GraphSource, type GraphStore } from './executor/graph-store.js';
import { GraphologyStore } from './executor/graphology-store.js';
import type { PropertyGraph } from '../graph/schema.js';
import { compileQuery } from './executor/query.js';
import { CompileScope, type NestedPlanner } from './executor/scope.js';
import { CYPHER_FUNCTIONS } from './functions/registry.js';
import { describeQuery, planLines } from './plan-description.js';
import { RecordedStatistics } from './planner/statistics.js';
import { planQuery } from './planner/query-plan.js';
import { cappedAt, planMatch } from './planner/path-selection.js';
import { collectLimit } from './planner/collect-limit.js';
import { isDegreeCount } from './planner/pattern-plan.js';
import type { Plan } from './executor/execute.js';

export type { Plan };

const stores = new WeakMap<PropertyGraph, GraphStore>();

/** The engine's store (indexes, procedures) for a graph, one per graph; a store is its own. */
export function storeFor(graph: GraphSource): GraphStore {
  if (isGraphStore(graph)) return graph;
  let s = stores.get(graph);
  if (!s) stores.set(graph, (s = new GraphologyStore(graph)));
  return s;
}

/**
 * Compile a validated query for one graph. The expression compiler is given the functions a
 * query may call: the scalar library and the temporal module's (`functions/registry.ts`).
 */
export function plan(ast: A.Query, graph: GraphSource, options: { readOnly?: boolean } = {}): Plan {
  const store = storeFor(graph);
  const updates = isUpdating(ast);
  // The engine checks with the query text first (a caret under the clause); this is for direct callers.
  if (updates && (options.readOnly ?? true)) checkReadOnly(ast);
  // The counts the planner reads are kept with the plan, so a cached one is made again once they diverge.
  const statistics = new RecordedStatistics(store);
  const queryPlan = planQuery(ast, statistics);
  // What the compiler meets inside expressions and clauses is planned by the planner too, with the same counts.
  const planner: NestedPlanner = {
    match: (parts, bound, where) => planMatch(parts, bound, where, statistics),
    query: (q, bound) => planQuery(q, statistics, bound),
    collectLimit,
    isDegreeCount,
    cappedAt,
  };
  const query = compileQuery(queryPlan, new CompileScope(new Set(), store, CYPHER_FUNCTIONS, planner));
  const parameters = [
    ...new Map(
      findAll(ast, 'Parameter')
        .reverse()
        .map((p) => [p.name, p] as const),
    ).values(),
  ].reverse();
  return {
    columns: query.columns,
    query,
    updates,
    store,
    // EXPLAIN prints the plan alone; PROFILE adds the executor's counts to the same operators.
    describe: () => planLines(describeQuery(queryPlan)),
    tree: () => describeQuery(queryPlan),
    parameters,
    stale: () => statistics.diverged(store),
  };
}
