// Incremental build benchmark: a snapshot of N synthetic newsletters, one newsletter added, then
// the incremental build (reusing the extraction cache and copying the unchanged newsletters'
// records from the snapshot) beside a full build (--full) of the same N + 1 files, in one run;
// every file of the two snapshots compared byte for byte. With --before DIR (another checkout,
// built, e.g. main), that code's incremental build runs too, on a copy of the same snapshot and
// cache, so before and after are measured side by side. Then where an incremental build that
// makes every record spends its time, stage by stage, from the pipeline's progress events.
// usage: npm run build && node --import tsx bench/incremental.bench.ts [N, default 10000] [--before DIR]

import { cpSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { generateCorpus } from './synthetic-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? args.splice(beforeAt, 2)[1] : undefined;
const newsletters = Number(args[0] ?? 10_000);

interface Timed {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** The build's summary line (stderr). */
  summary: string;
}

function build(input: string, out: string, extra: string[] = [], root = ROOT): Timed {
  const report = join(out, '..', `time-${Date.now()}.txt`);
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', '-o', report, process.execPath, join(root, 'bin/crimegraph.js'), 'build', input, '--out', out, ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`build failed: ${run.stderr}`);
  process.stderr.write(run.stderr);
  const [seconds, user, system, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
  return { seconds, cpuSeconds: user + system, peakRssMb: kb / 1024, summary: run.stderr.trim() };
}

/** Every file under `dir`, relative path -> bytes. */
function filesOf(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) for (const [p, b] of filesOf(dir, path)) files.set(p, b);
    else files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

function differences(a: string, b: string): string[] {
  const [fa, fb] = [filesOf(a), filesOf(b)];
  const names = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return names.filter((n) => !fa.get(n) || !fb.get(n) || !fa.get(n)!.equals(fb.get(n)!));
}

const line = (label: string, t: Timed) =>
  `${label.padEnd(34)} ${t.seconds.toFixed(1).padStart(7)} s wall ${t.cpuSeconds.toFixed(1).padStart(7)} s CPU ${t.peakRssMb.toFixed(0).padStart(6)} MB RSS`;

const work = mkdtempSync(join(tmpdir(), 'crimegraph-incremental-'));
try {
  const input = join(work, 'corpus');
  const all = [...generateCorpus(newsletters + 1, 7)];
  execFileSync('mkdir', ['-p', input]);
  for (const { name, text } of all.slice(0, newsletters)) writeFileSync(join(input, name), text);
  const megabytes = all.slice(0, newsletters).reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
  console.log(`${newsletters} synthetic newsletters (${megabytes.toFixed(1)} MB), then one more`);

  const first = build(input, join(work, 'incremental'));
  console.log(line(`first build of ${newsletters}`, first));
  if (before !== undefined) {
    // The same snapshot and cache, for the other code's incremental build; the build state is
    // kept per code, so that code first builds the unchanged corpus once to leave its own (every
    // document reused, every record made), as the first build after an upgrade does.
    cpSync(join(work, 'incremental'), join(work, 'before', 'incremental'), { recursive: true });
    cpSync(join(work, '.incremental.cache'), join(work, 'before', '.incremental.cache'), { recursive: true });
    console.log(line(`${before}: build state`, build(input, join(work, 'before', 'incremental'), [], before)));
  }
  const added = all[newsletters]!;
  writeFileSync(join(input, added.name), added.text);

  let old: Timed | undefined;
  if (before !== undefined) old = build(input, join(work, 'before', 'incremental'), [], before);
  const incremental = build(input, join(work, 'incremental'));
  const full = build(input, join(work, 'full'), ['--full']);
  if (old) console.log(line(`incremental, ${before}`, old));
  console.log(line(`incremental build of ${newsletters} + 1`, incremental));
  console.log(line(`full build of ${newsletters} + 1 (--full)`, full));
  console.log(`incremental: ${/\(reused [^)]*\)/.exec(incremental.summary)?.[0] ?? incremental.summary}`);
  const differ = differences(join(work, 'incremental'), join(work, 'full'));
  console.log(`snapshot files compared: ${filesOf(join(work, 'full')).size}; differing: ${differ.length === 0 ? 'none (byte-identical)' : differ.join(', ')}`);
  console.log(`incremental / full wall time: ${((100 * incremental.seconds) / full.seconds).toFixed(1)}% (target <= 5%)`);
  console.log(`incremental / full CPU time: ${((100 * incremental.cpuSeconds) / full.cpuSeconds).toFixed(1)}%`);
  if (old) {
    const differOld = differences(join(work, 'before', 'incremental'), join(work, 'full'));
    console.log(
      `${before}: incremental / full CPU time ${((100 * old.cpuSeconds) / full.cpuSeconds).toFixed(1)}%; files differing: ${differOld.join(', ') || 'none'}`,
    );
  }

  // Where an incremental build's time goes when it makes every record (no previous records to
  // copy: the first build after other code, or --cache shared by several snapshots): the steps
  // in this process, every file reused; CPU seconds, which the machine's other work does not inflate.
  const { readCorpus } = (await import(pathToFileURL(join(ROOT, 'dist/api/pipeline.js')).href)) as typeof import('../src/api/pipeline.js');
  const { ExtractionCache, snapshotCachePath } = (await import(
    pathToFileURL(join(ROOT, 'dist/cache/index.js')).href
  )) as typeof import('../src/cache/index.js');
  const graph = (await import(pathToFileURL(join(ROOT, 'dist/graph/index.js')).href)) as typeof import('../src/graph/index.js');
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  };
  const stages: [string, number][] = [];
  let stage = '';
  let at = cpu();
  const mark = (next: string) => {
    const now = cpu();
    if (stage) stages.push([stage, now - at]);
    stage = next;
    at = now;
  };
  mark('collect inputs');
  const result = await readCorpus([input], {
    cache: new ExtractionCache(snapshotCachePath(join(work, 'incremental'))),
    onProgress: (e) => {
      const name = e.stage === 'reading' ? 'read files and cache entries' : e.stage;
      if (name !== stage) mark(name);
    },
  });
  mark('graph records');
  const snapshot = graph.createRecordSnapshot(result.corpus, graph.graphRecords(result.corpus));
  mark('write snapshot');
  await graph.saveRecordSnapshot(join(work, 'profiled'), snapshot);
  mark('');
  console.log(`stages of an incremental build in one process (reused ${result.reused} of ${result.corpus.documents.length}), CPU seconds:`);
  const total = stages.reduce((n, [, s]) => n + s, 0);
  for (const [name, seconds] of stages)
    console.log(`  ${name.padEnd(30)} ${seconds.toFixed(1).padStart(6)} s  ${((100 * seconds) / total).toFixed(0).padStart(3)}%`);
  console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
