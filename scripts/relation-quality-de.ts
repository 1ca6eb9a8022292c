// Relation quality by type on the development batches in two pools: a1–c2 (tuned on) and
// d1, d2, e1, e2 (first seen in round 2), plus realdev and fixtures. The batches are named here on
// purpose: f* and g* are held out and must not be run.
// usage: npx tsx scripts/relation-quality-de.ts [ERRORS_TSV]

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { readGold, score, toAnnotation, type Counts } from '../src/evaluate/index.js';

const pools: [pool: string, sets: string[]][] = [
  ['a1–c2', ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'c1', 'c2']],
  ['d1–e2', ['d1', 'd2', 'e1', 'e2']],
  ['realdev', ['realdev']],
  ['fixtures', ['fixtures']],
];
const where = (s: string): [string, string] =>
  s === 'realdev'
    ? ['/work/shared/realdev/texts', '/work/shared/realdev/gold']
    : s === 'fixtures'
      ? ['fixtures', '/work/shared/gold']
      : [`test/extract/real/${s}/texts`, `test/extract/real/${s}/gold`];
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const row = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return `${String(c.tp).padStart(4)}/${String(c.fp).padStart(3)}/${String(c.fn).padStart(4)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
};
const errors: string[] = [];
for (const [pool, sets] of pools) {
  const rel: Record<string, Counts> = {};
  const ent = zero();
  for (const set of sets) {
    const [input, gold] = where(set);
    const files = (await readdir(input)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
    const docs = [];
    for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(input, f))), f)));
    const s = score(await readGold(gold), toAnnotation(resolveCorpus(docs, docs.flatMap(extractDocument))));
    for (const [t, c] of Object.entries(s.relations)) {
      const p = (rel[t] ??= zero());
      p.tp += c.tp;
      p.fp += c.fp;
      p.fn += c.fn;
    }
    ent.tp += s.entities.all.tp;
    ent.fp += s.entities.all.fp;
    ent.fn += s.entities.all.fn;
    for (const e of s.errors) if (e.kind.endsWith('-rel')) errors.push(`${set}\t${e.kind}\t${e.doc ?? ''}\t${e.item ?? ''}\t${e.type}\t${e.name}`);
  }
  console.log(`${pool}: entities ${row(ent)}`);
  for (const [t, c] of Object.entries(rel).sort()) console.log(`  ${t.padEnd(16)} ${row(c)}`);
}
if (process.argv[2]) await writeFile(process.argv[2], `${errors.join('\n')}\n`);
