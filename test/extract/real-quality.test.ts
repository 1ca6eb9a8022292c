// Quality floor on the real-text development set (test/extract/real/<batch>, openly licensed
// texts annotated per the guidelines): each batch and the pooled set must stay a little under the
// figures measured when this test was written, so a rule change that loses real-text quality
// fails CI. Pooled figures sum tp/fp/fn over the batches (micro F1), as
// scripts/extraction-quality-all.ts prints them.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGold, score, toAnnotation, type Counts, type Score } from '../../src/evaluate/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { parseInput } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

const real = path.join(path.dirname(fileURLToPath(import.meta.url)), 'real');
const BATCHES = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'c1', 'c2'];

async function scoreBatch(batch: string): Promise<Score> {
  const dir = path.join(real, batch, 'texts');
  const docs = [];
  for (const f of readdirSync(dir)
    .filter((x) => /\.(txt|md|html|pdf)$/.test(x))
    .sort())
    docs.push(...(await parseInput(new Uint8Array(readFileSync(path.join(dir, f))), f)));
  return score(await readGold(path.join(real, batch, 'gold')), toAnnotation(resolveCorpus(docs, docs.flatMap(extractDocument))));
}

const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);

describe('quality on real text', () => {
  const scores = new Map<string, Score>();

  it.each(BATCHES)('keeps entity F1 ≥ 0.90 and relation F1 ≥ 0.75 on batch %s', async (batch) => {
    const s = await scoreBatch(batch);
    scores.set(batch, s);
    expect(s.entities.all.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.relations.all.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps pooled entity F1 ≥ 0.94 and relation F1 ≥ 0.89 over all batches', async () => {
    const pooled = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 } };
    for (const batch of BATCHES) {
      const s = scores.get(batch) ?? (await scoreBatch(batch));
      for (const k of ['entities', 'relations'] as const) {
        pooled[k].tp += s[k].all.tp;
        pooled[k].fp += s[k].all.fp;
        pooled[k].fn += s[k].all.fn;
      }
    }
    expect(f1(pooled.entities)).toBeGreaterThanOrEqual(0.94);
    expect(f1(pooled.relations)).toBeGreaterThanOrEqual(0.89);
  });
});

// The later batches were held out until their first pass was recorded (FIRST-PASS.md in each),
// then tuned on: d1–e2 in round 2, f1–g2 in round 3, h1–i2 in round 4; j1–k2 only had their
// first pass (round 4's rules) and guard it. Pooled floors a little under the figures when these
// were written (d1–e2 0.986 / 0.963, f1–g2 0.978 / 0.810, h1–h2 0.990 / 0.889, i1–i2 1.000 / 0.929,
// j1–k2 0.940 / 0.590 and l1–l2 0.889 / 0.837 at first pass, 1.000 / 0.920 and 0.969 / 0.930 after round 5;
// m1–o2 0.845 / 0.647 at first pass, 0.989 / 0.784 after round 6; p1–r2 0.895 / 0.596 at first
// pass and 0.902 / 0.667 with round 6's rules, still unseen).
describe('quality on the batches held out until their first pass', () => {
  it.each([
    ['d1–e2', ['d1', 'd2', 'e1', 'e2'], 0.95, 0.88],
    ['f1–g2', ['f1', 'f2', 'g1', 'g2'], 0.95, 0.77],
    ['h1–h2', ['h1', 'h2'], 0.95, 0.84],
    ['i1–i2', ['i1', 'i2'], 0.96, 0.88],
    ['j1–k2', ['j1', 'j2', 'k1', 'k2'], 0.95, 0.88],
    ['l1–l2', ['l1', 'l2'], 0.94, 0.88],
    ['m1–o2', ['m1', 'm2', 'n1', 'n2', 'o1', 'o2'], 0.96, 0.75],
    ['p1–r2', ['p1', 'p2', 'q1', 'q2', 'r1', 'r2'], 0.88, 0.64],
  ] as [string, string[], number, number][])('keeps pooled entity and relation F1 on %s', async (_name, batches, entityFloor, relationFloor) => {
    const pooled = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 } };
    for (const batch of batches) {
      const s = await scoreBatch(batch);
      for (const k of ['entities', 'relations'] as const) {
        pooled[k].tp += s[k].all.tp;
        pooled[k].fp += s[k].all.fp;
        pooled[k].fn += s[k].all.fn;
      }
    }
    expect(f1(pooled.entities)).toBeGreaterThanOrEqual(entityFloor);
    expect(f1(pooled.relations)).toBeGreaterThanOrEqual(relationFloor);
  });
});
