// What a compiling expression or clause can see: the variables in scope, the aggregate collector
// of the projection being compiled, and the graph store. (Scoping rules are validate's job.)

import type { GraphStore } from './graph-store.js';
import type { AggregateCollector } from './expressions.js';

export class CompileScope {
  constructor(
    readonly vars: ReadonlySet<string>,
    readonly store: GraphStore,
    readonly aggregates: AggregateCollector | null = null,
    private readonly counter: { n: number } = { n: 0 },
  ) {}

  has(name: string): boolean {
    return this.vars.has(name);
  }

  with(names: Iterable<string>): CompileScope {
    return new CompileScope(new Set([...this.vars, ...names]), this.store, this.aggregates, this.counter);
  }

  /** Only the given variables. */
  withVars(vars: ReadonlySet<string>): CompileScope {
    return new CompileScope(vars, this.store, this.aggregates, this.counter);
  }

  withAggregates(aggregates: AggregateCollector | null): CompileScope {
    return new CompileScope(this.vars, this.store, aggregates, this.counter);
  }

  withoutAggregates(): CompileScope {
    return this.aggregates ? new CompileScope(this.vars, this.store, null, this.counter) : this;
  }

  /** A fresh hidden variable name (leading space: no query can name it). */
  fresh(prefix: string): string {
    return ` ${prefix}${this.counter.n++}`;
  }
}
