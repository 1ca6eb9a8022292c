// The two places a KnowledgeGraph can run its Cypher: the embedded engine over a snapshot held
// in memory, or a Neo4j server. Both take JSON parameters and give QueryResults of CypherValues.

import { CypherEngine, fromJson } from '../cypher/index.js';
import type { QueryResult } from '../cypher/index.js';
import type { CypherValue } from '../cypher/values.js';
import type { PropertyGraph } from '../graph/schema.js';
import type { Neo4jConnection } from '../neo4j/index.js';

export interface QueryBackend {
  readonly kind: 'embedded' | 'neo4j';
  /** Run a query; `mode` asks for its plan only (EXPLAIN) or its plan with counts (PROFILE). */
  run(query: string, params: Record<string, unknown>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult>;
  close(): Promise<void>;
}

function toCypherParams(params: Record<string, unknown>): Record<string, CypherValue> {
  const converted: Record<string, CypherValue> = {};
  for (const [name, value] of Object.entries(params)) converted[name] = fromJson(value);
  return converted;
}

/** Limits and rights of a backend's queries, as the API's options give them. */
export interface BackendOptions {
  timeoutMs?: number;
  /** Memory budget of one query on the embedded engine, in megabytes. */
  maxMemoryMb?: number;
  /** Allow updating clauses (read-only by default). */
  write?: boolean;
}

/** The embedded engine, read-only unless `write`: the API answers questions. */
export class EmbeddedBackend implements QueryBackend {
  readonly kind = 'embedded';
  private readonly engine: CypherEngine;

  constructor(
    readonly graph: PropertyGraph,
    options: BackendOptions = {},
  ) {
    this.engine = new CypherEngine(graph, {
      readOnly: options.write !== true,
      timeoutMs: options.timeoutMs,
      maxMemoryBytes: options.maxMemoryMb === undefined ? undefined : options.maxMemoryMb * 1024 * 1024,
    });
  }

  async run(query: string, params: Record<string, unknown>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult> {
    return this.engine.run(query, toCypherParams(params), { mode });
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

  async run(query: string, params: Record<string, unknown>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult> {
    // The embedded engine's default limit, so that no query on a server waits for ever either.
    const limits = { timeoutMs: this.options.timeoutMs ?? 30_000 };
    const text = mode ? `${mode} ${query}` : query;
    return this.options.write === true ? this.connection.run(text, toCypherParams(params), limits) : this.connection.read(text, toCypherParams(params), limits);
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
