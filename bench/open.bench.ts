// Opening a snapshot for one query in a fresh process: `crimegraph query` on a snapshot read
// through graph.json (into a graphology graph), beside the same snapshot opened through its
// columns (graph.store, written here by a re-save when the snapshot has none), alternating round
// by round, and `RETURN 1` on the latter (the process and the opening, no match); wall and CPU
// time, peak RSS, and whether the two print the same rows.
// usage: npm run build && node --import tsx bench/open.bench.ts SNAPSHOT_DIR [ROUNDS, default 1] [QUERY]

import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot, saveSnapshot } from '../src/graph/index.js';

const ROOT = join(import.meta.dirname, '..');
const [snapshot, roundsArg, queryArg] = process.argv.slice(2);
if (!snapshot) {
  console.error('usage: node --import tsx bench/open.bench.ts SNAPSHOT_DIR [ROUNDS] [QUERY]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 1);
const STORE_FILES = ['graph.store', 'graph.store.values'];

const work = mkdtempSync(join(tmpdir(), 'crimegraph-open-'));
try {
  const plain = join(work, 'plain');
  const columns = join(work, 'columns');
  cpSync(snapshot, plain, { recursive: true });
  for (const f of [...STORE_FILES, 'graph.json.index']) rmSync(join(plain, f), { force: true });
  if (STORE_FILES.every((f) => existsSync(join(snapshot, f)))) cpSync(snapshot, columns, { recursive: true });
  else await saveSnapshot(columns, await loadSnapshot(plain));
  // An indexed lookup that returns evidence, which the store leaves in graph.store.values.
  const someone = /"(person:[^"]+)"/.exec(head(join(plain, 'graph.json'), 16 << 20))?.[1] ?? 'person:none';
  const query = queryArg ?? `MATCH (p:Person {id: '${someone}'})-[m:MENTIONED_IN]->(i:Item) RETURN i.id, i.title, m.evidence ORDER BY i.id LIMIT 3`;
  console.log(`query: ${query}`);
  const run = (dir: string, text = query) => {
    const report = join(work, 'time.txt');
    const out = execFileSync(
      '/usr/bin/time',
      ['-f', '%e %U %S %M', '-o', report, process.execPath, join(ROOT, 'bin/crimegraph.js'), 'query', text, '--graph', dir, '--format', 'json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const [wall, user, system, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
    return { wall, cpu: user + system, mb: kb / 1024, out };
  };
  for (let round = 1; round <= rounds; round++) {
    const a = run(plain);
    const b = run(columns);
    // Opening without a query: Node, the CLI's modules and graph.store read, nothing matched.
    const c = run(columns, 'RETURN 1');
    const line = (name: string, t: typeof a) =>
      `round ${round} ${name.padEnd(12)} ${t.wall.toFixed(2).padStart(7)} s wall ${t.cpu.toFixed(2).padStart(6)} s CPU ${t.mb.toFixed(0).padStart(6)} MB RSS`;
    console.log(line('graph.json', a));
    console.log(line('graph.store', b));
    console.log(line('RETURN 1', c));
    console.log(
      `round ${round} same rows: ${a.out === b.out ? 'yes' : 'NO'}; rows: ${(JSON.parse(b.out) as unknown[]).length}; ` +
        `store / graph.json CPU ${(b.cpu / a.cpu).toFixed(3)}x, wall ${(b.wall / a.wall).toFixed(3)}x`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The first `bytes` of a file as text (graph.json can be longer than a string V8 holds). */
function head(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
