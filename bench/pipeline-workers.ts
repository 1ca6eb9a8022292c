// Benchmark: extraction on worker threads against in-process, side by side on the same inputs
// (the fixtures copied COPIES times), printing both times and their ratio. Run after npm run build:
//   node --import tsx bench/pipeline-workers.ts [COPIES]

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const { runPipeline } = (await import(pathToFileURL(join(root, 'dist/api/pipeline.js')).href)) as typeof import('../src/api/pipeline.js');

const copies = Number(process.argv[2] ?? 4);
const dir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt'));
for (let k = 0; k < copies; k++) {
  for (const f of fixtures) {
    // A changed first line keeps copies from being read once as duplicates.
    const text = readFileSync(join(root, 'fixtures', f), 'utf8').replace('Correspondence', `Correspondence ${k}`);
    writeFileSync(join(dir, `${k}-${f}`), text);
  }
}
const files = copies * fixtures.length;

async function time(workers: number): Promise<number> {
  const start = performance.now();
  const result = await runPipeline([dir], { workers });
  if (result.errors.length > 0 || result.corpus.documents.length !== files) throw new Error('benchmark inputs failed');
  return performance.now() - start;
}

// Warm up module loading in this process, then alternate to share out any machine noise.
await time(0);
const runs: { inProcess: number[]; threads: number[] } = { inProcess: [], threads: [] };
const threads = availableParallelism();
for (let i = 0; i < 2; i++) {
  runs.inProcess.push(await time(0));
  runs.threads.push(await time(threads));
}
const best = (xs: number[]) => Math.min(...xs);
console.log(`${files} files, ${threads} threads`);
console.log(`in-process  ${best(runs.inProcess).toFixed(0)} ms`);
console.log(`threads     ${best(runs.threads).toFixed(0)} ms`);
console.log(`speed-up    ${(best(runs.inProcess) / best(runs.threads)).toFixed(2)}x`);
rmSync(dir, { recursive: true, force: true });
