// Fuzz the embedded engine with queries built to exhaust memory and time: huge and nested
// range()s, strings and lists doubled in reduce(), replace() that multiplies, comprehensions of
// lists, collect() and ORDER BY over many rows, long expansions, huge parameters. Each case must
// end with rows or a typed error (a QueryLimitError or a CypherError) no later than a second past
// the timeout, the process must live through all of them, and its peak RSS must stay within the
// memory budget above what it held before the first case. "Past the timeout" is counted in the
// CPU time the case used, and the wall-clock overruns are reported beside it: on a shared machine
// the wall clock also counts the time other processes held the CPU.
//   node --import tsx test/fuzz/fuzz-resources.ts [RUNS] [SEED] [--trace-memory]   (--help)
// The cases run in a child process that writes each one to a file first: if the child dies (a
// fatal V8 error, an out-of-memory kill), the parent reports the query that killed it.

import { fork } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import fc from 'fast-check';
import graphology from 'graphology';
import { CypherEngine, type CypherValue } from '../../src/cypher/index.js';
import { CypherError, QueryLimitError } from '../../src/errors.js';
import type { PropertyGraph } from '../../src/graph/schema.js';

/** The limits the engine runs under in this fuzzer. */
export const TIMEOUT_MS = 1_000;
export const BUDGET_MB = 256;
/** How far past the timeout a case may end. */
const GRACE_MS = 1_000;

const USAGE = `usage: node --import tsx test/fuzz/fuzz-resources.ts [RUNS] [SEED] [--trace-memory]
  RUNS             cases to run (default 10000)
  SEED             fast-check seed (default: the time now; printed at the end)
  --trace-memory   after each case that raises the process's peak RSS (by 1 MB or more), and every 500 cases,
                   print on stderr where the memory is: RSS, peak RSS (VmHWM), the heap's pages
                   (total_physical_size) and live data, its young, old and large-object spaces,
                   memory outside the heap (malloced, external), and the RSS beyond the heap
Each case runs on the engine with a ${TIMEOUT_MS} ms timeout and a ${BUDGET_MB} MB budget; the run fails when a
case ends otherwise than with rows or a typed error, uses more than a second of CPU past the
timeout, kills the process, or when the process's peak RSS grows by more than the budget.`;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const traceMemory = args.includes('--trace-memory');
const positional = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--trace-memory');
if (unknown.length > 0 || positional.length > 2 || positional.some((a) => !/^\d+$/.test(a))) {
  console.error(`resource fuzz: cannot read ${args.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const runs = Number(positional[0] ?? 10_000);
const seed = positional[1] === undefined ? Date.now() : Number(positional[1]);
const current = process.env.RESOURCE_FUZZ_CURRENT;

// Sizes from tiny to absurd: a power of ten (or two) picked per case, so some cases finish,
// some are refused at once, and some grow until the budget or the clock stops them.
const size = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 1, max: 12 }).map((k) => 10 ** k),
  fc.integer({ min: 1, max: 62 }).map((k) => 2 ** k),
);
const small = fc.integer({ min: 1, max: 40 });

/** A LIST expression, possibly nested and combined. */
const listExpr: fc.Arbitrary<string> = fc.letrec<{ list: string }>((tie) => ({
  list: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    size.map((n) => `range(1, ${n})`),
    fc
      .tuple(
        size,
        size,
        fc.integer({ min: -5, max: 5 }).filter((s) => s !== 0),
      )
      .map(([a, b, s]) => `range(${s > 0 ? -a : a}, ${s > 0 ? b : -b}, ${s})`),
    fc.tuple(tie('list'), tie('list')).map(([a, b]) => `${a} + ${b}`),
    fc.tuple(tie('list'), tie('list')).map(([a, b]) => `[x IN ${a} | ${b}]`),
    fc.tuple(tie('list'), small).map(([a, k]) => `[x IN ${a} WHERE x % ${k} = 0]`),
    tie('list').map((a) => `reverse(${a})`),
    fc.tuple(tie('list'), size).map(([a, n]) => `${a}[0..${n}]`),
    small.map((k) => `reduce(l = [1], i IN range(1, ${k}) | l + l)`),
    fc.tuple(tie('list'), small).map(([a, k]) => `reduce(l = ${a}, i IN range(1, ${k}) | l + l)`),
    stringExprLeaf().map((s) => `split(${s}, '')`),
  ),
})).list;

/** A STRING expression that may grow. */
function stringExprLeaf(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom("'x'", "'abcdefghij'", "''"),
    small.map((k) => `reduce(s = 'ab', i IN range(1, ${k}) | s + s)`),
    size.map((n) => `reduce(s = '', i IN range(1, ${n}) | s + 'abcdefgh')`),
    fc.tuple(small, small).map(([a, b]) => `replace(reduce(s = 'xy', i IN range(1, ${a}) | s + s), '', reduce(s = 'z', i IN range(1, ${b}) | s + s))`),
  );
}

/** A whole query: the expressions above in RETURN, UNWIND, aggregation, ORDER BY, matches. */
const query: fc.Arbitrary<{ text: string; params: Record<string, CypherValue> }> = fc.oneof(
  listExpr.map((l) => ({ text: `RETURN size(${l}) AS n`, params: {} })),
  stringExprLeaf().map((s) => ({ text: `RETURN size(${s}) AS n`, params: {} })),
  fc.tuple(listExpr, listExpr).map(([a, b]) => ({ text: `UNWIND ${a} AS x RETURN size(collect(${b})) AS n`, params: {} })),
  fc.tuple(listExpr).map(([a]) => ({ text: `UNWIND ${a} AS x WITH x ORDER BY x DESC RETURN count(*) AS n`, params: {} })),
  fc.tuple(listExpr, small).map(([a, k]) => ({ text: `UNWIND ${a} AS x RETURN x % ${k} AS k, collect([x, toString(x)]) AS c`, params: {} })),
  fc.tuple(size, size).map(([a, b]) => ({ text: `UNWIND range(1, ${a}) AS x UNWIND range(1, ${b}) AS y RETURN count(*) AS n`, params: {} })),
  fc
    .tuple(size, size)
    .map(([a, b]) => ({ text: `UNWIND range(1, ${a}) AS x WITH x, [y IN range(1, ${b}) | toString(y)] AS l RETURN sum(size(l)) AS n`, params: {} })),
  fc.tuple(fc.integer({ min: 1, max: 12 })).map(([k]) => ({ text: `MATCH p = (a)-[*1..${k}]-(b) RETURN count(p) AS n`, params: {} })),
  fc.tuple(fc.integer({ min: 1, max: 8 })).map(([k]) => ({ text: `MATCH (a) RETURN size([(a)-[*1..${k}]-(b) | b]) AS n ORDER BY n DESC LIMIT 1`, params: {} })),
  fc.tuple(size, size).map(([n, m]) => ({
    text: 'RETURN size([x IN range(1, $n) | range(1, $m)]) AS n',
    params: { n: BigInt(Math.min(n, 2 ** 62)), m: BigInt(Math.min(m, 2 ** 62)) },
  })),
  size.map((n) => ({ text: 'RETURN size(range(1, $n)) AS n', params: { n: BigInt(Math.min(n, 2 ** 62)) } })),
);

/** A small dense graph, so expansions have somewhere to go: 30 nodes, each linked to the next 5. */
function denseGraph(): PropertyGraph {
  const g = new graphology.MultiDirectedGraph() as PropertyGraph;
  for (let i = 0; i < 30; i++) g.addNode(`n${i}`, { labels: ['N'], properties: { id: `n${i}`, i } });
  for (let i = 0; i < 30; i++) for (let d = 1; d <= 5; d++) g.addDirectedEdge(`n${i}`, `n${(i + d) % 30}`, { type: 'R', properties: {} });
  return g;
}

function peakRssMb(): number {
  // VmHWM: the most resident memory the process ever had, as the kernel counts it.
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall back to the current figure
  }
  return process.memoryUsage.rss() / (1024 * 1024);
}

/**
 * Where the process's memory is now, for --trace-memory: what the kernel counts (RSS, and its
 * high-water mark), what the heap figures show, and the difference, which they do not.
 */
function memoryLine(): string {
  const heap = getHeapStatistics();
  const spaces = new Map(getHeapSpaceStatistics().map((s) => [s.space_name, s.physical_space_size]));
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
  const rss = process.memoryUsage.rss();
  return [
    `rss ${mb(rss)}`,
    `peak ${peakRssMb().toFixed(0)}`,
    `heap pages ${mb(heap.total_physical_size)} (live or garbage ${mb(heap.used_heap_size)}; young ${mb(spaces.get('new_space') ?? 0)}, old ${mb(spaces.get('old_space') ?? 0)}, large objects ${mb((spaces.get('large_object_space') ?? 0) + (spaces.get('new_large_object_space') ?? 0))}, code ${mb(spaces.get('code_space') ?? 0)})`,
    `malloced ${mb(heap.malloced_memory)}`,
    `external ${mb(heap.external_memory)}`,
    `rss beyond the heap ${mb(rss - heap.total_physical_size)}`,
  ].join(', ');
}

if (current === undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'resource-fuzz-'));
  const file = join(dir, 'current');
  const started = Date.now();
  const child = fork(fileURLToPath(import.meta.url), [String(runs), String(seed), ...(traceMemory ? ['--trace-memory'] : [])], {
    env: { ...process.env, RESOURCE_FUZZ_CURRENT: file },
    execArgv: ['--import', 'tsx'],
  });
  child.on('exit', (code, signal) => {
    if (code !== 0) {
      let last = '';
      try {
        last = readFileSync(file, 'utf8');
      } catch {
        // no case started
      }
      console.error(`resource fuzz: FAILED, the checking process ended with ${signal ?? code} (seed ${seed}); last case:\n${last}`);
      process.exitCode = 1;
    } else console.log(`resource fuzz: done in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
    rmSync(dir, { recursive: true, force: true });
  });
} else {
  const fd = openSync(current, 'w');
  const engine = new CypherEngine(denseGraph(), { timeoutMs: TIMEOUT_MS, maxMemoryBytes: BUDGET_MB * 1024 * 1024 });
  engine.run('RETURN size(range(1, 1000)) AS warm');
  const baseMb = peakRssMb();
  const outcomes = new Map<string, number>();
  let worstMs = 0;
  const wallOverruns: { ms: number; cpuMs: number; text: string }[] = [];
  let worstText = '';
  // The cases that raised the high-water mark, and by how much: where the memory went.
  const raisers: { mb: number; text: string }[] = [];
  let hwm = baseMb;
  let index = 0;
  const check = ({ text, params }: { text: string; params: Record<string, CypherValue> }) => {
    const bytes = Buffer.from(`${index++}\n${text}\n${JSON.stringify(params, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
    ftruncateSync(fd, 0);
    writeSync(fd, bytes, 0, bytes.length, 0);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let outcome: string;
    try {
      engine.run(text, params);
      outcome = 'rows';
    } catch (error) {
      if (error instanceof QueryLimitError) outcome = error.code;
      else if (error instanceof CypherError) outcome = `CypherError ${error.detail}`;
      else throw new Error(`not a typed error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\nquery: ${text}`);
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (ms > TIMEOUT_MS + GRACE_MS) wallOverruns.push({ ms, cpuMs, text });
    const now = peakRssMb();
    const raised = now >= hwm + 1;
    if (traceMemory && (raised || index % 500 === 0))
      console.error(`case ${index}: ${memoryLine()}${raised ? ` (peak +${(now - hwm).toFixed(0)}: ${text.slice(0, 120)})` : ''}`);
    if (now > hwm + 16) raisers.push({ mb: now - hwm, text });
    hwm = Math.max(hwm, now);
    if (cpuMs > worstMs) [worstMs, worstText] = [cpuMs, text];
    if (cpuMs > TIMEOUT_MS + GRACE_MS)
      throw new Error(`used ${cpuMs.toFixed(0)} ms of CPU (${ms.toFixed(0)} ms wall), past the ${TIMEOUT_MS} ms timeout by more than ${GRACE_MS} ms: ${text}`);
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (process.stderr.isTTY && index % 100 === 0) process.stderr.write(`\rresource fuzz: ${index} / ${runs}`);
  };
  try {
    fc.assert(fc.property(query, check), { numRuns: runs, seed, endOnFailure: true });
    const peakMb = peakRssMb();
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(`resource fuzz: ${runs} cases, timeout ${TIMEOUT_MS} ms, budget ${BUDGET_MB} MB (seed ${seed})`);
    for (const [outcome, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${outcome}: ${n}`);
    console.log(`  slowest case: ${worstMs.toFixed(0)} ms of CPU: ${worstText.slice(0, 200)}`);
    console.log(`  cases over ${TIMEOUT_MS + GRACE_MS} ms of wall-clock time: ${wallOverruns.length}`);
    for (const o of wallOverruns.sort((a, b) => b.ms - a.ms).slice(0, 3))
      console.log(`    ${o.ms.toFixed(0)} ms wall, ${o.cpuMs.toFixed(0)} ms CPU: ${o.text.slice(0, 160)}`);
    for (const r of raisers.sort((a, b) => b.mb - a.mb).slice(0, 5)) console.log(`  raised peak RSS by ${r.mb.toFixed(0)} MB: ${r.text.slice(0, 200)}`);
    console.log(
      `  peak RSS ${peakMb.toFixed(0)} MB; before the first case ${baseMb.toFixed(0)} MB; growth ${(peakMb - baseMb).toFixed(0)} MB of a ${BUDGET_MB} MB budget`,
    );
    if (peakMb - baseMb > BUDGET_MB) {
      console.error(`resource fuzz: FAILED, peak RSS grew ${(peakMb - baseMb).toFixed(0)} MB, more than the ${BUDGET_MB} MB budget`);
      process.exitCode = 1;
    }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\ncause: ${error.cause.message}` : '';
    console.error(`resource fuzz: FAILED (seed ${seed})\n${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exitCode = 1;
  } finally {
    closeSync(fd);
  }
}
