// `npm run bench`: the four measurements of the performance issue in one go, each benchmark run
// as its own process, their figures gathered with the machine and date into bench/RESULTS.md.
// usage: npm run bench [-- --sizes 100,1000,10000] [--skip extract,workers,scale,query,load] [--out FILE]

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { javaToolsPresent } from '../scripts/neo4j-server.mjs';
import { summariseRun, type Section } from './results.js';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: join(ROOT, 'bench', 'RESULTS.md') },
    rounds: { type: 'string', default: '15' },
  },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const sizes = values.sizes.split(',').map(Number);
const largest = Math.max(...sizes);
const work = mkdtempSync(join(tmpdir(), 'crimegraph-bench-'));
const neo4jReason = process.env.NEO4J_URI || javaToolsPresent() ? undefined : 'java and mvn were not found and NEO4J_URI is not set';

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

/** Run one benchmark script under tsx; its stdout is the record, its stderr passes through. */
function runScript(script: string, args: string[]): { output: string; seconds: number; failed?: string } {
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
  return { output: run.stdout.trimEnd(), seconds, failed };
}

function machine(): string[] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${model}; \`nproc\` ${nproc}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free at the start`,
    `- Node ${process.version}; load average at the start ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`,
    `- commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}`,
  ];
}

const sections: Section[] = [];
const header = machine();
try {
  log('building dist/ (the scale benchmark and worker threads run the compiled code)');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  if (!skip.has('extract')) sections.push({ kind: 'extract', ...runScript('extract.bench.ts', ['7']) });
  if (!skip.has('workers')) sections.push({ kind: 'workers', ...runScript('pipeline-workers.ts', ['8']) });

  const keep = join(work, `snapshot-${largest}`);
  if (!skip.has('scale')) {
    const run = runScript('scale.bench.ts', [sizes.join(','), '--keep', keep]);
    const json = join(ROOT, 'bench', 'out', 'scale.json');
    sections.push({ kind: 'scale', ...run, json: run.failed || !existsSync(json) ? undefined : readFileSync(json, 'utf8') });
  }

  if (!skip.has('query')) {
    const fixtures = join(work, 'fixtures-snapshot');
    execFileSync(process.execPath, [join(ROOT, 'bin', 'crimegraph.js'), 'build', join(ROOT, 'fixtures'), '--out', fixtures], { stdio: 'ignore' });
    for (const [name, dir] of [['the fixtures graph (5 newsletters)', fixtures], [`the ${largest}-newsletter graph`, keep]] as const) {
      if (neo4jReason) sections.push({ kind: 'query', graph: name, output: '', seconds: 0, skipped: neo4jReason });
      else if (!existsSync(dir)) sections.push({ kind: 'query', graph: name, output: '', seconds: 0, skipped: 'the scale benchmark did not leave this snapshot' });
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

const text = summariseRun(header, sections, `npm run bench -- --sizes ${sizes.join(',')}${skip.size ? ` --skip ${[...skip].join(',')}` : ''}`);
writeFileSync(values.out, text);
log(`wrote ${relative(process.cwd(), values.out)}`);
if (sections.some((s) => s.failed)) process.exitCode = 1;
