// What a compiling expression or clause can see: the variables in scope, the aggregate collector
// of the projection being compiled, the graph store, the planner (for what is planned where the
// compiler meets it) and the functions a query may call.
// (Scoping rules are validate's job.)

import type { GraphStore } from './graph-store.js';
import type { AggregateCollector } from './expressions.js';
import type { FunctionRegistry } from '../functions/registry.js';
import type * as A from '../ast/ast.js';
import type { MatchPlan } from '../planner/path-selection.js';
import type { PatternPlan } from '../planner/pattern-plan.js';
import type { QueryPlan } from '../planner/query-plan.js';

/**
 * The planner's answers for what the compiler meets inside expressions and clauses: a pattern in
 * an expression or a MERGE, a subquery expression (planned from the variables bound where it
 * stands), an indexed COLLECT { }'s LIMIT, a count read as a degree, a selected part's plan
 * capped at the length a one-length-at-a-time selection tries. plan.ts gives the planner's
 * functions, with the statistics of the graph; the executor decides none of these itself.
 */
export interface NestedPlanner {
  match(parts: readonly A.PatternPart[], bound: ReadonlySet<string>, where: A.Expression | null): MatchPlan;
  query(query: A.Query, bound: ReadonlySet<string>): QueryPlan;
  collectLimit(e: A.Subscript | A.Slice): bigint | null;
  isDegreeCount(e: A.Expression, bound: ReadonlySet<string>): boolean;
  cappedAt(plan: PatternPlan, max: number): PatternPlan;
}

export class CompileScope {
  constructor(
    readonly vars: ReadonlySet<string>,
    readonly store: GraphStore,
    readonly functions: FunctionRegistry,
    /** The planner, for patterns and subqueries met inside expressions and clauses. */
    readonly planner: NestedPlanner,
    readonly aggregates: AggregateCollector | null = null,
    private readonly counter: { n: number } = { n: 0 },
  ) {}

  has(name: string): boolean {
    return this.vars.has(name);
  }

  with(names: Iterable<string>): CompileScope {
    return new CompileScope(new Set([...this.vars, ...names]), this.store, this.functions, this.planner, this.aggregates, this.counter);
  }

  /** Only the given variables. */
  withVars(vars: ReadonlySet<string>): CompileScope {
    return new CompileScope(vars, this.store, this.functions, this.planner, this.aggregates, this.counter);
  }

  withAggregates(aggregates: AggregateCollector | null): CompileScope {
    return new CompileScope(this.vars, this.store, this.functions, this.planner, aggregates, this.counter);
  }

  withoutAggregates(): CompileScope {
    return this.aggregates ? new CompileScope(this.vars, this.store, this.functions, this.planner, null, this.counter) : this;
  }

  /** A fresh hidden variable name (leading space: no query can name it). */
  fresh(prefix: string): string {
    return ` ${prefix}${this.counter.n++}`;
  }
}
