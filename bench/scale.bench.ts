// Scale benchmark: build synthetic corpora of growing size with the real CLI and report wall
// time, peak RSS and graph size for each, with the cost per newsletter so linearity shows.
// CPU time (user + system, all threads) is reported beside wall time: on a shared machine it is
// the figure that does not depend on what else runs.
// usage: npm run build && npx tsx bench/scale.bench.ts [SIZES, default 100,1000,10000] [--keep DIR]
//   --keep DIR keeps the snapshot of the largest size in DIR (for the query latency benchmark)

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { writeCorpus } from './synthetic-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const { values: flags, positionals } = parseArgs({ options: { keep: { type: 'string' } }, allowPositionals: true });
const sizes = (positionals[0] ?? '100,1000,10000').split(',').map(Number);

interface ScaleRow {
  newsletters: number;
  megabytes: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  nodes: number;
  relationships: number;
  entities: number;
  msPerNewsletter: number;
}

function build(input: string, out: string): { seconds: number; cpuSeconds: number; peakRssMb: number } {
  // GNU time reports the peak RSS and CPU time of the whole process, worker threads included.
  const report = join(out, '..', 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, join(ROOT, 'bin/crimegraph.js'), 'build', input, '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [seconds, user, system, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
  return { seconds, cpuSeconds: user + system, peakRssMb: kb / 1024 };
}

const rows: ScaleRow[] = [];
for (const newsletters of sizes) {
  const work = mkdtempSync(join(tmpdir(), `crimegraph-scale-${newsletters}-`));
  try {
    const input = join(work, 'corpus');
    const bytes = writeCorpus(input, newsletters, 7);
    const { seconds, cpuSeconds, peakRssMb } = build(input, join(work, 'out'));
    const manifest = JSON.parse(readFileSync(join(work, 'out', 'manifest.json'), 'utf8')) as {
      counts: { nodes: number; relationships: number; entities: number };
    };
    const row: ScaleRow = {
      newsletters,
      megabytes: bytes / 1e6,
      seconds,
      cpuSeconds,
      peakRssMb,
      nodes: manifest.counts.nodes,
      relationships: manifest.counts.relationships,
      entities: manifest.counts.entities,
      msPerNewsletter: (cpuSeconds * 1000) / newsletters,
    };
    if (flags.keep && newsletters === Math.max(...sizes)) {
      rmSync(flags.keep, { recursive: true, force: true });
      cpSync(join(work, 'out'), flags.keep, { recursive: true });
    }
    rows.push(row);
    console.log(
      `${String(newsletters).padStart(6)} newsletters  ${row.megabytes.toFixed(1).padStart(6)} MB  ${seconds.toFixed(1).padStart(7)} s wall  ${cpuSeconds.toFixed(1).padStart(7)} s CPU  ` +
        `${peakRssMb.toFixed(0).padStart(5)} MB RSS  ${row.nodes} nodes  ${row.relationships} relationships  ${row.msPerNewsletter.toFixed(1)} ms CPU/newsletter`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// A fixed start-up cost (loading the model, warming the JIT) flatters the larger sizes in the
// average, so linearity is judged on the marginal cost: CPU per extra newsletter between sizes.
const marginal = rows.slice(1).map((row, i) => {
  const prev = rows[i]!;
  return { from: prev.newsletters, to: row.newsletters, ms: ((row.cpuSeconds - prev.cpuSeconds) * 1000) / (row.newsletters - prev.newsletters) };
});
for (const m of marginal) console.log(`marginal CPU per newsletter from ${m.from} to ${m.to}: ${m.ms.toFixed(1)} ms`);
if (marginal.length > 1) {
  const [a, b] = [marginal[0]!, marginal[marginal.length - 1]!];
  console.log(`marginal cost growth, ${b.from}-${b.to} vs ${a.from}-${a.to}: ${(b.ms / a.ms).toFixed(2)}x (1.00x is linear)`);
}
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'out', 'scale.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, rows, marginal }, null, 2)}\n`,
);
