// Where the server's answers come from: a snapshot held in memory (embedded engine) or a Neo4j
// server. Both give a KnowledgeGraph for the typed questions and one guarded way to run Cypher
// (read-only unless write, timeout, row cap, at most N at once).

import { KnowledgeGraph } from '../api/index.js';
import { CypherEngine, fromJson } from '../cypher/index.js';
import type { QueryResult } from '../cypher/index.js';
import type { CypherValue } from '../cypher/index.js';
import { QueryLimitError } from '../errors.js';
import { loadSnapshot, type LoadProgress, type Snapshot } from '../graph/index.js';
import { Neo4jConnection } from '../neo4j/index.js';
import { QueryGate } from './query-gate.js';

export interface QueryLimits {
  /** Allow updating clauses (default false: read-only on both engines). */
  write: boolean;
  /** Stop a query after this many milliseconds. */
  timeoutMs: number;
  /** Refuse a result of more rows than this. */
  maxRows: number;
  /** Queries running at once; eight times as many may wait. */
  maxConcurrent: number;
}

export type SourceSpec =
  | { kind: 'snapshot'; dir: string; onLoadProgress?: (event: LoadProgress) => void }
  | { kind: 'snapshot-in-memory'; snapshot: Snapshot; name?: string }
  | { kind: 'neo4j'; uri: string; database?: string; username?: string; password?: string; waitMs?: number };

/** The graph a server answers from. */
export interface GraphSource {
  readonly kind: 'embedded' | 'neo4j';
  /** For messages: `snapshot out`, `bolt://…` (never credentials). */
  readonly name: string;
  readonly kg: KnowledgeGraph;
  /** The snapshot, on the embedded engine only (exports, merge log, explorer). */
  readonly snapshot: Snapshot | undefined;
  readonly gate: QueryGate;
  /** Run Cypher with JSON parameters under the limits. */
  cypher(query: string, params: Record<string, unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

/** Open the source the spec names; a snapshot is read once and shared by everything. */
export async function openGraphSource(spec: SourceSpec, limits: QueryLimits): Promise<GraphSource> {
  const gate = new QueryGate(limits.maxConcurrent, limits.maxConcurrent * 8);
  if (spec.kind === 'neo4j') {
    const connect = { uri: spec.uri, database: spec.database, username: spec.username, password: spec.password };
    const connection = await Neo4jConnection.open({ ...connect, waitMs: spec.waitMs ?? 10_000 });
    const kg = await KnowledgeGraph.connect(connect).catch(async (error: unknown) => {
      await connection.close();
      throw error;
    });
    return {
      kind: 'neo4j',
      name: connection.where,
      kg,
      snapshot: undefined,
      gate,
      async cypher(query, params) {
        const result = await connection.run(query, cypherParams(params), { readOnly: !limits.write, timeoutMs: limits.timeoutMs });
        if (result.rows.length > limits.maxRows) throw rowLimit(limits.maxRows);
        return result;
      },
      async close() {
        await Promise.all([kg.close(), connection.close()]);
      },
    };
  }
  const snapshot = spec.kind === 'snapshot' ? await loadSnapshot(spec.dir, { onProgress: spec.onLoadProgress }) : spec.snapshot;
  // The engine's own row cap (1,000,000) also bounds rows in flight; the server's limit is on the
  // rows it answers with, as on Neo4j, so a LIMIT after a large aggregation still works.
  const engine = new CypherEngine(snapshot.graph, { readOnly: !limits.write, timeoutMs: limits.timeoutMs });
  return {
    kind: 'embedded',
    name: spec.kind === 'snapshot' ? `snapshot ${spec.dir}` : (spec.name ?? 'snapshot in memory'),
    kg: KnowledgeGraph.fromSnapshot(snapshot, { timeoutMs: limits.timeoutMs }),
    snapshot,
    gate,
    async cypher(query, params) {
      const result = engine.run(query, cypherParams(params));
      if (result.rows.length > limits.maxRows) throw rowLimit(limits.maxRows);
      return result;
    },
    async close() {},
  };
}

function cypherParams(params: Record<string, unknown>): Record<string, CypherValue> {
  const converted: Record<string, CypherValue> = {};
  for (const [name, value] of Object.entries(params)) converted[name] = fromJson(value);
  return converted;
}

function rowLimit(maxRows: number): QueryLimitError {
  return new QueryLimitError('E_QUERY_ROW_LIMIT', `The query returned more than ${maxRows} rows (raise --max-rows, or add LIMIT)`);
}
