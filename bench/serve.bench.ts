// Load benchmark of `crimegraph serve`: autocannon with 50 connections for 60 s against the built
// CLI, a mix of entity pages (the five API calls a page makes), searches and named queries; then
// a query past its timeout and one that ignores it, fired at the start of a second run, to show the rest
// keep being answered (a spare worker replaces the one stopped). Records failed requests, latency percentiles and the server's RSS (main
// thread and query workers: one process) after warm-up and at the end, in bench/RESULTS.md.
//
// usage: npm run build && npx tsx bench/serve.bench.ts [--graph DIR | --newsletters N]
//          [--connections 50] [--seconds 60] [--workers 2] [--no-write]
//   --graph DIR uses a built snapshot (the 10,000-newsletter one: bench/scale.bench.ts --keep DIR);
//   otherwise N synthetic newsletters (default 1000) are generated and built first.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { serveSection, withServeSection, SERVE_END, SERVE_START } from './serve-section.js';
import { writeCorpus } from './synthetic-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    graph: { type: 'string' },
    newsletters: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    workers: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '10000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const work = mkdtempSync(join(tmpdir(), 'crimegraph-serve-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

function snapshot(): { dir: string; label: string } {
  if (values.graph) return { dir: values.graph, label: values.graph };
  const n = Number(values.newsletters);
  log(`generating and building ${n} synthetic newsletters…`);
  writeCorpus(join(work, 'corpus'), n, 7);
  execFileSync(process.execPath, [join(ROOT, 'bin/crimegraph.js'), 'build', join(work, 'corpus'), '--out', join(work, 'out')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir: join(work, 'out'), label: `${n} synthetic newsletters` };
}

/** RSS of a process in MB (all its threads: the query workers are threads of the server). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function post(url: string, body: unknown): Promise<{ status: number; json: any; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json(), ms: performance.now() - started };
}

type Request = { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> };

async function requestMix(url: string): Promise<{ requests: Request[]; entities: number; queries: string[] }> {
  // Entities across the range of fame: the most mentioned and a spread of the rest.
  const { json } = await post(`${url}api/cypher`, {
    query: 'MATCH (e) WHERE e:Person OR e:Body OR e:Act OR e:Programme RETURN e.id AS id ORDER BY e.mentionCount DESC, e.id LIMIT 2000',
  });
  const ids = (json.rows as { id: string }[]).map((r) => r.id);
  // A few of the most mentioned (thousands of items each on a large graph) and a spread of the rest.
  const step = Math.max(1, Math.floor(ids.length / 40));
  const picked = [...ids.slice(0, 3), ...ids.filter((_, i) => i % step === Math.floor(step / 2)).slice(0, 37)];
  const named = (await (await fetch(`${url}api/queries`)).json()) as { name: string }[];
  const requests: Request[] = [];
  const json_ = { 'content-type': 'application/json' };
  picked.forEach((id, i) => {
    const ref = encodeURIComponent(id);
    // One page load: the entity, its merges, mentions, neighbours and timeline.
    // (mentions as the workbench asks for them: the first 100, with the total in a header)
    for (const tail of ['', '/merges', '/mentions?limit=100', '/neighbours', '/timeline'])
      requests.push({ method: 'GET', path: `/api/entities/${ref}${tail}` });
    requests.push({ method: 'GET', path: `/api/search?q=${encodeURIComponent(id.split(':')[1]!.replace(/-/g, ' ').slice(0, 12))}` });
    const query = named[i % named.length]!;
    requests.push({ method: 'POST', path: `/api/queries/${query.name}`, body: JSON.stringify({ params: {} }), headers: json_ });
  });
  return { requests, entities: picked.length, queries: named.map((q) => q.name) };
}

// Each request is drawn at random from the mix (seeded), so the 50 connections do not march
// through it in step, all asking for the same page at once.
function run(url: string, mix: Request[], duration: number, seed = 1): Promise<autocannon.Result> {
  let state = seed;
  const next = () => mix[(state = (state * 16807) % 2147483647) % mix.length]!;
  const requests = [
    {
      setupRequest: (request: object) => {
        const r = next();
        return { ...request, method: r.method, path: r.path, body: r.body, headers: r.headers ?? {} };
      },
    },
  ] as unknown as autocannon.Request[];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, requests, timeout: 120 }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

function codes(result: autocannon.Result): string {
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  return Object.entries(stats)
    .map(([code, { count }]) => `${code}: ${count}`)
    .join(', ');
}

const { dir, label } = snapshot();
const started = Date.now();
const server = spawn(
  process.execPath,
  [join(ROOT, 'bin/crimegraph.js'), 'serve', '--graph', dir, '--port', '0', '--query-workers', values.workers, '--timeout', values.timeout],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('\n')) resolve(out.trim());
  });
  server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
});
const startupSeconds = (Date.now() - started) / 1000;
const loadAtStart = loadavg()[0]!;
log(`serving ${label} at ${url} (ready after ${startupSeconds.toFixed(1)} s), RSS ${rssMb(server.pid!).toFixed(0)} MB`);

try {
  const { requests, entities, queries } = await requestMix(url);
  log(`mix: ${requests.length} requests (${entities} entity pages of 5 calls, ${entities} searches, ${entities} named queries over ${queries.length} files)`);

  // Warm-up, then the measured run with RSS sampled every second.
  await run(url, requests, 10);
  const rssAfterWarmup = rssMb(server.pid!);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(server.pid!)), 1000);
  const load = await run(url, requests, seconds);
  clearInterval(sampler);
  const rssEnd = rssMb(server.pid!);

  // A second run, with a query past its timeout and one that ignores it fired as it starts.
  const slowQueries = [
    post(`${url}api/cypher`, { query: 'MATCH (a), (b), (c) WHERE a.id < b.id AND b.id < c.id RETURN count(*) AS n' }),
    // A regular expression that backtracks exponentially: one step the engine cannot interrupt,
    // so its worker is terminated at timeout + 2 s and a spare takes its place.
    post(`${url}api/cypher`, { query: "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$' AS stuck" }),
  ];
  const stalled = new Promise<autocannon.Result>((resolve, reject) => setTimeout(() => run(url, requests, 30).then(resolve, reject), 0));
  const slow = await Promise.all(slowQueries);
  const during = await stalled;

  const health = (await (await fetch(`${url}api/stats`)).json()) as { workers: unknown; cache: unknown };
  const lat = load.latency;
  const failed = load.errors + load.timeouts + load.non2xx;
  const failedDuring = during.errors + during.timeouts + during.non2xx;
  const lines = [
    SERVE_START,
    '## Serve under load (bench/serve.bench.ts)',
    '',
    '```',
    `graph: ${label} (${dir}); server: crimegraph serve --query-workers ${values.workers} --timeout ${values.timeout} (defaults: --spare-workers 1, --cache-mb 256); ready after ${startupSeconds.toFixed(1)} s`,
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average at the start ${loadAtStart.toFixed(1)}, at the end ${loadavg()[0]!.toFixed(1)}`,
    `mix: ${entities} entity pages (entity, merges, mentions, neighbours, timeline), ${entities} searches, ${entities} named queries (${queries.join(', ')})`,
    `load: ${connections} connections for ${seconds} s after a 10 s warm-up`,
    `requests: ${load.requests.total} (${load.requests.average.toFixed(1)}/s), failed: ${failed} (errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx})`,
    `latency ms: p50 ${lat.p50}, p90 ${lat.p90}, p99 ${lat.p99}, max ${lat.max}`,
    `status codes: ${codes(load)}`,
    `RSS MB (server process, query workers included): after warm-up ${rssAfterWarmup.toFixed(0)}, min/max during the run ${Math.min(...samples).toFixed(0)}/${Math.max(...samples).toFixed(0)}, at the end ${rssEnd.toFixed(0)}`,
    `slow queries during a second ${connections}-connection run of 30 s: ${slow.map((s) => `${s.status} ${s.json.error?.code ?? 'ok'} after ${(s.ms / 1000).toFixed(1)} s`).join('; ')}`,
    `query workers at the end: ${JSON.stringify(health.workers)}; answers kept: ${JSON.stringify(health.cache)}`,
    `  the other requests meanwhile: ${during.requests.total}, failed ${failedDuring}, p50 ${during.latency.p50} ms, p99 ${during.latency.p99} ms; status codes: ${codes(during)}`,
    '```',
    '',
    `(measured ${new Date().toISOString()})`,
    SERVE_END,
  ];
  const block = lines.join('\n');
  process.stdout.write(`${block}\n`);
  if (!values['no-write']) {
    const file = join(ROOT, 'bench', 'RESULTS.md');
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    writeFileSync(file, withServeSection(text, block));
    log(`wrote bench/RESULTS.md (serve block ${serveSection(text) ? 'replaced' : 'added'})`);
  }
  if (failed > 0) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
