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

/** The embedded engine, read-only: the API answers questions, it does not edit the graph. */
export class EmbeddedBackend implements QueryBackend {
  readonly kind = 'embedded';
  private readonly engine: CypherEngine;

  constructor(readonly graph: PropertyGraph, options: { timeoutMs?: number } = {}) {
    this.engine = new CypherEngine(graph, { readOnly: true, timeoutMs: options.timeoutMs });
  }

  async run(query: string, params: Record<string, unknown>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult> {
    return this.engine.run(query, toCypherParams(params), { mode });
  }

  async close(): Promise<void> {}
}

/** A Neo4j server reached through one connection. */
export class Neo4jBackend implements QueryBackend {
  readonly kind = 'neo4j';

  constructor(private readonly connection: Neo4jConnection) {}

  async run(query: string, params: Record<string, unknown>, mode?: 'EXPLAIN' | 'PROFILE'): Promise<QueryResult> {
    return this.connection.run(mode ? `${mode} ${query}` : query, toCypherParams(params));
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
