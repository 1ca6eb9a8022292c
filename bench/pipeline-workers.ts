// Benchmark: a CLI build on worker threads against the same build in-process, side by side on a
// synthetic corpus, beside what the machine gives two threads doing the same extraction work
// independently: on a virtual machine two vCPUs need not deliver twice one vCPU's work.
//   npm run build && node --import tsx bench/pipeline-workers.ts [NEWSLETTERS, default 200] [ROUNDS, default 3]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import { writeCorpus } from './synthetic-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const newsletters = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
const threads = availableParallelism();

/**
 * A fixed amount of the build's own work on a fresh thread: extract the same 40 newsletters.
 * A tight arithmetic loop would overstate a VM's capacity (two vCPUs on one physical core's
 * hyperthreads both run a dependency chain at full speed, but not allocation-heavy NLP).
 */
const EXTRACT_40 = `
  const { parentPort, workerData } = require('node:worker_threads');
  const { readdirSync, readFileSync } = require('node:fs');
  (async () => {
    const { parseDocument } = await import(workerData.ingest);
    const { extractDocument } = await import(workerData.extract);
    const files = readdirSync(workerData.dir).sort().slice(0, 40);
    for (const f of files) extractDocument(parseDocument(readFileSync(workerData.dir + '/' + f), f));
    parentPort.postMessage(files.length);
  })();
`;
async function calibrate(count: number, dir: string): Promise<number> {
  const workerData = {
    dir,
    ingest: pathToFileURL(join(ROOT, 'dist/ingest/index.js')).href,
    extract: pathToFileURL(join(ROOT, 'dist/extract/index.js')).href,
  };
  const start = performance.now();
  await Promise.all(
    Array.from(
      { length: count },
      () => new Promise((resolve, reject) => new Worker(EXTRACT_40, { eval: true, workerData }).once('message', resolve).once('error', reject)),
    ),
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
    one.push(await calibrate(1, input));
    many.push(await calibrate(threads, input));
    inProcess.push(build(input, join(work, 'out'), 0));
    onThreads.push(build(input, join(work, 'out'), threads));
  }
  const capacity = (threads * median(one)) / median(many);
  const speedup = median(inProcess) / median(onThreads);
  console.log(`${newsletters} synthetic newsletters, ${threads} threads, median of ${rounds} rounds, alternating`);
  console.log(
    `machine: extracting 40 newsletters on one thread ${median(one).toFixed(0)} ms; on ${threads} threads at once, each ${median(many).toFixed(0)} ms`,
  );
  console.log(`machine parallel capacity ${capacity.toFixed(2)}x for this work (${threads}.00x would be ${threads} full cores)`);
  console.log(`build in-process  ${median(inProcess).toFixed(0)} ms`);
  console.log(`build on threads  ${median(onThreads).toFixed(0)} ms`);
  console.log(`speed-up    ${speedup.toFixed(2)}x`);
  console.log(`speed-up / machine capacity: ${((speedup / capacity) * 100).toFixed(0)}%`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
