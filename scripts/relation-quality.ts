// Measures extraction on every development set at once: per set the entity and relation scores,
// then two pools (relations by type): a1–c2 (+ realdev), on which rules were tuned, and d1–e2,
// texts round 1 never saw. The batches of test/extract/real are named here on purpose, not listed
// from the folder: later batches (f*, g*) are held out and must not be run.
// usage: npx tsx scripts/relation-quality.ts [ERRORS_TSV]   (relation errors of the real sets, one a line)

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { readGold, score, toAnnotation, type Counts } from '../src/evaluate/index.js';

type Pool = 'ac' | 'de' | undefined;
const real = (b: string, pool: Pool): [string, string, string, Pool] => [b, `test/extract/real/${b}/texts`, `test/extract/real/${b}/gold`, pool];
const sets: [name: string, texts: string, gold: string, pool: Pool][] = [
  ...['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'c1', 'c2'].map((b) => real(b, 'ac')),
  ['realdev', '/work/shared/realdev/texts', '/work/shared/realdev/gold', 'ac'],
  ...['d1', 'd2', 'e1', 'e2'].map((b) => real(b, 'de')),
  ['fixtures', 'fixtures', '/work/shared/gold', undefined],
];
const only = process.env.SETS?.split(',');
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const row = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return `tp=${c.tp} fp=${c.fp} fn=${c.fn} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
};
const pooled: Record<string, Record<string, Counts>> = { ac: {}, de: {} };
const entities: Record<string, Counts> = { ac: zero(), de: zero() };
const errors: string[] = [];
for (const [name, input, gold, pool] of sets) {
  if (only && !only.includes(name)) continue;
  const files = (await readdir(input)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
  const docs = [];
  for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(input, f))), f)));
  const s = score(await readGold(gold), toAnnotation(resolveCorpus(docs, docs.flatMap(extractDocument))));
  console.log(`${name.padEnd(9)} entities ${row(s.entities.all)} | relations ${row(s.relations.all)}`);
  for (const e of s.errors) if (e.kind.endsWith('-rel')) errors.push(`${name}\t${e.kind}\t${e.doc ?? ''}\t${e.item ?? ''}\t${e.type}\t${e.name}`);
  if (!pool) continue;
  for (const [t, c] of Object.entries(s.relations)) {
    const p = (pooled[pool]![t] ??= zero());
    p.tp += c.tp;
    p.fp += c.fp;
    p.fn += c.fn;
  }
  entities[pool]!.tp += s.entities.all.tp;
  entities[pool]!.fp += s.entities.all.fp;
  entities[pool]!.fn += s.entities.all.fn;
}
for (const [pool, label] of [
  ['ac', 'a1–c2, realdev'],
  ['de', 'd1–e2'],
] as const) {
  console.log(`pooled (${label}) entities ${row(entities[pool]!)}`);
  for (const [t, c] of Object.entries(pooled[pool]!)) console.log(`  ${t.padEnd(16)} ${row(c)}`);
}
if (process.argv[2]) await writeFile(process.argv[2], `${errors.join('\n')}\n`);
