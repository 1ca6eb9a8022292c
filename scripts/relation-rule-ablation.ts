// What each relation rule carries: for every rule (or the groups given), extracts every
// development set with it switched off and prints, per pool, the relation tp/fp/fn it changes.
// A rule whose switching-off changes nothing anywhere is redundant; a rule that carries relations
// in one pool only was fitted to that pool's texts.
// usage: npx tsx scripts/relation-rule-ablation.ts [--rules a,b,c | --groups "name=a,b;name2=c,d"]
//   --rules LIST    switches off each named rule alone (default: every relation rule)
//   --groups SPEC   switches off each named group of rules at once

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractor, RELATION_RULE_NAMES } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { readGold, score, toAnnotation } from '../src/evaluate/index.js';
import type { Counts } from '../src/evaluate/index.js';
import type { Document } from '../src/ingest/index.js';

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const realRoot = 'test/extract/real';
// the same development batches as extraction-quality-all.ts: held-out letters stay out
const DEVELOPMENT_BATCH = /^[a-i]\d+$/;
const POOLS: { name: string; member: RegExp }[] = [
  { name: 'a–c', member: /^[a-c]\d+$/ },
  { name: 'd–e', member: /^[de]\d+$/ },
  { name: 'f–g', member: /^[fg]\d+$/ },
  { name: 'h', member: /^h\d+$/ },
  { name: 'i', member: /^i\d+$/ },
  { name: 'realdev', member: /^realdev$/ },
  { name: 'fixtures', member: /^fixtures$/ },
];
const withFirstPass = async (b: string) =>
  readFile(path.join(realRoot, b, 'FIRST-PASS.md')).then(
    () => true,
    () => false,
  );
const batches: string[] = [];
for (const b of (await readdir(realRoot)).filter((b) => DEVELOPMENT_BATCH.test(b)).sort()) if (await withFirstPass(b)) batches.push(b);
const sets = [
  ...batches.map((b) => ({ name: b, texts: path.join(realRoot, b, 'texts'), gold: path.join(realRoot, b, 'gold') })),
  { name: 'realdev', texts: '/work/shared/realdev/texts', gold: '/work/shared/realdev/gold' },
  { name: 'fixtures', texts: 'fixtures', gold: '/work/shared/gold' },
];
const loaded: { name: string; docs: Document[]; gold: Awaited<ReturnType<typeof readGold>> }[] = [];
for (const set of sets) {
  const files = (await readdir(set.texts)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
  const docs: Document[] = [];
  for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(set.texts, f))), f)));
  loaded.push({ name: set.name, docs, gold: await readGold(set.gold) });
}

function run(disabled: string[]): Map<string, Counts> {
  const extract = extractor({ disabledRules: disabled });
  const pools = new Map<string, Counts>();
  for (const set of loaded) {
    const s = score(set.gold, toAnnotation(resolveCorpus(set.docs, set.docs.flatMap(extract))));
    for (const pool of POOLS.filter((p) => p.member.test(set.name))) {
      const c = pools.get(pool.name) ?? { tp: 0, fp: 0, fn: 0 };
      c.tp += s.relations.all.tp;
      c.fp += s.relations.all.fp;
      c.fn += s.relations.all.fn;
      pools.set(pool.name, c);
    }
  }
  return pools;
}

const groups: [string, string[]][] = arg('--groups')
  ? arg('--groups')!
      .split(';')
      .map((g) => g.split('='))
      .map(([n, l]) => [n!, l!.split(',')])
  : (arg('--rules')?.split(',') ?? RELATION_RULE_NAMES).map((r) => [r, [r]]);
const base = run([]);
const cell = (c: Counts) => `${c.tp}/${c.fp}/${c.fn}`;
console.log(`${'switched off'.padEnd(28)} ${[...base.keys()].map((p) => p.padEnd(11)).join(' ')}`);
console.log(`${'(none: tp/fp/fn)'.padEnd(28)} ${[...base.values()].map((c) => cell(c).padEnd(11)).join(' ')}`);
for (const [name, rules] of groups) {
  const r = run(rules);
  const diffs = [...base.entries()].map(([p, c]) => {
    const d = r.get(p)!;
    const dtp = d.tp - c.tp;
    const dfp = d.fp - c.fp;
    return dtp === 0 && dfp === 0 ? '.' : `${dtp >= 0 ? '+' : ''}${dtp}tp ${dfp >= 0 ? '+' : ''}${dfp}fp`;
  });
  console.log(`${name.padEnd(28)} ${diffs.map((d) => d.padEnd(11)).join(' ')}`);
}
