// Full-build memory benchmark (issue 14, item 2): this checkout's build, which streams the graph
// to disk, beside another checkout's (--before DIR, e.g. main, built), on the same realistic
// synthetic corpus (seed 7) at each size given, in one run. Each size: a cold build by each code
// (extraction included, its own cache), then a warm build by each (every extraction reused from
// that cache, a new snapshot directory: resolution and writing only), alternating; peak RSS and
// CPU time (user + system) from GNU time; every file of the snapshots compared byte for byte.
// Then the marginal CPU and RSS per newsletter between the sizes.
// usage: npm run build && node --import tsx bench/stream-build.bench.ts 1000,3000 --before /path/to/main [--warm-only]

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { writeCorpus } from './synthetic-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? args.splice(beforeAt, 2)[1] : undefined;
if (before === undefined) throw new Error('usage: stream-build.bench.ts SIZES --before DIR');
const warmOnly = args.includes('--warm-only');
const sizes = (args.find((a) => !a.startsWith('--')) ?? '1000,3000').split(',').map(Number);

interface Timed {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

function build(root: string, input: string, out: string, extra: string[] = []): Timed {
  const report = `${out}.time`;
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', '-o', report, process.execPath, join(root, 'bin/crimegraph.js'), 'build', input, '--out', out, ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`build failed (${root}): ${run.stderr}`);
  const [seconds, user, system, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
  return { seconds, cpuSeconds: user + system, peakRssMb: kb / 1024 };
}

function differences(a: string, b: string): string[] {
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort();
  return names.filter((n) => {
    try {
      return !readFileSync(join(a, n)).equals(readFileSync(join(b, n)));
    } catch {
      return true;
    }
  });
}

const line = (label: string, t: Timed) =>
  `${label.padEnd(30)} ${t.seconds.toFixed(1).padStart(7)} s wall ${t.cpuSeconds.toFixed(1).padStart(7)} s CPU ${t.peakRssMb.toFixed(0).padStart(6)} MB peak RSS`;

const work = mkdtempSync(join(tmpdir(), 'crimegraph-stream-'));
const results: { n: number; kind: string; main: Timed; stream: Timed }[] = [];
try {
  for (const n of sizes) {
    const input = join(work, `c${n}`);
    mkdirSync(input);
    writeCorpus(input, n, 7);
    console.log(`\n${n} realistic synthetic newsletters (seed 7)`);
    const caches = { main: join(work, `cache-main-${n}`), stream: join(work, `cache-stream-${n}`) };
    const cold = {
      main: build(before, input, join(work, `cold-main-${n}`), ['--cache', caches.main]),
      stream: build(ROOT, input, join(work, `cold-stream-${n}`), ['--cache', caches.stream]),
    };
    if (!warmOnly) {
      console.log(line('cold, before', cold.main));
      console.log(line('cold, this code', cold.stream));
      results.push({ n, kind: 'cold', ...cold });
    }
    const warm = {
      main: build(before, input, join(work, `warm-main-${n}`), ['--cache', caches.main]),
      stream: build(ROOT, input, join(work, `warm-stream-${n}`), ['--cache', caches.stream]),
    };
    console.log(line('warm (cache reused), before', warm.main));
    console.log(line('warm (cache reused), this code', warm.stream));
    results.push({ n, kind: 'warm', ...warm });
    const differ = [
      ...differences(join(work, `cold-main-${n}`), join(work, `cold-stream-${n}`)),
      ...differences(join(work, `warm-main-${n}`), join(work, `warm-stream-${n}`)),
    ];
    console.log(
      `snapshot files compared: ${readdirSync(join(work, `cold-main-${n}`)).length} x 2; differing: ${differ.length === 0 ? 'none (byte-identical)' : differ.join(', ')}`,
    );
    console.log(
      `peak RSS this code / before: cold ${(cold.stream.peakRssMb / cold.main.peakRssMb).toFixed(2)}x, warm ${(warm.stream.peakRssMb / warm.main.peakRssMb).toFixed(2)}x`,
    );
    rmSync(input, { recursive: true, force: true });
  }
  if (sizes.length >= 2) {
    console.log('\nmarginal cost per newsletter between the sizes (CPU ms, RSS KB):');
    for (const kind of warmOnly ? ['warm'] : ['cold', 'warm']) {
      const rows = results.filter((r) => r.kind === kind);
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        const per = (t: (r: typeof a) => Timed, f: (x: Timed) => number, scale: number) => ((f(t(b)) - f(t(a))) / (b.n - a.n)) * scale;
        for (const side of ['main', 'stream'] as const) {
          const cpu = per(
            (r) => r[side],
            (x) => x.cpuSeconds,
            1000,
          );
          const rss = per(
            (r) => r[side],
            (x) => x.peakRssMb,
            1024,
          );
          const average = (a[side].cpuSeconds / a.n) * 1000;
          console.log(
            `${kind} ${side === 'main' ? 'before   ' : 'this code'} ${a.n} -> ${b.n}: ${cpu.toFixed(1)} ms CPU (${(cpu / average).toFixed(2)}x the average at ${a.n}), ${rss.toFixed(0)} KB peak RSS per newsletter`,
          );
        }
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
