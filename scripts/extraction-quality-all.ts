// Measures extraction quality on every real batch (test/extract/real/*), the shared realdev set
// and the fixtures in one process: prints each set's entity and relation P/R/F1 and the pooled
// a*–c* figures (tp/fp/fn summed). `--errors DIR` writes each set's errors to DIR/<set>.tsv.
// usage: npx tsx scripts/extraction-quality-all.ts [--errors DIR]

import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { readGold, score, toAnnotation } from '../src/evaluate/index.js';
import type { Counts } from '../src/evaluate/index.js';

const errIdx = process.argv.indexOf('--errors');
const errDir = errIdx > 0 ? process.argv[errIdx + 1] : undefined;
if (errDir) await mkdir(errDir, { recursive: true });

const realRoot = 'test/extract/real';
// only the batches this project annotated for development: a* b* c*
const batches = (await readdir(realRoot)).filter((b) => /^[abc]\d+$/.test(b)).sort();
const sets: { name: string; texts: string; gold: string; pooled: boolean }[] = batches.map((b) => ({
  name: b, texts: path.join(realRoot, b, 'texts'), gold: path.join(realRoot, b, 'gold'), pooled: true,
}));
sets.push({ name: 'realdev', texts: '/work/shared/realdev/texts', gold: '/work/shared/realdev/gold', pooled: false });
sets.push({ name: 'fixtures', texts: 'fixtures', gold: '/work/shared/gold', pooled: false });

const f1 = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (c: Counts) => {
  const { p, r, f } = f1(c);
  return `F1 ${f.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; ${c.tp}/${c.fp}/${c.fn})`;
};
const pooledE: Counts = { tp: 0, fp: 0, fn: 0 };
const pooledR: Counts = { tp: 0, fp: 0, fn: 0 };
const add = (a: Counts, b: Counts) => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
const t0 = Date.now();
for (const set of sets) {
  const files = (await readdir(set.texts)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
  const docs = [];
  for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(set.texts, f))), f)));
  const corpus = resolveCorpus(docs, docs.flatMap(extractDocument));
  const s = score(await readGold(set.gold), toAnnotation(corpus));
  console.log(`${set.name.padEnd(9)} entities ${fmt(s.entities.all)}  relations ${fmt(s.relations.all)}`);
  if (set.pooled) { add(pooledE, s.entities.all); add(pooledR, s.relations.all); }
  if (errDir) await writeFile(path.join(errDir, `${set.name}.tsv`), s.errors.map((e) => `${e.kind}\t${e.doc ?? ''}\t${e.item ?? ''}\t${e.type}\t${e.name}`).join('\n') + '\n');
}
console.log(`${'a1–c2'.padEnd(9)} entities ${fmt(pooledE)}  relations ${fmt(pooledR)}`);
console.error(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
