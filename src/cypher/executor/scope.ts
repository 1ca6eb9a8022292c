// What a compiling expression or clause can see: the variables in scope with what is known of
// their types, the aggregate collector of the projection being compiled, and the graph store.

import type * as A from '../ast/ast.js';
import type { GraphStore } from './graph-store.js';
import type { AggregateCollector } from './expressions.js';

/** What compilation knows about a variable's type; 'any' when it cannot tell. */
export type StaticType = 'node' | 'rel' | 'rels' | 'path' | 'int' | 'float' | 'string' | 'bool' | 'list' | 'map' | 'any';

export class CompileScope {
  readonly vars: ReadonlySet<string>;

  constructor(
    readonly types: ReadonlyMap<string, StaticType>,
    readonly store: GraphStore,
    readonly aggregates: AggregateCollector | null = null,
    private readonly counter: { n: number } = { n: 0 },
  ) {
    this.vars = new Set(types.keys());
  }

  has(name: string): boolean {
    return this.types.has(name);
  }

  typeOf(name: string): StaticType {
    return this.types.get(name) ?? 'any';
  }

  with(names: Iterable<string>, type: StaticType = 'any'): CompileScope {
    const types = new Map(this.types);
    for (const n of names) types.set(n, type);
    return new CompileScope(types, this.store, this.aggregates, this.counter);
  }

  withTypes(entries: Iterable<[string, StaticType]>): CompileScope {
    const types = new Map(this.types);
    for (const [n, t] of entries) types.set(n, t);
    return new CompileScope(types, this.store, this.aggregates, this.counter);
  }

  /** Keep only the given variables (their known types kept). */
  withVars(vars: ReadonlySet<string>): CompileScope {
    const types = new Map<string, StaticType>();
    for (const v of vars) types.set(v, this.types.get(v) ?? 'any');
    return new CompileScope(types, this.store, this.aggregates, this.counter);
  }

  withAggregates(aggregates: AggregateCollector | null): CompileScope {
    return new CompileScope(this.types, this.store, aggregates, this.counter);
  }

  withoutAggregates(): CompileScope {
    return this.aggregates ? new CompileScope(this.types, this.store, null, this.counter) : this;
  }

  /** A fresh hidden variable name (leading space: no query can name it). */
  fresh(prefix: string): string {
    return ` ${prefix}${this.counter.n++}`;
  }
}

/** The type of an expression as far as it can be told without running it. */
export function staticTypeOf(e: A.Expression, scope: CompileScope): StaticType {
  switch (e.kind) {
    case 'Variable':
      return scope.typeOf(e.name);
    case 'IntegerLiteral':
      return 'int';
    case 'FloatLiteral':
      return 'float';
    case 'StringLiteral':
      return 'string';
    case 'BooleanLiteral':
      return 'bool';
    case 'ListLiteral':
    case 'ListComprehension':
    case 'PatternComprehension':
      return 'list';
    case 'MapLiteral':
    case 'MapProjection':
      return 'map';
    case 'Comparison':
    case 'IsNull':
      return 'bool';
    default:
      return 'any';
  }
}
