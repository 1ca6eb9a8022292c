// Fuzz the ingest parser outside the default suite: at least 100 000 generated inputs (random
// bytes, newsletter-like text, Markdown and HTML fragments) must each give Documents or an InputError,
// every item at its offset in the normalised text and, through the offset map, in the decoded file.
//   node --import tsx test/ingest/fuzz-ingest.ts [RUNS] [SEED]

import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { decodeBytes, normalizeText, parseDocuments, sourceOffset } from '../../src/ingest/index.js';

const runs = Number(process.argv[2] ?? 100_000);
const seed = process.argv[3] === undefined ? Date.now() : Number(process.argv[3]);

const line = fc.oneof(
  fc.constantFrom(
    '',
    '',
    'Correspondence',
    'Speeches',
    'Speeches:',
    'Published 28 November 2014',
    'Published 31 February 2014',
    '  • a bullet',
    '# Title',
    '## 1. Heading',
    '### 0.4 Sub',
    '```',
    '<h2>x</h2>',
    '\u00a0',
    '\ufeff',
    'Thorn\u00adton',
    'Jo\u200dhn',
    'Rene\u0301e',
    '\0',
    '12.Europol',
    '12.31 pm',
    'Notes to editors',
    'From a@b.example Fri Nov 28 10:00:00 2014',
    'Subject: News',
    'Date: Fri, 28 Nov 2014 10:00:00 +0000',
    '  folded',
  ),
  fc.tuple(fc.nat(1000), fc.constantFrom('. ', ' ', ') ', '.'), fc.string({ maxLength: 30 })).map(([n, sep, t]) => `${n}${sep}${t}`),
  fc.tuple(fc.nat(3), fc.nat(12), fc.string({ maxLength: 20 })).map(([a, b, t]) => `${a}.${b} ${t}`),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
);
const text = fc.tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));
const html = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<h1>',
        '</h1>',
        '<h2>',
        '</h2>',
        '<h3>',
        '</h3>',
        '<p>',
        '</p>',
        '<ul>',
        '<li>',
        '</li>',
        '</ul>',
        '<br>',
        '<div class="govspeak">',
        '</div>',
        '<script>',
        '</script>',
        '<style>',
        '<!--',
        '-->',
        '&amp;',
        '&#0;',
        '&#xD800;',
        '<main>',
        '<nav>',
        '<template>',
        '<svg>',
        '<title>',
        '</title>',
        '<dl><dt>Published</dt><dd>2 May 2014</dd></dl>',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const input = fc.oneof(
  fc.record({ name: fc.constantFrom('a.txt', 'a.md', 'a.html', 'a'), bytes: fc.uint8Array({ maxLength: 400 }) }),
  fc.record({ name: fc.constantFrom('a.txt', 'a.md'), bytes: text.map((t) => new TextEncoder().encode(t)) }),
  fc.record({ name: fc.constant('a.html'), bytes: html.map((t) => new TextEncoder().encode(t)) }),
  fc.record({ name: fc.constant('a.txt'), bytes: text.map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff)) }),
);

/** The same text, but for a paragraph number's dot separated from its word (`34.Europol` -> `34 Europol`). */
function sameText(source: string, item: string): boolean {
  if (source.length !== item.length) return false;
  for (let k = 0; k < item.length; k++) if (item[k] !== source[k] && !(item[k] === ' ' && source[k] === '.')) return false;
  return true;
}

const started = Date.now();
fc.assert(
  fc.property(input, ({ name, bytes }) => {
    let docs;
    try {
      docs = parseDocuments(bytes, name);
    } catch (error) {
      if (error instanceof InputError) return;
      throw error;
    }
    if (docs.length === 0) throw new Error('no document');
    if (new Set(docs.map((d) => d.id)).size !== docs.length) throw new Error('duplicate document ids');
    for (const doc of docs) {
      const ids = doc.items.map((i) => i.number);
      if (new Set(ids).size !== ids.length) throw new Error(`duplicate item ids ${ids.join(',')}`);
      if (doc.items.length === 0) throw new Error('a document without items');
      if (name !== 'a.txt' && name !== 'a') continue;
      const decoded = decodeBytes(bytes, name).text;
      const normal = normalizeText(decoded).text;
      for (const item of doc.items) {
        if (!sameText(normal.slice(item.offset, item.offset + item.text.length), item.text)) throw new Error(`item ${item.number} is not at its offset`);
        const from = sourceOffset(doc.sourceMap, item.offset, 'start');
        const to = sourceOffset(doc.sourceMap, item.offset + item.text.length, 'end');
        if (!sameText(normalizeText(decoded.slice(from, to)).text, item.text)) throw new Error(`item ${item.number} does not map back to its source`);
      }
    }
  }),
  { numRuns: runs, seed },
);
console.log(`ingest fuzz: ${runs} cases passed in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
