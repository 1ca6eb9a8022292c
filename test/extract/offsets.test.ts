// Specification of evidence offsets: every sentence, mention and relation keeps offsets that
// point back to the same text in the decoded source file.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument, tokenizeText } from '../../src/extract/index.js';
import { parseDocument } from '../../src/ingest/index.js';

describe('tokenizeText', () => {
  it.each([
    ['The College of Policing’s work (with HMIC) began.', 100],
    ['  • amending the Proceeds of Crime Act 2002\n  • amending the Computer Misuse Act 1990', 7],
    ['in the 1980s and 1990s.Chris Brain, 68, was found guilty.', 40],
    ['26 February 2012National Preventive Mechanism annual report', 3],
    ['Duties (as outlined in the CPIA 1996) sit with the police.', 12],
    ['Chief Constable Lucy D’Orsi, national police lead, says: it is good.', 5],
  ])('gives tokens and sentences whose offsets cut the same text out of the source: %s', (text, offset) => {
    const source = ' '.repeat(offset) + text;
    for (const s of tokenizeText(text, offset)) {
      expect(source.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(source.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('splits sentences glued where a page lost its line breaks, and not an abbreviation or an address', () => {
    const starts = (text: string) => tokenizeText(text, 0).map((s) => s.text.split(' ')[0]);
    expect(starts('in the 1990s.Chris Brain, 68, was found guilty.')).toEqual(['in', 'Chris']);
    expect(starts('26 February 2012National Preventive Mechanism report')).toEqual(['26', 'National']);
    expect(starts('Email john.Smith@police.uk or see www.Gov.uk today.')).toHaveLength(1);
    expect(starts('Dr.Smith and St.Albans in 2012 Police.')).toHaveLength(1);
  });

  it('ends a sentence at its full stop when a footnote marker runs into it, keeping the marker out of the name', () => {
    const last = (text: string) => tokenizeText(text, 0)[0]!.tokens.at(-1)!.text;
    expect(last('It sits on the Police Advisory Board of England and Wales.[3]\n\nNext paragraph.')).toBe('Wales');
    expect(last('They produced the National Disclosure Improvement Plan.91 The plan is signed.')).toBe('Plan');
    expect(tokenizeText('Version 2.1 of the plan.', 0)).toHaveLength(1);
  });

  it('keeps the comma after a name with an apostrophe on that name, with no empty token', () => {
    const [s] = tokenizeText('Chief Constable Lucy D’Orsi, national police lead, says: it is good.', 0);
    expect(s!.tokens.every((t) => t.text !== '')).toBe(true);
    expect(s!.tokens.find((t) => t.text === 'D’Orsi')!.post).toBe(', ');
  });
});

describe('extractDocument on the fixtures', () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it.each(files)('%s: one extraction per item, mentions and evidence at their place in the file', (f) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, f)));
    const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const doc = parseDocument(bytes, f);
    const items = extractDocument(doc);
    expect(items.map((x) => x.item)).toEqual(doc.items.map((i) => i.number));
    let checked = 0;
    let inTitles = 0;
    for (const x of items) {
      for (const e of x.entities)
        for (const m of e.mentions) {
          expect(source.slice(m.start, m.end)).toBe(m.text);
          checked++;
          if (m.sentence === 0) inTitles++;
        }
      for (const r of x.relations) expect(source.slice(r.evidence.start, r.evidence.end).replace(/\s+/g, ' ')).toBe(r.evidence.sentence);
    }
    expect(checked).toBeGreaterThan(20);
    expect(inTitles).toBeGreaterThan(0);
  });
});
