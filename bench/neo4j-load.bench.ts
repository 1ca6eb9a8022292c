// Load throughput into Neo4j, side by side in one run: the batched loader (UNWIND $rows MERGE,
// one transaction per batch) against a naive load of one statement and transaction per row.
//
//   node --import tsx bench/neo4j-load.bench.ts [--relationships N] [--sample N] [--batch N]
//
// Uses $NEO4J_URI when set (with NEO4J_USERNAME / NEO4J_PASSWORD), otherwise starts the
// project's test server on a free port and stops it at the end.

import { parseArgs } from 'node:util';
import { loadGraph, Neo4jConnection, propertyToDriver } from '../src/neo4j/index.js';
import { startServer, stopServer } from '../scripts/neo4j-server.mjs';
import { freePort } from '../test/neo4j/helpers/free-port.js';
import { syntheticGraph } from '../test/neo4j/helpers/sample-graph.js';
import type { PropertyValue } from '../src/graph/schema.js';

const { values } = parseArgs({
  options: {
    relationships: { type: 'string', default: '100000' },
    sample: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '5000' },
  },
});
const relationshipCount = Number(values.relationships);
const sampleSize = Number(values.sample);
const batchSize = Number(values.batch);

async function main(): Promise<void> {
  let port: number | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    port = await freePort();
    process.stderr.write(`bench: starting a Neo4j test server on port ${port}\n`);
    uri = (await startServer({ port, ownerPid: process.pid })).uri;
  }
  const conn = await Neo4jConnection.open({ uri, username: process.env.NEO4J_USERNAME || undefined, password: process.env.NEO4J_PASSWORD });
  try {
    const graph = syntheticGraph(relationshipCount);
    process.stderr.write(`bench: synthetic graph of ${graph.order} nodes and ${graph.size} relationships\n`);
    await conn.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');

    // Batched: the real loader; relationship throughput timed over its relationship phase.
    let relStart = 0;
    let relEnd = 0;
    const summary = await loadGraph(conn, graph, {
      batchSize,
      onProgress: (p) => {
        if (p.phase === 'relationships' && p.done === 0) relStart = performance.now();
        if (p.phase === 'relationships' && p.done === p.total) relEnd = performance.now();
      },
    });
    const batchedSeconds = (relEnd - relStart) / 1000;
    const batchedRate = graph.size / batchedSeconds;

    // Naive: the same relationships again from none, one auto-retried transaction per row, on a
    // sample (the whole set would take many minutes), with the same constraint indexes in place.
    await conn.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    const rows: { type: string; from: string; to: string; source: string; target: string; properties: Record<string, unknown> }[] = [];
    graph.forEachEdge((_key, attributes, source, target) => {
      if (rows.length >= sampleSize) return;
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(attributes.properties)) properties[k] = propertyToDriver(v as PropertyValue);
      rows.push({
        type: attributes.type,
        from: graph.getNodeAttribute(source, 'labels')[0]!,
        to: graph.getNodeAttribute(target, 'labels')[0]!,
        source,
        target,
        properties,
      });
    });
    const naiveStart = performance.now();
    for (const row of rows) {
      // Names come from the synthetic graph's fixed schema labels and types.
      const statement = `MATCH (a:\`${row.from}\` {id: $source}) MATCH (b:\`${row.to}\` {id: $target}) MERGE (a)-[r:\`${row.type}\`]->(b) SET r = $properties`;
      await conn.executeWrite((tx) => tx.run(statement, { source: row.source, target: row.target, properties: row.properties }));
    }
    const naiveSeconds = (performance.now() - naiveStart) / 1000;
    const naiveRate = rows.length / naiveSeconds;
    const naiveScaled = graph.size / naiveRate;

    const line = (name: string, rels: string, seconds: string, rate: number) =>
      `${name.padEnd(34)}${rels.padStart(16)}${seconds.padStart(12)}${Math.round(rate).toLocaleString('en').padStart(14)}`;
    console.log(`Neo4j load throughput (${uri}), ${graph.size} relationships over ${graph.order} nodes`);
    console.log(`${'method'.padEnd(34)}${'relationships'.padStart(16)}${'seconds'.padStart(12)}${'rels/s'.padStart(14)}`);
    console.log(line(`batched UNWIND (batch ${batchSize})`, String(graph.size), batchedSeconds.toFixed(2), batchedRate));
    console.log(line('naive, one statement per row', `${rows.length} sampled`, naiveSeconds.toFixed(2), naiveRate));
    console.log(line('naive, scaled to the whole graph', `${graph.size} (est.)`, naiveScaled.toFixed(1), naiveRate));
    console.log(`whole batched load (constraints, nodes, relationships): ${(summary.ms / 1000).toFixed(2)} s in ${summary.transactions} transactions`);
    console.log(`ratio batched/naive: ${(batchedRate / naiveRate).toFixed(1)}x (target >= 20x)`);
    console.log(
      `note: the naive rate is measured on ${rows.length} of ${graph.size} relationships and scaled, because a full naive load would take ~${Math.round(naiveScaled)} s`,
    );
  } finally {
    await conn.close();
    if (port !== undefined) await stopServer({ port });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
