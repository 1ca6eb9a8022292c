// Query latency: every file in queries/ on the embedded engine and on Neo4j over the same
// snapshot, side by side in one run; prints p50 for each and the ratio embedded/Neo4j.
// usage: npm run build && npx tsx bench/query-latency.bench.ts SNAPSHOT_DIR [ROUNDS]
// Uses NEO4J_URI when set, else starts the project's test server on a free port.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parseQueryFile } from '../src/api/named-queries.js';
import { CypherEngine, fromJson } from '../src/cypher/index.js';
import type { CypherValue } from '../src/cypher/values.js';
import { loadSnapshot } from '../src/graph/index.js';
import { loadGraph, Neo4jConnection } from '../src/neo4j/index.js';
import { startServer, stopServer } from '../scripts/neo4j-server.mjs';
import { freePort } from '../test/neo4j/helpers/free-port.js';

const ROOT = join(import.meta.dirname, '..');
const [snapshotDir, roundsArg] = process.argv.slice(2);
if (!snapshotDir) {
  console.error('usage: npx tsx bench/query-latency.bench.ts SNAPSHOT_DIR [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);

function queryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? queryFiles(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : []))
    .sort();
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * p50 of each side, the two run alternately round by round so that both meet the same moments
 * of a shared machine (a JVM's background threads, other jobs) rather than one side getting a
 * quiet minute and the other a busy one.
 */
async function timeSideBySide(a: () => Promise<unknown> | unknown, b: () => Promise<unknown> | unknown): Promise<[number, number]> {
  for (let i = 0; i < 3; i++) {
    await a();
    await b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [side, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      samples[side as 0 | 1].push(performance.now() - start);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

const snapshot = await loadSnapshot(snapshotDir);
const engine = new CypherEngine(snapshot.graph, { readOnly: true, timeoutMs: 120_000 });
const port = process.env.NEO4J_URI ? undefined : await freePort();
// Neo4j as it would be run for this much data: its default G1 collector and a 4 GB heap
// (the tests use a small heap and the serial collector); NEO4J_HEAP changes the heap.
const jvmOptions = [`-Xms${process.env.NEO4J_HEAP ?? '4g'}`, `-Xmx${process.env.NEO4J_HEAP ?? '4g'}`, '-XX:+UseG1GC'];
const uri = process.env.NEO4J_URI ?? (await startServer({ port, jvmOptions, log: (line: string) => console.error(`[neo4j] ${line}`) })).uri;
const connection = await Neo4jConnection.open({ uri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD });
try {
  await connection.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}).catch(async () => {
    await connection.run('MATCH (n) DETACH DELETE n', {});
  });
  const loadStart = performance.now();
  await loadGraph(connection, snapshot.graph);
  if (!process.env.NEO4J_URI) console.log(`Neo4j started here with ${jvmOptions.join(' ')}`);
  console.log(
    `snapshot ${snapshotDir}: ${snapshot.graph.order} nodes, ${snapshot.graph.size} relationships; Neo4j load ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
  );
  console.log(`p50 of ${rounds} runs after 3 warm-ups, the two engines alternating, milliseconds`);
  console.log(`${'query'.padEnd(40)} ${'embedded'.padStart(9)} ${'neo4j'.padStart(9)} ${'ratio'.padStart(7)}`);
  const ratios: number[] = [];
  for (const file of queryFiles(join(ROOT, 'queries'))) {
    const { text, defaults } = parseQueryFile(readFileSync(file, 'utf8'), file);
    const params: Record<string, CypherValue> = {};
    for (const [name, value] of Object.entries(defaults)) params[name] = fromJson(value);
    const [embedded, neo4j] = await timeSideBySide(
      () => engine.run(text, params),
      () => connection.run(text, params),
    );
    ratios.push(embedded / neo4j);
    console.log(
      `${relative(join(ROOT, 'queries'), file).padEnd(40)} ${embedded.toFixed(2).padStart(9)} ${neo4j.toFixed(2).padStart(9)} ${(embedded / neo4j).toFixed(2).padStart(6)}x`,
    );
  }
  const geometric = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  console.log(
    `geometric mean embedded/neo4j: ${geometric.toFixed(2)}x (below 1 means the embedded engine is faster); worst ${Math.max(...ratios).toFixed(2)}x`,
  );
} finally {
  await connection.close();
  if (port !== undefined) await stopServer({ port });
}
