// CypherEngine: parse -> validate -> plan -> execute over a graphology PropertyGraph (or a store such
// as the read-only ColumnarStore), with read-only mode, a timeout and a row cap. Plans are cached
// per query text.

import { UnsupportedOperationError } from '../errors.js';
import type { GraphSource } from './executor/graph-store.js';
import { parse } from './parser/index.js';
import { checkReadOnly, validate } from './validate/index.js';
import type { CypherValue } from './values.js';
import { plan, storeFor, type Plan } from './plan.js';
import { execute, type QueryResult } from './executor/execute.js';
import { findProcedure, type ProcedureTable } from './executor/procedures.js';
import { emptyStatistics } from './executor/context.js';
import { DEFAULT_MAX_MEMORY_BYTES } from './executor/memory-budget.js';
import { compileError } from './errors.js';
import { executionMode } from './execution-mode.js';

export interface CypherEngineOptions {
  /** Refuse updating clauses (default true). */
  readOnly?: boolean;
  /** Stop a query after this long, in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Stop a query producing more rows than this (default 1 000 000). */
  maxRows?: number;
  /**
   * The memory budget of one query in bytes (default 512 MiB): a longer list or string is
   * refused before it is built, and a query whose values and rows take more heap than this
   * stops; both with QueryLimitError E_QUERY_MEMORY_LIMIT.
   */
  maxMemoryBytes?: number;
}

/**
 * The embedded Cypher engine.
 *
 * @example
 * const engine = new CypherEngine(graph);
 * const { columns, rows } = engine.run('MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $n', { n: 5n });
 */
export class CypherEngine {
  private readonly cache = new Map<string, Plan>();
  private readonly readOnly: boolean;
  private readonly timeoutMs: number;
  private readonly maxRows: number;
  private readonly maxMemoryBytes: number;

  constructor(
    readonly graph: GraphSource,
    options: CypherEngineOptions = {},
  ) {
    this.readOnly = options.readOnly ?? true;
    // A read-only store (the columnar one) cannot take writes: say so now, not at the first CREATE.
    if (!this.readOnly && !storeFor(graph).writable) throw new UnsupportedOperationError('writing (readOnly: false)', 'read-only columnar store');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRows = options.maxRows ?? 1_000_000;
    this.maxMemoryBytes = options.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES;
  }

  /** Parse and plan a query without running it (compile-time errors surface here). */
  prepare(query: string): Plan {
    let p = this.cache.get(query);
    // Planned again when the counts it chose with have diverged (a label that was small is not).
    if (!p || p.stale()) {
      const ast = parse(query);
      const store = storeFor(this.graph);
      validate(ast, query, (name) => findProcedure(store, name));
      if (this.readOnly) checkReadOnly(ast, query);
      p = plan(ast, store, { readOnly: this.readOnly });
      if (this.cache.size > 256) this.cache.clear();
      this.cache.set(query, p);
    }
    return p;
  }

  /**
   * Run a query; parameters are Cypher values (see `fromJson` for JSON input). As in Neo4j, a
   * leading `EXPLAIN` (after any comments) returns the query's columns, no rows and the plan in
   * `plan`, without running it; `PROFILE` runs it and returns the plan with rows and db hits per
   * operator.
   */
  run(query: string, params: Record<string, CypherValue> = {}, options: { mode?: 'EXPLAIN' | 'PROFILE' } = {}): QueryResult {
    const written = executionMode(query);
    const mode = written.mode ?? options.mode ?? null;
    query = written.body;
    if (mode === 'EXPLAIN') {
      const prepared = this.prepare(query);
      return { columns: prepared.columns, rows: [], stats: emptyStatistics(), plan: prepared.tree() };
    }
    const prepared = this.prepare(query);
    // As Neo4j does: a parameter the query uses but the call does not give is an error before
    // anything runs, even where no row would have reached it.
    const missing = prepared.parameters.find((p) => !Object.hasOwn(params, p.name));
    if (missing) throw compileError(query, missing.loc, 'MissingParameter', `Expected parameter $${missing.name}`, 'ParameterMissing');
    return execute(prepared, this.graph, params, {
      timeoutMs: this.timeoutMs,
      maxRows: this.maxRows,
      maxMemoryBytes: this.maxMemoryBytes,
      profile: mode === 'PROFILE',
    });
  }

  /** Make a table-defined procedure callable with CALL (used by the TCK). */
  registerProcedure(procedure: ProcedureTable): void {
    storeFor(this.graph).procedures.set(procedure.name, procedure);
    this.cache.clear();
  }
}
