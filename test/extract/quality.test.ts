// Quality floor of the whole extraction (ingest → extract → resolve → annotation) on annotated
// texts: the shared gold for the newsletters, and our own annotated texts in the styles the
// pipeline meets elsewhere (press releases, written statements, speeches, committee reports).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGold, score, toAnnotation } from '../../src/evaluate/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

async function scoreFolder(input: string, gold: string) {
  const docs = readdirSync(input)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((f) => parseDocument(new Uint8Array(readFileSync(path.join(input, f))), f));
  return score(await readGold(gold), toAnnotation(resolveCorpus(docs, docs.flatMap(extractDocument))));
}

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../shared/gold');

describe('quality', () => {
  it.skipIf(!existsSync(shared))('meets the issue targets on the newsletters against the shared gold', async () => {
    const s = await scoreFolder(path.resolve(here, '../../fixtures'), shared);
    expect(s.entities.all.f1).toBeGreaterThanOrEqual(0.95);
    for (const t of ['Person', 'Body', 'Act', 'Programme'] as const) expect(s.entities[t].f1).toBeGreaterThanOrEqual(0.9);
    expect(s.relations.all.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.resolution.duplicateRate).toBeLessThanOrEqual(0.02);
  });

  it.each(['unseen', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8'])(
    'keeps entity F1 ≥ 0.9 and relation F1 ≥ 0.75 on our own annotated texts: %s',
    async (set) => {
      const s = await scoreFolder(path.join(here, 'fixtures', set), path.join(here, 'fixtures', `${set}-gold`));
      expect(s.entities.all.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.relations.all.f1).toBeGreaterThanOrEqual(0.75);
      expect(s.resolution.duplicateRate).toBeLessThanOrEqual(0.02);
    },
  );
});
