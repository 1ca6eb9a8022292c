// Measures extraction on every development set at once: per set the entity and relation scores,
// then the real sets pooled (relations by type). The a/b/c batches of test/extract/real are named
// here on purpose, not listed from the folder: later batches are held out and must not be run.
// usage: npx tsx scripts/relation-quality.ts [ERRORS_TSV]   (relation errors of the real sets, one a line)

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { readGold, score, toAnnotation, type Counts } from '../src/evaluate/index.js';

const batches = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'c1', 'c2'];
const sets: [name: string, texts: string, gold: string, pooled: boolean][] = [
  ...batches.map((b): [string, string, string, boolean] => [b, `test/extract/real/${b}/texts`, `test/extract/real/${b}/gold`, true]),
  ['realdev', '/work/shared/realdev/texts', '/work/shared/realdev/gold', true],
  ['fixtures', 'fixtures', '/work/shared/gold', false],
];
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const row = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return `tp=${c.tp} fp=${c.fp} fn=${c.fn} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
};
const pooled: Record<string, Counts> = {};
const entities = zero();
const errors: string[] = [];
for (const [name, input, gold, pool] of sets) {
  const files = (await readdir(input)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
  const docs = [];
  for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(input, f))), f)));
  const s = score(await readGold(gold), toAnnotation(resolveCorpus(docs, docs.flatMap(extractDocument))));
  console.log(`${name.padEnd(9)} entities ${row(s.entities.all)} | relations ${row(s.relations.all)}`);
  if (!pool) continue;
  for (const [t, c] of Object.entries(s.relations)) {
    const p = (pooled[t] ??= zero());
    p.tp += c.tp;
    p.fp += c.fp;
    p.fn += c.fn;
  }
  entities.tp += s.entities.all.tp;
  entities.fp += s.entities.all.fp;
  entities.fn += s.entities.all.fn;
  for (const e of s.errors) if (e.kind.endsWith('-rel')) errors.push(`${name}\t${e.kind}\t${e.type}\t${e.name}`);
}
console.log(`pooled (a1–c2, realdev) entities ${row(entities)}`);
for (const [t, c] of Object.entries(pooled)) console.log(`  ${t.padEnd(16)} ${row(c)}`);
if (process.argv[2]) await writeFile(process.argv[2], `${errors.join('\n')}\n`);
