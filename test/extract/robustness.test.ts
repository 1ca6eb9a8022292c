// Extraction takes any text: empty items, stray punctuation, capitals everywhere; it never
// throws, and every mention's offsets stay inside its item.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { documentOf } from './extract-item.js';

const words = [
  'the',
  'Home',
  'Office',
  'College',
  'of',
  'Policing',
  '(HMIC)',
  'Act',
  '2012',
  'Fund',
  '‘This',
  'is',
  'Abuse’',
  'campaign',
  'Minister',
  'for',
  'Policing,',
  'Damian',
  'Green',
  'said.',
  'and',
  'Bill',
  'amending',
  'by',
  'NCA',
  '•',
  '\n\n',
  '(Chief',
  'Constable,',
  'Durham',
  'Constabulary)',
  "Chiefs'",
  'Council',
  '#knifefree',
  '—',
  'it’s',
  '',
  'FGM',
  'Operation',
  'X-ray',
  '£20m',
  'e-Crime',
  'its',
  'chief',
  'executive,',
];

describe('robustness', () => {
  it.each([[''], ['   '], ['.'], ['(((('], ['ALL CAPS HEADING ABOUT THE NATIONAL CRIME AGENCY'], ['“unclosed quote about the Fund']])(
    'extracts nothing harmful from %j',
    (text) => {
      const [x] = extractDocument(documentOf([{ title: text, text }]));
      expect(x!.item).toBe('1');
      for (const e of x!.entities) expect(e.name.trim()).not.toBe('');
    },
  );

  it('never throws and keeps offsets inside the item on text made of corpus words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        const doc = documentOf([{ title: 'Title', text }]);
        const [x] = extractDocument(doc);
        const item = doc.items[0]!;
        for (const e of x!.entities)
          for (const m of e.mentions) {
            if (m.sentence === 0) continue;
            expect(m.start).toBeGreaterThanOrEqual(item.offset);
            expect(m.end).toBeLessThanOrEqual(item.offset + text.length);
            expect(text.slice(m.start - item.offset, m.end - item.offset)).toBe(m.text);
          }
      }),
      { numRuns: 150 },
    );
  });
});
