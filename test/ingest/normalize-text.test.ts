// Text is normalised before it is read (NFC, invisible format characters and NUL out) and every
// offset extraction gives still cuts the right text out of the decoded source file.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { normalizeText, parseDocument, sourceOffset } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

const encode = (text: string) => new TextEncoder().encode(text);
/** What a reader sees in a piece of source: the same normalisation. */
const seen = (text: string) => text.replace(/[\p{Cf}\0]/gu, '').normalize('NFC');

describe('normalizeText', () => {
  it.each([
    ['soft hyphen inside a name', 'Sara Thorn\u00adton', 'Sara Thornton'],
    ['zero-width joiner inside a name', 'Jo\u200dhn Smith', 'John Smith'],
    ['zero-width space and non-joiner', 'Home\u200b Office\u200c', 'Home Office'],
    ['a BOM inside the text (two files joined)', 'one\n\ufeffTwo', 'one\nTwo'],
    ['bidi marks', '\u200eHMIC\u200f \u202aNCA\u202c \u2066PCC\u2069', 'HMIC NCA PCC'],
    ['a NUL character', 'Europol\0 said', 'Europol said'],
    ['decomposed accents composed', 'Rene\u0301e Zoe\u0308', 'Renée Zoë'],
    ['a removed character between a letter and its accent', 'Rene\u200d\u0301e', 'Renée'],
    ['emoji kept, emoji joiners out', '👮\u200d♀️ Siân 😀', '👮♀️ Siân 😀'],
    ['text already normal is returned as it is', 'Chloé Smith’s “plan”', 'Chloé Smith’s “plan”'],
  ])('%s', (_name, source, expected) => {
    const { text, map } = normalizeText(source);
    expect(text).toBe(expected);
    // every span of the normalised text maps to a span of the source that reads the same
    for (let a = 0; a < text.length; a++) {
      for (let b = a + 1; b <= text.length; b++) {
        const cut = source.slice(sourceOffset(map, a, 'start'), sourceOffset(map, b, 'end'));
        expect(seen(cut)).toBe(text.slice(a, b).normalize('NFC'));
      }
    }
  });

  it('gives no map when nothing changed, so offsets are source offsets', () => {
    expect(normalizeText('Home Office').map).toBeUndefined();
    expect(sourceOffset(undefined, 7, 'start')).toBe(7);
  });

  it('leaves removed characters outside a span that ends before them', () => {
    const source = 'Smith\u200b and Jones';
    const { map } = normalizeText(source);
    expect(source.slice(sourceOffset(map, 0, 'start'), sourceOffset(map, 5, 'end'))).toBe('Smith');
  });
});

describe('names with invisible characters, emoji and decomposed accents are found where they stand', () => {
  const source = [
    'Policing news',
    '',
    'Published 2 March 2016',
    '',
    '1. New lead for mental health',
    '',
    'Chief Constable Sara Thorn\u00adton of Thames Valley Police said the plan would help. 🚓 Jo\u200dhn Smith, chair of the National Police Chiefs\u2019 Council, welcomed it.',
    '',
    '2. Victims',
    '',
    'Rene\u0301e Clarke of the Home Office 👍 spoke. Later Renée Clarke met the College of Policing.',
    '',
  ].join('\n');
  const bytes = encode(source);
  const doc = parseDocument(bytes, 'news.txt');
  const items = extractDocument(doc);

  it('finds the names without their invisible characters', () => {
    const names = items.flatMap((x) => x.entities.map((e) => `${e.type}:${e.name}`));
    expect(names).toEqual(expect.arrayContaining(['Person:Sara Thornton', 'Person:John Smith', 'Body:Thames Valley Police', 'Body:Home Office']));
    expect(names.join('|')).not.toMatch(/[\p{Cf}\u0301]/u);
  });

  it('mention offsets cut the name out of the source file', () => {
    let checked = 0;
    for (const x of items)
      for (const e of x.entities)
        for (const m of e.mentions) {
          if (m.start < 0) continue;
          expect(seen(source.slice(m.start, m.end))).toBe(m.text);
          checked++;
        }
    expect(checked).toBeGreaterThanOrEqual(6);
    const thornton = items[0]!.entities.find((e) => e.name === 'Sara Thornton')!.mentions[0]!;
    expect(source.slice(thornton.start, thornton.end)).toBe('Sara Thorn\u00adton');
  });

  it('evidence and sentence offsets cut the sentence out of the source file', () => {
    const relations = items.flatMap((x) => x.relations);
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect(seen(source.slice(r.evidence.start, r.evidence.end)).replace(/\s+/g, ' ')).toBe(r.evidence.sentence);
    for (const x of items) for (const s of x.sentences) if (s.start >= 0) expect(seen(source.slice(s.start, s.end)).trim()).toBe(s.text);
  });

  it('the precomposed and the decomposed Renée read as one string, so they can never become two aliases', () => {
    const precomposed = parseDocument(encode('News\n\n1. Victims\n\nRen\u00e9e Clarke of the Home Office spoke.\n'), 'a.txt');
    const decomposed = parseDocument(encode('News\n\n1. Victims\n\nRene\u0301e Clarke of the Home Office spoke.\n'), 'a.txt');
    expect(decomposed.items[0]!.text).toBe(precomposed.items[0]!.text);
    expect(doc.items[1]!.text.match(/Ren\S*e Clarke/g)).toEqual(['Renée Clarke', 'Renée Clarke']);
    const names = (d: typeof doc) => resolveCorpus([d], extractDocument(d)).entities.map((e) => [e.name, ...e.aliases]);
    expect(names(decomposed)).toEqual(names(precomposed));
  });
});
