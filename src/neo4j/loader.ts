// loadGraph: writes a PropertyGraph into Neo4j, constraints first, then nodes, then relationships,
// each batch one retried write transaction; MERGE on ids makes a second load change nothing.

import type { PropertyGraph } from '../graph/schema.js';
import type { Neo4jConnection } from './connection.js';
import { Neo4jError } from './neo4j-error.js';
import { planLoad } from './load-plan.js';

export interface LoadProgress {
  phase: 'constraints' | 'nodes' | 'relationships';
  done: number;
  total: number;
}

/**
 * What loading needs of a connection: `Neo4jConnection` itself, or in unit tests a fake that
 * records the statements (test/neo4j/helpers/fake-connection.ts).
 */
export type LoadTarget = Pick<Neo4jConnection, 'where' | 'executeWrite'>;

export interface LoadOptions {
  /** Rows per transaction. Default 1000. */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  /** What this load added; 0 and 0 when the same graph was loaded before. */
  nodesCreated: number;
  relationshipsCreated: number;
  transactions: number;
  ms: number;
}

/**
 * Load `graph` into the connection's database. Safe to repeat and to resume after a failure:
 * every write is a MERGE on `id`, and properties are SET from the graph, so a later snapshot of
 * the same corpus (more newsletters) adds new nodes and relationships and updates the rest.
 *
 * @example
 * const { graph } = await loadSnapshot('out/graph');
 * await loadGraph(conn, graph, { onProgress: (p) => console.error(p.phase, p.done, p.total) });
 */
export async function loadGraph(connection: LoadTarget, graph: PropertyGraph, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const plan = planLoad(graph, options.batchSize ?? 1000);
  const progress = options.onProgress ?? (() => {});
  const summary: LoadSummary = {
    nodes: plan.nodeCount,
    relationships: plan.relationshipCount,
    nodesCreated: 0,
    relationshipsCreated: 0,
    transactions: 0,
    ms: 0,
  };

  for (const [i, statement] of plan.constraints.entries()) {
    progress({ phase: 'constraints', done: i, total: plan.constraints.length });
    await connection.executeWrite((tx) => tx.run(statement), 'creating the id constraints');
    summary.transactions++;
  }
  progress({ phase: 'constraints', done: plan.constraints.length, total: plan.constraints.length });

  let done = 0;
  progress({ phase: 'nodes', done, total: plan.nodeCount });
  for (const batch of plan.nodeBatches) {
    const result = await connection.executeWrite((tx) => tx.run(batch.statement, { rows: batch.rows }), `loading nodes (${done} of ${plan.nodeCount} written)`);
    summary.nodesCreated += result.summary.counters.updates().nodesCreated;
    summary.transactions++;
    done += batch.rows.length;
    progress({ phase: 'nodes', done, total: plan.nodeCount });
  }

  done = 0;
  progress({ phase: 'relationships', done, total: plan.relationshipCount });
  for (const batch of plan.relationshipBatches) {
    const result = await connection.executeWrite(
      (tx) => tx.run(batch.statement, { rows: batch.rows }),
      `loading relationships (${done} of ${plan.relationshipCount} written)`,
    );
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== batch.rows.length) {
      // An end node went missing between the node phase and now (someone deleted it).
      throw new Neo4jError(
        'E_NEO4J',
        `Neo4j at ${connection.where}: ${batch.rows.length - written} relationships found no end node; load again`,
        undefined,
        true,
      );
    }
    summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
    summary.transactions++;
    done += batch.rows.length;
    progress({ phase: 'relationships', done, total: plan.relationshipCount });
  }
  summary.ms = Date.now() - started;
  return summary;
}
