// Property tests of the ingest parser: any bytes give a Document or a typed InputError, and
// for text and Markdown every item's text sits at its offset in the decoded file.

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes, parseDocument } from '../../src/ingest/index.js';

// Lines a newsletter is made of, so generated texts hit the segmenter's decisions.
const line = fc.oneof(
  fc.constantFrom('', '', 'Correspondence', 'Speeches', 'Published 28 November 2014', '  • a bullet', '# Title', '## 1. Heading', '<h2>x</h2>'),
  fc.tuple(fc.nat(20), fc.constantFrom('. ', ' ', ') '), fc.string({ maxLength: 30 })).map(([n, sep, t]) => `${n}${sep}${t}`),
  fc.tuple(fc.nat(3), fc.nat(12), fc.string({ maxLength: 20 })).map(([a, b, t]) => `${a}.${b} ${t}`),
  fc.string({ maxLength: 60 }),
);
const newsletterText = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

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
      const ids = doc.items.map((i) => i.number);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of doc.items) {
        if (name.endsWith('.txt')) expect(decoded.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
        else expect(item.offset + item.text.length).toBeLessThanOrEqual(decoded.length);
        if (item.titleOffset !== undefined) {
          expect(decoded.slice(item.titleOffset, item.titleOffset + item.title.length)).toBe(item.title);
          expect(item.titleOffset + item.title.length).toBeLessThanOrEqual(item.offset);
        }
      }
    }),
    { numRuns: 500 },
  );
});

it('HTML-like text never fails with anything but an InputError', () => {
  const tag = fc.constantFrom('<h1>', '</h1>', '<h2>', '</h2>', '<h3>', '<p>', '</p>', '<ul><li>', '</li>', '<div class="govspeak">', '<script>', '</script>', '<!--', '-->', '&amp;', '<main>', '<nav>');
  fc.assert(
    fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 20 })), { maxLength: 40 }), (parts) => {
      parseOrInputError(new TextEncoder().encode(parts.join('')), 'a.html');
    }),
    { numRuns: 500 },
  );
});
