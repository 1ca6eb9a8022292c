// Specification of the per-item explanation of a score: every entity and relation found, the
// rule behind each relation, and a reason for each error that agrees with the scorer's verdicts.

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import { explain, formatExplanation, score, toAnnotation, type AnnotatedDocument } from '../../src/evaluate/index.js';

const TEXT =
  'Chief constable named to lead review\n\nThe Home Office said that Chief Constable Jane Smith of Kent Police will lead the review. NPCC chair Sara Thornton welcomed the choice. Jane Smith joined the College of Policing board last year.\n';

const GOLD: AnnotatedDocument[] = [
  {
    doc: 'story.txt',
    items: [
      {
        item: '1',
        title: 'Chief constable named to lead review',
        entities: [
          { type: 'Person', name: 'Jane Smith' },
          { type: 'Body', name: 'Kent Police' },
          { type: 'Person', name: 'Sara Thornton' },
          { type: 'Body', name: "National Police Chiefs' Council", aliases: ['NPCC'] },
          { type: 'Body', name: 'College of Policing Board' },
          { type: 'Body', name: 'Police Federation' },
        ],
        relations: [
          { type: 'HOLDS_ROLE', source: 'Jane Smith', target: 'Chief Constable' },
          { type: 'AFFILIATED_WITH', source: 'Jane Smith', target: 'Kent Police', role: 'Chief Constable' },
          { type: 'HOLDS_ROLE', source: 'Sara Thornton', target: 'chair' },
          { type: 'AFFILIATED_WITH', source: 'Sara Thornton', target: 'NPCC', role: 'chair' },
          { type: 'AFFILIATED_WITH', source: 'Jane Smith', target: 'College of Policing Board' },
          { type: 'AFFILIATED_WITH', source: 'Sara Thornton', target: 'Police Federation' },
        ],
      },
    ],
  },
];

function explained() {
  const doc = parseDocument(new TextEncoder().encode(TEXT), 'story.txt');
  const corpus = resolveCorpus([doc], extractDocument(doc));
  const s = score(GOLD, toAnnotation(corpus));
  return { s, items: explain(GOLD, corpus, s) };
}

describe('explain', () => {
  it('names the rule behind every relation found, with its sentence', () => {
    const [item] = explained().items;
    const found = item!.relations.filter((r) => r.verdict !== 'FN');
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      expect(r.rule).toMatch(/^[a-z-]+$/);
      expect(TEXT).toContain(r.evidence);
    }
    expect(found.find((r) => r.target === 'chair')).toMatchObject({ verdict: 'ok', rule: 'office-linker' });
    expect(found.find((r) => r.target === 'Chief Constable')).toMatchObject({ verdict: 'ok', rule: 'title-in-name' });
  });

  it('names the rule that typed every entity found', () => {
    const [item] = explained().items;
    const found = item!.entities.filter((e) => e.verdict !== 'FN');
    for (const e of found) expect(e.rule).toMatch(/^[a-z-]+$/);
    expect(formatExplanation(explained().items)).toMatch(/^ {2}ok {2}Person {5}Sara Thornton {2}— typed by [a-z-]+$/m);
  });

  it('agrees with the scorer: as many FP and FN as the table counts', () => {
    const { s, items } = explained();
    const all = items.flatMap((i) => [...i.entities.map((e) => ['e', e.verdict]), ...i.relations.map((r) => ['r', r.verdict])]);
    expect(all.filter(([k, v]) => k === 'e' && v === 'FP').length).toBe(s.entities.all.fp);
    expect(all.filter(([k, v]) => k === 'e' && v === 'FN').length).toBe(s.entities.all.fn);
    expect(all.filter(([k, v]) => k === 'r' && v === 'FP').length).toBe(s.relations.all.fp);
    expect(all.filter(([k, v]) => k === 'r' && v === 'FN').length).toBe(s.relations.all.fn);
  });

  it('gives each error a reason', () => {
    const [item] = explained().items;
    expect(item!.entities.find((e) => e.name === 'Home Office')).toMatchObject({ verdict: 'FP', reason: 'not a gold entity' });
    expect(item!.entities.find((e) => e.name === 'Police Federation')).toMatchObject({ verdict: 'FN', reason: 'not found under any of its names' });
    expect(item!.entities.find((e) => e.name === 'College of Policing Board')).toMatchObject({
      verdict: 'FN',
      reason: "found only as Body 'College of Policing'",
    });
    expect(item!.relations.find((r) => r.target === 'Police Federation')).toMatchObject({
      verdict: 'FN',
      reason: "target 'Police Federation' not found as an entity of the item",
    });
  });

  it('prints one block per item, errors marked with their reason', () => {
    const text = formatExplanation(explained().items);
    expect(text).toMatch(/^== story\.txt item 1: Chief constable named to lead review$/m);
    expect(text).toMatch(/^ {2}ok {2}HOLDS_ROLE Sara Thornton -> chair {2}\[office-linker\]$/m);
    expect(text).toMatch(/^ {2}FN {2}Body {7}Police Federation {2}— not found under any of its names$/m);
  });
});
