// Query latency of two builds of the embedded engine side by side in one run: every file in
// queries/ and a few pattern queries (label scans, the count store, degree lookups, expansions),
// on the same loaded graph, the two builds alternating round by round. For a change to the
// planner or executor: "before" is a copy of dist/ built from the base commit, "after" this
// worktree's dist/. Prints p50 for each and the ratio after/before; checks both give the same rows.
// usage: npm run build && npx tsx bench/engine-versions.bench.ts BEFORE_DIST AFTER_DIST SNAPSHOT_DIR [ROUNDS]

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { parseQueryFile } from '../src/api/named-queries.js';
import { loadSnapshot } from '../src/graph/index.js';

const ROOT = join(import.meta.dirname, '..');
const [beforeDist, afterDist, snapshotDir, roundsArg] = process.argv.slice(2);
if (!beforeDist || !afterDist || !snapshotDir) {
  console.error('usage: npx tsx bench/engine-versions.bench.ts BEFORE_DIST AFTER_DIST SNAPSHOT_DIR [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);

/** What this benchmark needs of a build's cypher module (the public surface of both builds). */
interface CypherBuild {
  CypherEngine: new (
    graph: unknown,
    options: { readOnly: boolean; timeoutMs: number },
  ) => { run(query: string, params: Record<string, unknown>): { rows: unknown[][] } };
  fromJson(value: unknown): unknown;
  toJson(value: unknown): unknown;
}

async function build(dist: string): Promise<CypherBuild> {
  return (await import(pathToFileURL(resolve(dist, 'cypher', 'index.js')).href)) as CypherBuild;
}

/** Pattern queries beside queries/: the planner's choices at work on this graph. */
const PATTERN_QUERIES: [name: string, text: string][] = [
  ['pattern: label scan and expand', 'MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) RETURN count(*) AS c'],
  ['pattern: two labels, smaller scanned', 'MATCH (n:Item:Person) RETURN count(*) AS c'],
  ['pattern: count store by type', 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c'],
  ['pattern: count store by label', 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c'],
  ['pattern: degree in COUNT { }', 'MATCH (b:Body) RETURN b.name AS name, COUNT { (b)<-[:AFFILIATED_WITH]-() } AS people ORDER BY people DESC, name LIMIT 10'],
  ['pattern: property lookup', 'MATCH (p:Person) WITH p.name AS name LIMIT 1 MATCH (q:Person {name: name})-[r]-(x) RETURN count(*) AS c'],
  ['pattern: two hops, filtered', 'MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body)<-[:AFFILIATED_WITH]-(q:Person) WHERE p.name < q.name RETURN count(*) AS c'],
  ['pattern: dead end', 'MATCH (p:Person) WITH p.name AS k, count(*) AS c WHERE false RETURN k'],
];

function queryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? queryFiles(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : []))
    .sort();
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeSideBySide(a: () => unknown, b: () => unknown): [number, number] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [side, run] of [a, b].entries()) {
      const start = performance.now();
      run();
      samples[side as 0 | 1].push(performance.now() - start);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

const [before, after] = [await build(beforeDist), await build(afterDist)];
const snapshot = await loadSnapshot(snapshotDir);
const engines = [
  new before.CypherEngine(snapshot.graph, { readOnly: true, timeoutMs: 120_000 }),
  new after.CypherEngine(snapshot.graph, { readOnly: true, timeoutMs: 120_000 }),
];
console.log(`snapshot ${snapshotDir}: ${snapshot.graph.order} nodes, ${snapshot.graph.size} relationships`);
console.log(`before ${beforeDist}, after ${afterDist}; p50 of ${rounds} runs after 3 warm-ups, the two alternating, milliseconds`);
console.log(`${'query'.padEnd(40)} ${'before'.padStart(9)} ${'after'.padStart(9)} ${'ratio'.padStart(7)}`);

const queries: [name: string, text: string, defaults: Record<string, unknown>][] = [
  ...queryFiles(join(ROOT, 'queries')).map((file): [string, string, Record<string, unknown>] => {
    const { text, defaults } = parseQueryFile(readFileSync(file, 'utf8'), file);
    return [relative(join(ROOT, 'queries'), file), text, defaults];
  }),
  ...PATTERN_QUERIES.map(([name, text]): [string, string, Record<string, unknown>] => [name, text, {}]),
];
const ratios: number[] = [];
for (const [name, text, defaults] of queries) {
  const params = [before, after].map((b) => Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, b.fromJson(v)])));
  const rows = [0, 1].map((i) => JSON.stringify(engines[i]!.run(text, params[i]!).rows.map((r) => r.map((v) => [before, after][i]!.toJson(v)))));
  if (rows[0] !== rows[1]) throw new Error(`${name}: the two builds give different rows`);
  const [b, a] = timeSideBySide(
    () => engines[0]!.run(text, params[0]!),
    () => engines[1]!.run(text, params[1]!),
  );
  ratios.push(a / b);
  console.log(`${name.padEnd(40)} ${b.toFixed(2).padStart(9)} ${a.toFixed(2).padStart(9)} ${(a / b).toFixed(2).padStart(6)}x`);
}
const geometric = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
console.log(
  `geometric mean after/before: ${geometric.toFixed(2)}x (below 1 means after is faster); best ${Math.min(...ratios).toFixed(2)}x, worst ${Math.max(...ratios).toFixed(2)}x`,
);
