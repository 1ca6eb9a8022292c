// What a compiling expression or clause can see: the variables in scope, the aggregate collector
// of the projection being compiled, the graph store, the statistics the planner reads and the
// functions a query may call.
// (Scoping rules are validate's job.)

import type { GraphStore } from './graph-store.js';
import type { AggregateCollector } from './expressions.js';
import type { FunctionRegistry } from '../functions/registry.js';
import type { GraphStatistics } from '../planner/statistics.js';

export class CompileScope {
  constructor(
    readonly vars: ReadonlySet<string>,
    readonly store: GraphStore,
    readonly functions: FunctionRegistry,
    readonly aggregates: AggregateCollector | null = null,
    private readonly counter: { n: number } = { n: 0 },
    /** What the planner costs patterns with (the store's counts, recorded for the plan). */
    readonly statistics: GraphStatistics = store,
  ) {}

  has(name: string): boolean {
    return this.vars.has(name);
  }

  with(names: Iterable<string>): CompileScope {
    return new CompileScope(new Set([...this.vars, ...names]), this.store, this.functions, this.aggregates, this.counter, this.statistics);
  }

  /** Only the given variables. */
  withVars(vars: ReadonlySet<string>): CompileScope {
    return new CompileScope(vars, this.store, this.functions, this.aggregates, this.counter, this.statistics);
  }

  withAggregates(aggregates: AggregateCollector | null): CompileScope {
    return new CompileScope(this.vars, this.store, this.functions, aggregates, this.counter, this.statistics);
  }

  withoutAggregates(): CompileScope {
    return this.aggregates ? new CompileScope(this.vars, this.store, this.functions, null, this.counter, this.statistics) : this;
  }

  /** A fresh hidden variable name (leading space: no query can name it). */
  fresh(prefix: string): string {
    return ` ${prefix}${this.counter.n++}`;
  }
}
