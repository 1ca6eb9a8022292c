// `npm run bench`: the four measurements of the performance issue in one go, each benchmark run
// as its own process, their figures gathered with the machine and date into bench/RESULTS.md.
// usage: npm run bench [-- --sizes 100,1000,10000] [--skip KINDS] [--only KINDS] [--out FILE]
//   KINDS: extract,workers,scale,incremental,query,load. --only runs those and keeps the other sections of the
//   last run (bench/out/sections.json), each with the date it was measured. --large DIR times the
//   queries on that snapshot instead of the scale benchmark's largest.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { javaToolsPresent } from '../scripts/neo4j-server.mjs';
import { summariseRun, type Section } from './results.js';
import { serveSection, withServeSection } from './serve-section.js';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    skip: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
    out: { type: 'string', default: join(ROOT, 'bench', 'RESULTS.md') },
    rounds: { type: 'string', default: '15' },
    /** A snapshot to time queries on instead of the scale benchmark's largest (with --only query). */
    large: { type: 'string' },
    /** Rewrite RESULTS.md from the last run's figures (bench/out) without running anything. */
    'report-only': { type: 'boolean', default: false },
  },
});
const KINDS = ['extract', 'workers', 'scale', 'incremental', 'query', 'load'] as const;
const only = values.only.split(',').filter(Boolean);
const skip = new Set([...values.skip.split(',').filter(Boolean), ...(only.length > 0 ? KINDS.filter((k) => !only.includes(k)) : [])]);
const SECTIONS_FILE = join(ROOT, 'bench', 'out', 'sections.json');
const MACHINE_FILE = join(ROOT, 'bench', 'out', 'machine.json');
const sizes = values.sizes.split(',').map(Number);
const largest = Math.max(...sizes);
const work = mkdtempSync(join(tmpdir(), 'crimegraph-bench-'));
const neo4jReason = process.env.NEO4J_URI || javaToolsPresent() ? undefined : 'java and mvn were not found and NEO4J_URI is not set';

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

/** Run one benchmark script under tsx; its stdout is the record, its stderr passes through. */
function runScript(script: string, args: string[]): { output: string; seconds: number; failed?: string; date: string } {
  log(`${script} ${args.join(' ')}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const failed = run.status === 0 ? undefined : `exit ${run.status ?? run.signal}${run.error ? `: ${run.error.message}` : ''}`;
  process.stderr.write(run.stdout);
  return { output: run.stdout.trimEnd(), seconds, failed, date: new Date().toISOString() };
}

function machine(): string[] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${model}; \`nproc\` ${nproc}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free at the start`,
    `- Node ${process.version}; load average at the start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min)`,
    `- commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}`,
  ];
}

/** "the 3000-newsletter graph", from the snapshot's manifest. */
function graphName(dir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: unknown[] };
    return `the ${manifest.documents.length}-newsletter graph`;
  } catch {
    return `the graph of ${dir}`;
  }
}

const sections: Section[] = [];
const reportOnly = values['report-only'];
const header = reportOnly && existsSync(MACHINE_FILE) ? (JSON.parse(readFileSync(MACHINE_FILE, 'utf8')) as string[]) : machine();
if (reportOnly) sections.push(...(JSON.parse(readFileSync(SECTIONS_FILE, 'utf8')) as Section[]));
else
  try {
    log('building dist/ (the scale benchmark and worker threads run the compiled code)');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

    if (!skip.has('extract')) sections.push({ kind: 'extract', ...runScript('extract.bench.ts', ['7']) });
    // 300 newsletters: enough that each thread's model load and JIT warm-up (~1-2 s of CPU) is amortised.
    if (!skip.has('workers')) sections.push({ kind: 'workers', ...runScript('pipeline-workers.ts', ['300', '3']) });

    const keep = values.large ?? join(work, `snapshot-${largest}`);
    if (!skip.has('scale')) {
      const run = runScript('scale.bench.ts', values.large ? [sizes.join(',')] : [sizes.join(','), '--keep', keep]);
      const json = join(ROOT, 'bench', 'out', 'scale.json');
      sections.push({ kind: 'scale', ...run, json: run.failed || !existsSync(json) ? undefined : readFileSync(json, 'utf8') });
    }

    // One newsletter added to a snapshot of the largest size: incremental against full, in one run.
    if (!skip.has('incremental')) sections.push({ kind: 'incremental', ...runScript('incremental.bench.ts', [String(largest)]) });

    if (!skip.has('query')) {
      const fixtures = join(work, 'fixtures-snapshot');
      execFileSync(process.execPath, [join(ROOT, 'bin', 'crimegraph.js'), 'build', join(ROOT, 'fixtures'), '--out', fixtures], { stdio: 'ignore' });
      for (const [name, dir] of [
        ['the fixtures graph (5 newsletters)', fixtures],
        [values.large ? graphName(values.large) : `the ${largest}-newsletter graph`, keep],
      ] as const) {
        if (neo4jReason) sections.push({ kind: 'query', graph: name, output: '', seconds: 0, skipped: neo4jReason });
        else if (!existsSync(dir))
          sections.push({ kind: 'query', graph: name, output: '', seconds: 0, skipped: 'the scale benchmark did not leave this snapshot' });
        else sections.push({ kind: 'query', graph: name, ...runScript('query-latency.bench.ts', [dir, values.rounds]) });
      }
    }

    if (!skip.has('load')) {
      if (neo4jReason) sections.push({ kind: 'load', output: '', seconds: 0, skipped: neo4jReason });
      else sections.push({ kind: 'load', ...runScript('neo4j-load.bench.ts', []) });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

if (!reportOnly && only.length > 0 && existsSync(SECTIONS_FILE)) {
  // Keep the last run's sections for what was not run now, in the usual order.
  const previous = JSON.parse(readFileSync(SECTIONS_FILE, 'utf8')) as Section[];
  const kept = previous.filter((p) => !only.includes(p.kind));
  sections.splice(0, sections.length, ...[...kept, ...sections].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)));
}
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(SECTIONS_FILE, `${JSON.stringify(sections, null, 2)}\n`);
writeFileSync(MACHINE_FILE, `${JSON.stringify(header, null, 2)}\n`);
const command = reportOnly
  ? 'npm run bench -- --report-only'
  : `npm run bench -- --sizes ${sizes.join(',')}${values.only ? ` --only ${values.only}` : skip.size ? ` --skip ${[...skip].join(',')}` : ''}`;
// The serve benchmark (bench/serve.bench.ts) writes its own block; a full run keeps it.
const previous = existsSync(values.out) ? serveSection(readFileSync(values.out, 'utf8')) : undefined;
const text = withServeSection(summariseRun(header, sections, command), previous);
writeFileSync(values.out, text);
log(`wrote ${relative(process.cwd(), values.out)}`);
if (sections.some((s) => s.failed)) process.exitCode = 1;
