// Property tests of the ingest parser: any bytes give a Document or a typed InputError, and
// for text and Markdown every item's text sits at its offset in the normalised text, which the
// offset map takes back to the same words in the decoded file.

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes, normalizeText, parseDocument, parseDocuments, sourceOffset } from '../../src/ingest/index.js';

// Lines a newsletter is made of, so generated texts hit the segmenter's decisions.
const line = fc.oneof(
  fc.constantFrom(
    '',
    '',
    'Correspondence',
    'Speeches',
    'Published 28 November 2014',
    '  • a bullet',
    '# Title',
    '## 1. Heading',
    '<h2>x</h2>',
    'From a@b.example Fri Nov 28 10:00:00 2014',
    'Subject: News',
    'Date: Fri, 28 Nov 2014 10:00:00 +0000',
  ),
  fc.tuple(fc.nat(20), fc.constantFrom('. ', ' ', ') '), fc.string({ maxLength: 30 })).map(([n, sep, t]) => `${n}${sep}${t}`),
  fc.tuple(fc.nat(3), fc.nat(12), fc.string({ maxLength: 20 })).map(([a, b, t]) => `${a}.${b} ${t}`),
  fc.string({ maxLength: 60 }),
);
// Invisible characters and decomposed accents, which normalisation takes out or composes
const odd = fc.constantFrom('Thorn\u00adton', 'Jo\u200dhn', '\ufeff', 'Rene\u0301e', '\u200e', '\0', '😀', '12.Europol');
const newsletterText = fc.array(fc.oneof(line, odd), { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

/** The same text, but for a paragraph number's dot separated from its word (`34.Europol` -> `34 Europol`). */
function sameText(source: string, item: string): boolean {
  if (source.length !== item.length) return false;
  for (let k = 0; k < item.length; k++) if (item[k] !== source[k] && !(item[k] === ' ' && source[k] === '.')) return false;
  return true;
}

function parseOrInputError(bytes: Uint8Array, name: string) {
  try {
    return parseDocument(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return undefined;
  }
}

it('arbitrary bytes give a Document or an InputError, in any format', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), (bytes, name) => {
      const doc = parseOrInputError(bytes, name);
      if (doc) expect(doc.items.length).toBeGreaterThan(0);
    }),
    { numRuns: 500 },
  );
});

it('newsletter-like text: item ids are unique and each item text and title is found at its offset', () => {
  fc.assert(
    fc.property(newsletterText, fc.constantFrom('a.txt', 'a.md'), (text, name) => {
      const bytes = new TextEncoder().encode(text);
      const doc = parseOrInputError(bytes, name);
      if (!doc) return;
      const decoded = decodeBytes(bytes, name).text;
      const normal = normalizeText(decoded).text;
      const ids = doc.items.map((i) => i.number);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of doc.items) {
        if (name.endsWith('.txt')) {
          expect(sameText(normal.slice(item.offset, item.offset + item.text.length), item.text)).toBe(true);
          const from = sourceOffset(doc.sourceMap, item.offset, 'start');
          const to = sourceOffset(doc.sourceMap, item.offset + item.text.length, 'end');
          expect(sameText(normalizeText(decoded.slice(from, to)).text, item.text)).toBe(true);
        } else expect(item.offset + item.text.length).toBeLessThanOrEqual(normal.length);
        if (item.titleOffset !== undefined) {
          expect(normal.slice(item.titleOffset, item.titleOffset + item.title.length)).toBe(item.title);
          expect(item.titleOffset + item.title.length).toBeLessThanOrEqual(item.offset);
        }
      }
    }),
    { numRuns: 500 },
  );
});

it('a file of several newsletter-like texts: every document has items, ids are unique, items sit in their own part', () => {
  fc.assert(
    fc.property(fc.array(newsletterText, { minLength: 1, maxLength: 3 }), (texts) => {
      const joined = texts.map((t) => `Correspondence\n\nNews\n\nPublished 2 May 2014\n\n${t}\n`).join('');
      let docs;
      try {
        docs = parseDocuments(new TextEncoder().encode(joined), 'all.txt');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return;
      }
      expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
      let end = 0;
      for (const doc of docs) {
        expect(doc.items.length).toBeGreaterThan(0);
        for (const item of doc.items) {
          expect(item.offset).toBeGreaterThanOrEqual(end);
          end = item.offset + item.text.length;
        }
      }
    }),
    { numRuns: 300 },
  );
});

it('HTML-like text never fails with anything but an InputError', () => {
  const tag = fc.constantFrom(
    '<h1>',
    '</h1>',
    '<h2>',
    '</h2>',
    '<h3>',
    '<p>',
    '</p>',
    '<ul><li>',
    '</li>',
    '<div class="govspeak">',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '&amp;',
    '<main>',
    '<nav>',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 20 })), { maxLength: 40 }), (parts) => {
      parseOrInputError(new TextEncoder().encode(parts.join('')), 'a.html');
    }),
    { numRuns: 500 },
  );
});
