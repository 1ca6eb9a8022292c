// The state one query execution carries: graph store, parameters, statistics, the deadline
// checked inside loops, and the row cap.

import { QueryLimitError } from '../../errors.js';
import type { CypherValue, Node, Relationship } from '../values.js';
import type { FunctionContext } from '../functions/scalar.js';
import type { GraphStore } from './graph-store.js';
import type { Profile } from './profile.js';
import { MemoryBudget } from './memory-budget.js';

/** Counts of what a query changed, as Neo4j reports them. */
export interface QueryStatistics {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  propertiesRemoved: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export function emptyStatistics(): QueryStatistics {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    propertiesRemoved: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
  };
}

/** A row: variable name to value. Names starting with a space are the engine's hidden ones. */
export type Row = Record<string, CypherValue>;

export class ExecContext implements FunctionContext {
  readonly stats = emptyStatistics();
  private ticks = 0;
  readonly now = new Date();

  /** PROFILE's counters, when the query is profiled. */
  profile?: Profile;

  /** Most rows one operator may buffer for one input row (matches of a pattern, say). */
  readonly bufferLimit: number;
  private readonly deadline: number;

  constructor(
    readonly store: GraphStore,
    readonly params: Record<string, CypherValue>,
    private readonly timeoutMs: number,
    readonly maxRows: number,
    readonly budget: MemoryBudget = new MemoryBudget(),
  ) {
    this.deadline = Date.now() + timeoutMs;
    this.bufferLimit = Math.max(maxRows, 1_000_000) * 4;
  }

  /**
   * Called inside every loop that can grow (expansion, UNWIND, comprehensions, range, reduce):
   * checks the deadline and the heap every 1024 steps.
   */
  tick(): void {
    if (this.profile !== undefined) this.profile.current.dbHits++;
    if ((++this.ticks & 1023) === 0) {
      if (Date.now() > this.deadline)
        throw new QueryLimitError('E_QUERY_TIMEOUT', `The query ran past its time limit of ${this.timeoutMs} ms and was stopped`, this.timeoutMs);
      this.budget.checkHeap();
    }
  }

  checkRows(n: number): void {
    if (n === Infinity) throw new QueryLimitError('E_QUERY_ROW_LIMIT', `A pattern matched more than ${this.bufferLimit} times for one row; narrow it down`);
    if (n > this.maxRows) throw new QueryLimitError('E_QUERY_ROW_LIMIT', `The query produced more than ${this.maxRows} rows`);
  }

  numericId(kind: 'node' | 'rel', key: string): bigint {
    return this.store.numericId(kind, key);
  }

  isDeleted(v: Node | Relationship): boolean {
    const s = this.store;
    if (s.deletedNodes.size === 0 && s.deletedRels.size === 0) return false;
    return 'labels' in v ? this.store.deletedNodes.has(v.id) : this.store.deletedRels.has(v.id);
  }

  nodeOf(key: string): Node {
    return this.store.node(key);
  }
}

/** A compiled expression. */
export type Expr = (row: Row, ctx: ExecContext) => CypherValue;
