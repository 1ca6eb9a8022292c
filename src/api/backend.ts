// The one abstraction of where Cypher runs, for the API, the CLI and the server: the embedded
// engine over a snapshot held in memory, or a Neo4j server. Both take parameters as Cypher values
// (`cypherParams` converts JSON ones) and give QueryResults of CypherValues.

import { ColumnarStore, CypherEngine } from '../cypher/index.js';
import type { CypherValue, GraphSource, QueryResult } from '../cypher/index.js';
import { loadSnapshot, openSnapshotColumns, saveSnapshot } from '../graph/index.js';
import type { LoadProgress } from '../graph/index.js';
import { Neo4jConnection } from '../neo4j/index.js';

/** Where a query runs. */
export interface QueryBackend {
  readonly kind: 'embedded' | 'neo4j';
  /** Names the backend in messages: `snapshot out`, `neo4j://…` (never credentials). */
  readonly name: string;
  /**
   * Run a query; parameters are Cypher values (INTEGER and FLOAT kept apart); `mode` asks for its
   * plan only (EXPLAIN) or its plan with counts (PROFILE).
   */
  run(query: string, params: Readonly<Record<string, CypherValue>>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult>;
  /** Make the changes of write queries last (a snapshot directory is saved atomically; Neo4j commits each query itself). */
  commit(): Promise<void>;
  close(): Promise<void>;
}

/** Limits and rights of a backend's queries. */
export interface BackendOptions {
  /** Stop a query after this many milliseconds (default 30 000 on Neo4j, the engine's own on a snapshot). */
  timeoutMs?: number;
  /** Memory budget of one query on the embedded engine, in bytes. */
  maxMemoryBytes?: number;
  /** Allow updating clauses (read-only by default). */
  write?: boolean;
}

/** The embedded engine over a graph in memory (or a snapshot's columns, read-only), read-only unless `write`. */
export class EmbeddedBackend implements QueryBackend {
  readonly kind = 'embedded';
  private readonly engine: CypherEngine;
  private changed = false;

  /** `save` makes write queries' changes last (saving the snapshot the graph came from). */
  constructor(
    readonly graph: GraphSource,
    private readonly options: BackendOptions = {},
    readonly name = 'snapshot in memory',
    private readonly save?: () => Promise<void>,
  ) {
    this.engine = new CypherEngine(graph, { readOnly: options.write !== true, timeoutMs: options.timeoutMs, maxMemoryBytes: options.maxMemoryBytes });
  }

  async run(query: string, params: Readonly<Record<string, CypherValue>>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult> {
    const result = this.engine.run(query, params, { mode });
    if (Object.values(result.stats).some((n) => n > 0)) this.changed = true;
    return result;
  }

  async commit(): Promise<void> {
    if (this.options.write === true && this.changed && this.save) await this.save();
    this.changed = false;
  }

  async close(): Promise<void> {}
}

/** A Neo4j server reached through one connection: read transactions unless `write`. */
export class Neo4jBackend implements QueryBackend {
  readonly kind = 'neo4j';

  constructor(
    private readonly connection: Neo4jConnection,
    private readonly options: BackendOptions = {},
  ) {}

  get name(): string {
    return this.connection.where;
  }

  async run(query: string, params: Readonly<Record<string, CypherValue>>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult> {
    // The embedded engine's default limit, so that no query on a server waits for ever either.
    const limits = { timeoutMs: this.options.timeoutMs ?? 30_000 };
    const text = mode ? `${mode} ${query}` : query;
    return this.options.write === true ? this.connection.run(text, params, limits) : this.connection.read(text, params, limits);
  }

  async commit(): Promise<void> {}

  async close(): Promise<void> {
    await this.connection.close();
  }
}

export interface OpenBackendOptions extends BackendOptions {
  /** Snapshot directory for the embedded engine; with `write`, changes are saved back to it on commit(). */
  graph: string;
  /** A Neo4j server to query instead of the snapshot, with its database and credentials. */
  neo4j?: { uri: string; database?: string; username?: string; password?: string };
  /** The deadline of each step of reaching Neo4j. */
  waitMs?: number;
  /** Told when Neo4j does not answer at once and the wait begins. */
  onWait?: (event: { where: string; waitMs: number }) => void;
  /** Progress while a big snapshot loads. */
  onLoadProgress?: (event: LoadProgress) => void;
}

/**
 * Open the backend the options name: Neo4j when `neo4j` is given, else the snapshot directory.
 *
 * @example const backend = await openQueryBackend({ graph: 'out', timeoutMs: 30_000 });
 */
export async function openQueryBackend(options: OpenBackendOptions): Promise<QueryBackend> {
  const limits: BackendOptions = { timeoutMs: options.timeoutMs, maxMemoryBytes: options.maxMemoryBytes, write: options.write };
  if (options.neo4j) {
    const connection = await Neo4jConnection.open({ ...options.neo4j, waitMs: options.waitMs, onWait: options.onWait });
    return new Neo4jBackend(connection, limits);
  }
  const dir = options.graph;
  if (options.write !== true) {
    // Read-only: through the snapshot's columns when it has them, without building a graph.
    const opened = await openSnapshotColumns(dir);
    if (opened) return new EmbeddedBackend(new ColumnarStore(opened.columns), limits, `snapshot ${dir}`);
  }
  // Writes need the graph itself: graph.json is read into graphology (slower to open), changed,
  // and saved back whole (columns included) on commit().
  const snapshot = await loadSnapshot(dir, { onProgress: options.onLoadProgress });
  return new EmbeddedBackend(snapshot.graph, limits, `snapshot ${dir}`, () => saveSnapshot(dir, snapshot));
}
