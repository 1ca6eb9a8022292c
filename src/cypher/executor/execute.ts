// Runs a plan: one empty input row through the clause pipeline, then snapshots every node,
// relationship and path in the result so later writes cannot change what was returned.

import { Node, Path, Relationship, TemporalValue, type CypherMap, type CypherValue } from '../values.js';
import { fromStored } from '../runtime/stored.js';
import type * as A from '../ast/ast.js';
import { isGraphStore, type GraphSource, type GraphStore } from './graph-store.js';
import type { CompiledQuery } from './query.js';
import { ExecContext, type QueryStatistics } from './context.js';
import { emptyRow } from './row.js';
import { rowArray } from './row-stream.js';
import { Profile } from './profile.js';
import type { PlanOperator } from '../plan-description.js';
import { MemoryBudget } from './memory-budget.js';

/** A query compiled for one graph. */
export interface Plan {
  columns: string[];
  query: CompiledQuery;
  /** Whether the query may change the graph. */
  updates: boolean;
  store: GraphStore;
  /** How the query will run: one line per operator in the order they run, details indented. */
  describe(): string[];
  /** The operator tree EXPLAIN hands back. */
  tree(): PlanOperator;
  /** The first use of each `$parameter`, in the order of the text, so a missing one is named before running. */
  parameters: A.Parameter[];
  /** True once the graph's counts have moved far from those the planner chose with: plan again. */
  stale(): boolean;
}

export interface QueryResult {
  columns: string[];
  rows: CypherValue[][];
  stats: QueryStatistics;
  /** EXPLAIN: the plan (and no rows); PROFILE: the plan with rows and db hits per operator. */
  plan?: PlanOperator;
}

export interface ExecuteOptions {
  timeoutMs?: number;
  maxRows?: number;
  /** Count rows and db hits per operator and return the plan with them (PROFILE). */
  profile?: boolean;
  /** The memory budget of the query in bytes (default 512 MiB); see MemoryBudget. */
  maxMemoryBytes?: number;
}

function snapshotProps(p: CypherMap): CypherMap {
  const out: CypherMap = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) out[k] = fromStored(v);
  return out;
}

/** Copy a value out of the engine: live nodes and relationships become detached snapshots. */
export function snapshot(v: CypherValue): CypherValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(snapshot);
  if (v instanceof Node) return new Node(v.id, [...v.labels], snapshotProps(v.properties));
  if (v instanceof Relationship) return new Relationship(v.id, v.type, v.start, v.end, snapshotProps(v.properties));
  if (v instanceof Path)
    return new Path(
      v.nodes.map((n) => snapshot(n) as Node),
      v.relationships.map((r) => snapshot(r) as Relationship),
    );
  if (v instanceof TemporalValue) return v;
  const out: CypherMap = {};
  for (const [k, x] of Object.entries(v)) out[k] = snapshot(x);
  return out;
}

/**
 * Run a plan made by `plan(ast, graph)` on that same graph.
 *
 * @example
 * const result = execute(plan(parse('MATCH (n) RETURN count(n)'), graph), graph);
 */
export function execute(plan: Plan, graph: GraphSource, params: Record<string, CypherValue> = {}, options: ExecuteOptions = {}): QueryResult {
  if (isGraphStore(graph) ? plan.store !== graph : (plan.store as { graph?: unknown }).graph !== graph)
    throw new Error('execute: the plan was made for another graph');
  const budget = new MemoryBudget(options.maxMemoryBytes);
  const ctx = new ExecContext(plan.store, params, options.timeoutMs ?? 30_000, options.maxRows ?? 1_000_000, budget);
  if (options.profile) ctx.profile = new Profile();
  try {
    const rows = rowArray(plan.query.run([emptyRow()], ctx));
    const columns = plan.columns;
    return {
      columns,
      rows: plan.query.returns ? rows.map((r) => columns.map((c) => snapshot(r[c] ?? null))) : [],
      stats: ctx.stats,
      ...(ctx.profile ? { plan: plan.query.planTree(ctx.profile) } : {}),
    };
  } catch (error) {
    // V8's own "Invalid string length" / "Invalid array length": past what it can hold at all.
    if (error instanceof RangeError && /invalid (string|array) length|array buffer allocation/i.test(error.message)) throw budget.fromRangeError(error);
    throw error;
  }
}
