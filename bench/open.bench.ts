// Opening a snapshot for one query in a fresh process: `crimegraph query` on a snapshot read
// through graph.json, beside the same snapshot with graph.json.index (written here by a re-save
// with { index: true }), alternating round by round; wall and CPU time, peak RSS, and whether
// the two print the same rows.
// usage: npm run build && node --import tsx bench/open.bench.ts SNAPSHOT_DIR [ROUNDS, default 1] [QUERY]

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

const work = mkdtempSync(join(tmpdir(), 'crimegraph-open-'));
try {
  const plain = join(work, 'plain');
  const indexed = join(work, 'indexed');
  cpSync(snapshot, plain, { recursive: true });
  rmSync(join(plain, 'graph.json.index'), { force: true });
  await saveSnapshot(indexed, await loadSnapshot(plain), { index: true });
  // An indexed lookup that returns evidence, which the index leaves in graph.json.
  const someone = /"(person:[^"]+)"/.exec(readFileSync(join(indexed, 'graph.json.index'), 'utf8'))?.[1] ?? 'person:none';
  const query = queryArg ?? `MATCH (p:Person {id: '${someone}'})-[m:MENTIONED_IN]->(i:Item) RETURN i.id, i.title, m.evidence ORDER BY i.id LIMIT 3`;
  console.log(`query: ${query}`);
  const run = (dir: string) => {
    const report = join(work, 'time.txt');
    const out = execFileSync(
      '/usr/bin/time',
      ['-f', '%e %U %S %M', '-o', report, process.execPath, join(ROOT, 'bin/crimegraph.js'), 'query', query, '--graph', dir, '--format', 'json'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const [wall, user, system, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
    return { wall, cpu: user + system, mb: kb / 1024, out };
  };
  for (let round = 1; round <= rounds; round++) {
    const a = run(plain);
    const b = run(indexed);
    const line = (name: string, t: typeof a) =>
      `round ${round} ${name.padEnd(18)} ${t.wall.toFixed(1).padStart(7)} s wall ${t.cpu.toFixed(1).padStart(6)} s CPU ${t.mb.toFixed(0).padStart(6)} MB RSS`;
    console.log(line('graph.json', a));
    console.log(line('graph.json.index', b));
    console.log(`round ${round} same rows: ${a.out === b.out ? 'yes' : 'NO'}; index / graph.json CPU ${(b.cpu / a.cpu).toFixed(2)}x`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
