// Benchmark: a CLI build on worker threads against the same build in-process, side by side on a
// synthetic corpus, beside what the machine itself gives two threads on pure CPU work.
// The calibration matters on virtual machines: two vCPUs need not deliver twice one vCPU's work.
//   npm run build && node --import tsx bench/pipeline-workers.ts [NEWSLETTERS, default 200] [ROUNDS, default 3]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { writeCorpus } from './synthetic-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const newsletters = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
const threads = availableParallelism();

/** A fixed amount of integer work on a fresh thread; resolves with its wall time. */
const SPIN = `
  const { parentPort } = require('node:worker_threads');
  let x = 0;
  for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0;
  parentPort.postMessage(x);
`;
async function spin(count: number): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve, reject) => new Worker(SPIN, { eval: true }).once('message', resolve).once('error', reject))),
  );
  return performance.now() - start;
}

function build(input: string, out: string, workers: number): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'bin/crimegraph.js'), 'build', input, '--out', out, '--workers', String(workers)], { stdio: 'ignore' });
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const work = mkdtempSync(join(tmpdir(), 'cg-bench-workers-'));
try {
  const input = join(work, 'corpus');
  writeCorpus(input, newsletters, 7);
  // Alternate the two sides round by round so any drift in the machine's speed hits both.
  const one: number[] = [];
  const many: number[] = [];
  const inProcess: number[] = [];
  const onThreads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    one.push(await spin(1));
    many.push(await spin(threads));
    inProcess.push(build(input, join(work, 'out'), 0));
    onThreads.push(build(input, join(work, 'out'), threads));
  }
  const capacity = (threads * median(one)) / median(many);
  const speedup = median(inProcess) / median(onThreads);
  console.log(`${newsletters} synthetic newsletters, ${threads} threads, median of ${rounds} rounds, alternating`);
  console.log(`machine: one thread of fixed work ${median(one).toFixed(0)} ms, ${threads} threads of it each ${median(many).toFixed(0)} ms`);
  console.log(`machine parallel capacity ${capacity.toFixed(2)}x (${threads}.00x would be ${threads} full cores)`);
  console.log(`build in-process  ${median(inProcess).toFixed(0)} ms`);
  console.log(`build on threads  ${median(onThreads).toFixed(0)} ms`);
  console.log(`speed-up    ${speedup.toFixed(2)}x`);
  console.log(`speed-up / machine capacity: ${((speedup / capacity) * 100).toFixed(0)}%`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
