// Choose where `crimegraph query` runs its Cypher: the embedded engine over a snapshot directory
// (the default), or a Neo4j server. The one place that decides, so a new backend is one branch here.

import { CypherEngine } from '../cypher/index.js';
import type { QueryResult } from '../cypher/index.js';
import type { CypherValue } from '../cypher/values.js';
import { loadSnapshot, saveSnapshot, type LoadProgress } from '../graph/index.js';
import { Neo4jConnection } from '../neo4j/index.js';

export interface QueryTargetOptions {
  /** Snapshot directory for the embedded engine. */
  graph: string;
  timeoutMs: number;
  /** Allow updating clauses; the embedded snapshot is then saved back after the query. */
  write: boolean;
  /** The memory budget of a query on the embedded engine, in bytes. */
  maxMemoryBytes?: number;
  /** A Neo4j server to query instead of the snapshot, with its database and credentials. */
  neo4j?: { uri: string; database?: string; username?: string; password?: string };
  /** The deadline of each step of reaching Neo4j. */
  waitMs?: number;
  /** Told when Neo4j does not answer at once and the wait begins. */
  onWait?: (event: { where: string; waitMs: number }) => void;
  /** Progress while a big snapshot loads. */
  onLoadProgress?: (event: LoadProgress) => void;
}

/** Where a query runs. */
export interface QueryTarget {
  /** Describes the target in messages: `snapshot out`, `neo4j://…`. */
  readonly name: string;
  /**
   * Run a query; parameters are Cypher values already (`parseParams` keeps INTEGER and FLOAT
   * apart); `mode` asks for its plan only (EXPLAIN) or its plan with counts (PROFILE).
   */
  run(query: string, params: Record<string, CypherValue>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult>;
  /** Make the changes of write queries last (the embedded snapshot is saved atomically). */
  commit(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Open the query target the options name.
 *
 * @example const target = await openQueryTarget({ graph: 'out', timeoutMs: 30_000, write: false });
 */
export async function openQueryTarget(options: QueryTargetOptions): Promise<QueryTarget> {
  return options.neo4j ? openNeo4jTarget(options.neo4j, options) : openEmbeddedTarget(options);
}

// Neo4j commits each statement itself (auto-commit), so commit() has nothing left to do. Read-only
// as the embedded engine is: refused before it runs, and run in a read transaction.
async function openNeo4jTarget(server: NonNullable<QueryTargetOptions['neo4j']>, options: QueryTargetOptions): Promise<QueryTarget> {
  const connection = await Neo4jConnection.open({ ...server, waitMs: options.waitMs, onWait: options.onWait });
  return {
    name: connection.where,
    async run(query, params, mode) {
      const limits = { timeoutMs: options.timeoutMs };
      const text = mode ? `${mode} ${query}` : query;
      return options.write ? connection.run(text, params, limits) : connection.read(text, params, limits);
    },
    async commit() {},
    close: () => connection.close(),
  };
}

async function openEmbeddedTarget(options: QueryTargetOptions): Promise<QueryTarget> {
  const snapshot = await loadSnapshot(options.graph, { onProgress: options.onLoadProgress });
  const engine = new CypherEngine(snapshot.graph, { readOnly: !options.write, timeoutMs: options.timeoutMs, maxMemoryBytes: options.maxMemoryBytes });
  let changed = false;
  return {
    name: `snapshot ${options.graph}`,
    async run(query, params, mode) {
      const result = engine.run(query, params, { mode });
      if (Object.values(result.stats).some((n) => n > 0)) changed = true;
      return result;
    },
    async commit() {
      if (options.write && changed) await saveSnapshot(options.graph, snapshot);
    },
    async close() {},
  };
}
