// Query latency of two builds of the embedded engine side by side in one run: every file in
// queries/ and a few pattern queries (label scans, the count store, degree lookups, expansions),
// on the same graph. For a change to the planner or executor: "before" is a copy of dist/ built
// from the base commit, "after" this worktree's dist/. Each build runs in processes of its own
// (one engine per heap: a shared heap hands one engine's garbage collection to the other's
// timings), the two alternating, ROUNDS runs of each query per process after 3 warm-ups; the
// figure per query is the median over the processes of each one's p50. Prints both and the ratio
// after/before, and checks the two give the same rows.
// usage: npm run build && npx tsx bench/engine-versions.bench.ts BEFORE_DIST AFTER_DIST SNAPSHOT_DIR [ROUNDS] [PROCESSES]

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { parseQueryFile } from '../src/api/named-queries.js';
import { loadSnapshot } from '../src/graph/index.js';

const ROOT = join(import.meta.dirname, '..');
const child = process.argv[2] === '--child';
const [beforeDist, afterDist, snapshotDir, roundsArg, processesArg] = process.argv.slice(child ? 3 : 2);
if (!beforeDist || !afterDist || !snapshotDir) {
  console.error('usage: npx tsx bench/engine-versions.bench.ts BEFORE_DIST AFTER_DIST SNAPSHOT_DIR [ROUNDS] [PROCESSES]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);
const processes = Number(processesArg ?? 3);

/** What this benchmark needs of a build's cypher module (the public surface of both builds). */
interface CypherBuild {
  CypherEngine: new (
    graph: unknown,
    options: { readOnly: boolean; timeoutMs: number },
  ) => { run(query: string, params: Record<string, unknown>): { rows: unknown[][] } };
  fromJson(value: unknown): unknown;
  toJson(value: unknown): unknown;
}

/** Pattern queries beside queries/: the planner's choices at work on this graph. */
const PATTERN_QUERIES: [name: string, text: string][] = [
  ['pattern: label scan and expand', 'MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) RETURN count(*) AS c'],
  ['pattern: two labels, smaller scanned', 'MATCH (n:Item:Person) RETURN count(*) AS c'],
  ['pattern: count store by type', 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c'],
  ['pattern: count store by label', 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c'],
  ['pattern: degree in COUNT { }', 'MATCH (b:Body) RETURN b.name AS name, COUNT { (b)<-[:AFFILIATED_WITH]-() } AS people ORDER BY people DESC, name LIMIT 10'],
  ['pattern: property lookup', 'MATCH (p:Person) WITH p.name AS name LIMIT 1 MATCH (q:Person {name: name})-[r]-(x) RETURN count(*) AS c'],
  [
    'pattern: filter placed on the start',
    "MATCH (b:Body)<-[:AFFILIATED_WITH]-(p:Person) WHERE b.name STARTS WITH 'A' AND p.name <> b.name RETURN count(*) AS c",
  ],
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

const queries: [name: string, text: string, defaults: Record<string, unknown>][] = [
  ...queryFiles(join(ROOT, 'queries')).map((file): [string, string, Record<string, unknown>] => {
    const { text, defaults } = parseQueryFile(readFileSync(file, 'utf8'), file);
    return [relative(join(ROOT, 'queries'), file), text, defaults];
  }),
  ...PATTERN_QUERIES.map(([name, text]): [string, string, Record<string, unknown>] => [name, text, {}]),
];

if (child) {
  // One build (BEFORE_DIST is the one to time here): p50 and a digest of the rows of each query, as JSON.
  const build = (await import(pathToFileURL(resolve(beforeDist, 'cypher', 'index.js')).href)) as CypherBuild;
  const snapshot = await loadSnapshot(snapshotDir);
  const engine = new build.CypherEngine(snapshot.graph, { readOnly: true, timeoutMs: 120_000 });
  const out: Record<string, { p50: number; rows: string }> = {};
  for (const [name, text, defaults] of queries) {
    const params = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, build.fromJson(v)]));
    const rows = createHash('sha1')
      .update(JSON.stringify(engine.run(text, params).rows.map((r) => r.map((v) => build.toJson(v)))))
      .digest('hex');
    for (let i = 0; i < 2; i++) engine.run(text, params);
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      engine.run(text, params);
      samples.push(performance.now() - start);
    }
    out[name] = { p50: median(samples), rows };
  }
  // Written whole before the process ends (process.exit could cut a piped stdout short).
  process.stdout.write(JSON.stringify({ nodes: snapshot.graph.order, relationships: snapshot.graph.size, queries: out }) + '\n');
} else {
  type ChildResult = { nodes: number; relationships: number; queries: Record<string, { p50: number; rows: string }> };
  const runChild = (dist: string): ChildResult =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'engine-versions.bench.ts'), '--child', dist, afterDist, snapshotDir, String(rounds)],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      ),
    ) as ChildResult;
  const results: [ChildResult[], ChildResult[]] = [[], []];
  for (let i = 0; i < processes; i++) for (const [side, dist] of [beforeDist, afterDist].entries()) results[side as 0 | 1].push(runChild(dist));
  const first = results[0][0]!;
  console.log(`snapshot ${snapshotDir}: ${first.nodes} nodes, ${first.relationships} relationships`);
  console.log(
    `before ${beforeDist}, after ${afterDist}; ${processes} processes each, alternating; per process p50 of ${rounds} runs after 3 warm-ups; the median of those, milliseconds`,
  );
  console.log(`${'query'.padEnd(40)} ${'before'.padStart(9)} ${'after'.padStart(9)} ${'ratio'.padStart(7)}`);
  const ratios: number[] = [];
  for (const [name] of queries) {
    if (results[0][0]!.queries[name]!.rows !== results[1][0]!.queries[name]!.rows) throw new Error(`${name}: the two builds give different rows`);
    const [b, a] = results.map((side) => median(side.map((r) => r.queries[name]!.p50))) as [number, number];
    ratios.push(a / b);
    console.log(`${name.padEnd(40)} ${b.toFixed(2).padStart(9)} ${a.toFixed(2).padStart(9)} ${(a / b).toFixed(2).padStart(6)}x`);
  }
  const geometric = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  console.log(
    `geometric mean after/before: ${geometric.toFixed(2)}x (below 1 means after is faster); best ${Math.min(...ratios).toFixed(2)}x, worst ${Math.max(...ratios).toFixed(2)}x`,
  );
}
