// Extraction speed against compromise's own tagging pass, side by side in one run: the same
// item texts go through `nlp(text).people()` + `.organizations()` and through extractDocument.
// usage: npx tsx bench/extract.bench.ts [rounds]   (prints throughputs and the ratio)

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { parseDocument } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseDocument(new Uint8Array(readFileSync(path.join(dir, f))), f));
const texts = docs.flatMap((d) => d.items.map((i) => `${i.title}\n\n${i.text}`));
const chars = texts.reduce((a, t) => a + t.length, 0);
const rounds = Number(process.argv[2] ?? 5);

function baseline(): number {
  let n = 0;
  for (const t of texts) {
    const doc = nlp(t);
    n += doc.people().length + doc.organizations().length;
  }
  return n;
}

function ours(): number {
  let n = 0;
  for (const d of docs) for (const x of extractDocument(d)) n += x.entities.length;
  return n;
}

/** Wall time and CPU time of one call: CPU time is the fairer figure on a shared, loaded machine. */
function time(fn: () => number): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

// warm both paths (JIT, compromise's lazy set-up), then alternate rounds so neither gets a quieter machine
baseline();
ours();
const tb: { wall: number; cpu: number }[] = [];
const to: { wall: number; cpu: number }[] = [];
for (let r = 0; r < rounds; r++) {
  tb.push(time(baseline));
  to.push(time(ours));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kcps = (ms: number) => (chars / 1000 / (ms / 1000)).toFixed(1);
console.log(`corpus: ${docs.length} documents, ${texts.length} items, ${chars} characters; ${rounds} rounds, medians`);
for (const k of ['cpu', 'wall'] as const) {
  const mb = median(tb.map((x) => x[k])),
    mo = median(to.map((x) => x[k]));
  console.log(`[${k} time] compromise nlp(text).people() + .organizations(): ${mb.toFixed(1)} ms (${kcps(mb)} k chars/s)`);
  console.log(`[${k} time] crimegraph extractDocument:                       ${mo.toFixed(1)} ms (${kcps(mo)} k chars/s)`);
  console.log(`[${k} time] ratio, crimegraph throughput / compromise throughput: ${(mb / mo).toFixed(2)}x`);
}
