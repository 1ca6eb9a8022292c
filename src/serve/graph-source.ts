// Where the server's answers come from: a snapshot held in memory (embedded engine) or a Neo4j
// server. Both give a KnowledgeGraph for the typed questions and one guarded way to run Cypher
// (read-only unless write, timeout, row cap, at most N at once).

import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { KnowledgeGraph, cypherParams } from '../api/index.js';
import { StoreError, errorCode } from '../errors.js';
import { CypherEngine } from '../cypher/index.js';
import { loadSnapshot, type LoadProgress, type PropertyGraph, type Snapshot } from '../graph/index.js';
import { Neo4jConnection, readGraph } from '../neo4j/index.js';
import { mergeLogEntries, type MergeLogEntry } from '../resolve/types.js';
import { cypherAnswer } from './cypher-answer.js';
import type { CypherAnswer } from './cypher-answer.js';
import { QueryGate } from './query-gate.js';
import { QueryWorkers } from './query-workers.js';

export interface QueryLimits {
  /** Allow updating clauses (default false: read-only on both engines). */
  write: boolean;
  /** Stop a query after this many milliseconds. */
  timeoutMs: number;
  /** Refuse a result of more rows than this. */
  maxRows: number;
  /** Queries running at once; eight times as many may wait. */
  maxConcurrent: number;
  /**
   * Query worker threads for POST /api/cypher and named queries on a snapshot directory, each
   * with its own copy of the graph (0: run them on the main thread). Not used with `write`.
   */
  workers?: number;
  /**
   * Loaded workers held in reserve (default 1 when there are workers): one takes the place of a
   * worker stopped for running past its timeout at once, so a runaway query costs no capacity.
   */
  spareWorkers?: number;
}

export type SourceSpec =
  | { kind: 'snapshot'; dir: string; onLoadProgress?: (event: LoadProgress) => void }
  | { kind: 'snapshot-in-memory'; snapshot: Snapshot; name?: string }
  | {
      kind: 'neo4j';
      uri: string;
      database?: string;
      username?: string;
      password?: string;
      waitMs?: number;
      /** The snapshot directory loaded into the database (or its merge-log.json): the merge log lives there, not in Neo4j. */
      mergeLog?: string;
    };

/** The graph a server answers from. */
export interface GraphSource {
  readonly kind: 'embedded' | 'neo4j';
  /** For messages: `snapshot out`, `bolt://…` (never credentials). */
  readonly name: string;
  readonly kg: KnowledgeGraph;
  /** The same graph without the per-query timeout: for what the server reads once at start. */
  readonly startupKg: KnowledgeGraph;
  /** The snapshot, on the embedded engine only. */
  readonly snapshot: Snapshot | undefined;
  /** The merge log: the snapshot's, or on Neo4j the one named by `mergeLog` (none otherwise). */
  readonly mergeLog: MergeLogEntry[] | undefined;
  /** The whole graph as the exporters take it: the snapshot's, or read back from Neo4j. */
  graph(): Promise<PropertyGraph>;
  /** Bounds the main thread's queries (entity, item, path pages). */
  readonly gate: QueryGate;
  /** Bounds Cypher and named queries: their own gate, so a backlog of them never turns pages away. */
  readonly cypherGate: QueryGate;
  /** Run Cypher with JSON parameters under the limits; dropped if `signal` aborts before it starts. */
  cypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherAnswer>;
  /** Query worker threads running (0: queries run on the main thread or on Neo4j). */
  readonly workers: number;
  /** Query workers ready now, spares, and how many were replaced since start. */
  workerHealth(): { ready: number; spares: number; queued: number; restarts: number; failures: number } | undefined;
  close(): Promise<void>;
}

/** Open the source the spec names; a snapshot is read once and shared by everything. */
export async function openGraphSource(spec: SourceSpec, limits: QueryLimits): Promise<GraphSource> {
  const gate = new QueryGate(limits.maxConcurrent, limits.maxConcurrent * 8);
  const cypherGate = new QueryGate(limits.maxConcurrent, limits.maxConcurrent * 8);
  if (spec.kind === 'neo4j') {
    const connect = { uri: spec.uri, database: spec.database, username: spec.username, password: spec.password };
    const mergeLog = spec.mergeLog === undefined ? undefined : await readMergeLog(spec.mergeLog);
    const connection = await Neo4jConnection.open({ ...connect, waitMs: spec.waitMs ?? 10_000 });
    const kg = await KnowledgeGraph.connect(connect).catch(async (error: unknown) => {
      await connection.close();
      throw error;
    });
    return {
      kind: 'neo4j',
      name: connection.where,
      kg,
      startupKg: kg,
      snapshot: undefined,
      mergeLog,
      // Reading back 10,000 newsletters' graph takes minutes: no per-query timeout here.
      graph: () => readGraph(connection),
      gate,
      cypherGate,
      workers: 0,
      workerHealth: () => undefined,
      async cypher(query, params) {
        return cypherAnswer(await connection.run(query, cypherParams(params), { readOnly: !limits.write, timeoutMs: limits.timeoutMs }), limits.maxRows);
      },
      async close() {
        await Promise.all([kg.close(), connection.close()]);
      },
    };
  }
  // Workers load their copies while the main thread loads its own.
  const workerDir = spec.kind === 'snapshot' && !limits.write ? spec.dir : undefined;
  const count = workerDir === undefined ? 0 : (limits.workers ?? 0);
  const starting =
    workerDir !== undefined && count > 0
      ? QueryWorkers.start(count, { dir: workerDir, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows }, limits.spareWorkers ?? 1)
      : undefined;
  starting?.catch(() => {}); // awaited below; a failure to load is reported once, by the main load
  let snapshot: Snapshot;
  try {
    snapshot = spec.kind === 'snapshot' ? await loadSnapshot(spec.dir, { onProgress: spec.onLoadProgress }) : spec.snapshot;
  } catch (error) {
    await starting?.then(
      (pool) => pool.close(),
      () => {},
    );
    throw error;
  }
  const pool = await starting;
  // The engine's own row cap (1,000,000) also bounds rows in flight; the server's limit is on the
  // rows it answers with, as on Neo4j, so a LIMIT after a large aggregation still works.
  const engine = new CypherEngine(snapshot.graph, { readOnly: !limits.write, timeoutMs: limits.timeoutMs });
  return {
    kind: 'embedded',
    name: spec.kind === 'snapshot' ? `snapshot ${spec.dir}` : (spec.name ?? 'snapshot in memory'),
    kg: KnowledgeGraph.fromSnapshot(snapshot, { timeoutMs: limits.timeoutMs }),
    // Reading a whole 10,000-newsletter graph at start may take longer than one request may.
    startupKg: KnowledgeGraph.fromSnapshot(snapshot, { timeoutMs: 30 * 60_000 }),
    snapshot,
    mergeLog: snapshot.mergeLog,
    graph: async () => snapshot.graph,
    gate,
    cypherGate,
    workers: count,
    workerHealth: () => pool?.health,
    async cypher(query, params, signal) {
      if (pool) return pool.run(query, params, signal);
      return cypherAnswer(engine.run(query, cypherParams(params)), limits.maxRows);
    },
    async close() {
      await pool?.close();
    },
  };
}

/** The merge log of a snapshot directory (its merge-log.json) or of that file itself. */
async function readMergeLog(path: string): Promise<MergeLogEntry[]> {
  const file = basename(path) === 'merge-log.json' ? path : join(path, 'merge-log.json');
  let log: unknown;
  try {
    log = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const missing = errorCode(error) === 'ENOENT';
    throw new StoreError(
      missing ? 'E_SNAPSHOT_MISSING' : 'E_SNAPSHOT_UNREADABLE',
      `${file}: cannot read the merge log (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const entries = mergeLogEntries(log !== null && typeof log === 'object' && 'mergeLog' in log ? log.mergeLog : undefined);
  if (!entries) throw new StoreError('E_SNAPSHOT_CORRUPT', `${file}: not a merge log (no "mergeLog" list of entries with rule, type, into and name)`);
  return entries;
}
