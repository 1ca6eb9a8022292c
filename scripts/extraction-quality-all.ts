// Measures extraction quality on every development set in one process: each real batch
// (test/extract/real/<batch>, batches a–g), the shared realdev set and the fixtures. Prints
// each set's entity and relation P/R/F1, then per pool (a1–c2, d1–e2, f1–g2, h1–h2, i1–i2, j1–k2) the pooled figures
// (tp/fp/fn summed) by entity type and by relation type.
// Batches f and g were held out until their first pass was recorded (FIRST-PASS.md in each).
// usage: npx tsx scripts/extraction-quality-all.ts [--errors DIR] [--sets a1,d2,realdev]
//   --errors DIR  writes each set's errors (entities and relations) to DIR/<set>.tsv
//   --sets LIST   runs only the named sets (a–g batches, realdev, fixtures)

import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { readGold, score, toAnnotation, SCORED_TYPES, SCORED_RELATIONS } from '../src/evaluate/index.js';
import type { Counts, Score } from '../src/evaluate/index.js';

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const errDir = arg('--errors');
const only = arg('--sets')?.split(',');
if (errDir) await mkdir(errDir, { recursive: true });

const realRoot = 'test/extract/real';
// batches a* to r* (p1–r2 had their first passes recorded on 2026-12-08, 23:50 and 01:30). A batch
// added later is held out until its first pass is recorded: extend this pattern only after that.
const DEVELOPMENT_BATCH = /^[a-r]\d+$/;
const POOLS: { name: string; member: RegExp }[] = [
  { name: 'a1–c2', member: /^[a-c]\d+$/ },
  { name: 'd1–e2', member: /^[de]\d+$/ },
  { name: 'f1–g2', member: /^[fg]\d+$/ },
  { name: 'h1–h2', member: /^h\d+$/ },
  { name: 'i1–i2', member: /^i\d+$/ },
  { name: 'j1–k2', member: /^[jk]\d+$/ },
  { name: 'l1–l2', member: /^l\d+$/ },
  { name: 'm1–o2', member: /^[mno]\d+$/ },
  { name: 'p1–r2', member: /^[pqr]\d+$/ },
];
const batches = (await readdir(realRoot)).filter((b) => DEVELOPMENT_BATCH.test(b)).sort();
const sets = [
  ...batches.map((b) => ({ name: b, texts: path.join(realRoot, b, 'texts'), gold: path.join(realRoot, b, 'gold') })),
  { name: 'realdev', texts: '/work/shared/realdev/texts', gold: '/work/shared/realdev/gold' },
  { name: 'fixtures', texts: 'fixtures', gold: '/work/shared/gold' },
].filter((s) => !only || only.includes(s.name));

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const prf = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (c: Counts = zero()) => {
  const { p, r, f } = prf(c);
  return `F1 ${f.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; ${c.tp}/${c.fp}/${c.fn})`;
};
const add = (a: Counts, b: Counts) => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};
type Pooled = { entities: Record<string, Counts>; relations: Record<string, Counts>; sets: number };
const pooled = new Map<string, Pooled>();

const t0 = Date.now();
for (const set of sets) {
  const files = (await readdir(set.texts)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
  const docs = [];
  for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(set.texts, f))), f)));
  const corpus = resolveCorpus(docs, docs.flatMap(extractDocument));
  const s: Score = score(await readGold(set.gold), toAnnotation(corpus));
  console.log(`${set.name.padEnd(9)} entities ${fmt(s.entities.all)}  relations ${fmt(s.relations.all)}`);
  for (const pool of POOLS.filter((p) => p.member.test(set.name))) {
    const into = pooled.get(pool.name) ?? { entities: {}, relations: {}, sets: 0 };
    pooled.set(pool.name, into);
    into.sets++;
    for (const t of [...SCORED_TYPES, 'all'] as const) add((into.entities[t] ??= zero()), s.entities[t]);
    for (const t of [...SCORED_RELATIONS, 'all'] as const) add((into.relations[t] ??= zero()), s.relations[t]);
  }
  if (errDir)
    await writeFile(
      path.join(errDir, `${set.name}.tsv`),
      `${s.errors.map((e) => `${e.kind}\t${e.doc ?? ''}\t${e.item ?? ''}\t${e.type}\t${e.name}`).join('\n')}\n`,
    );
}
for (const [name, p] of pooled) {
  console.log(`\n${name} pooled (${p.sets} sets)`);
  console.log(`  ${'entities'.padEnd(16)} ${fmt(p.entities.all)}`);
  for (const t of SCORED_TYPES) console.log(`    ${t.padEnd(14)} ${fmt(p.entities[t])}`);
  console.log(`  ${'relations'.padEnd(16)} ${fmt(p.relations.all)}`);
  for (const t of SCORED_RELATIONS) console.log(`    ${t.padEnd(14)} ${fmt(p.relations[t])}`);
}
console.error(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
