// PDFs are read through their text layer (pdfjs-dist): lines joined into paragraphs, running
// heads and page numbers dropped, so a newsletter printed to PDF reads like the text it came from.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { isPdf, parseDocument, parseInput } from '../../src/ingest/index.js';
import { CHROMIUM_PATH, chromiumUnavailable } from '../export/helpers/chromium.js';
import { writePdf } from './helpers/write-pdf.js';

// An OGL newsletter from fixtures/ (see fixtures/README.md for its source and licence).
const NAME = '002_ee3d19f2939ad4a4.txt';
const text = readFileSync(new URL(`../../fixtures/${NAME}`, import.meta.url), 'utf8');
const paragraphs = text
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p !== '');
const isHeading = (p: string) => /^\d+\. /.test(p) && p.length < 120 && !/[.]$/.test(p);
const names = (docs: { items: unknown[] }[]) =>
  [...new Set(docs.flatMap((d) => extractDocument(d as never).flatMap((x) => x.entities.map((e) => `${e.type}:${e.name}`))))].sort();

describe('a newsletter laid out as a PDF', () => {
  const pdf = writePdf(
    paragraphs.map((p) => ({ text: p.replace(/\s+/g, ' '), size: isHeading(p) ? 14 : 11 })),
    { head: 'Crime and policing news update: June 2014' },
  );
  const reading = parseInput(pdf, 'june.pdf');
  const plain = parseDocument(new TextEncoder().encode(text), NAME);

  it('has the title, date and items of the text it was made from', async () => {
    const [doc] = await reading;
    expect(doc!.format).toBe('pdf');
    expect([doc!.title, doc!.published]).toEqual([plain.title, plain.published]);
    expect(doc!.items.map((i) => [i.number, i.title])).toEqual(plain.items.map((i) => [i.number, i.title]));
  }, 30_000);

  it('drops the running head and the page numbers, and joins wrapped lines into paragraphs', async () => {
    const [doc] = await reading;
    const all = doc!.items.map((i) => i.text).join('\n');
    expect(all).not.toMatch(/Page \d+ of \d+/);
    expect(all).not.toContain('Crime and policing news update: June 2014');
    // item 1's two paragraphs wrap over several lines each in the PDF
    expect(doc!.items[0]!.text).toBe(plain.items[0]!.text);
  }, 30_000);

  it('gives the same entities as the text', async () => {
    expect(names(await reading)).toEqual(names([plain]));
  }, 30_000);
});

describe('a real Home Office PDF (test/ingest/fixtures/real/, Open Government Licence v3.0, see SOURCES.tsv)', () => {
  const bytes = new Uint8Array(readFileSync(new URL('./fixtures/real/first-responder-toolkit-england-wales-v2-2026.pdf', import.meta.url)));
  const reading = parseInput(bytes, 'first-responder-toolkit-england-wales-v2-2026.pdf');

  it('gives the nine numbered sections of its contents list, told from the numbered steps inside them by type size', async () => {
    const [doc] = await reading;
    expect(doc!.title).toBe(
      'First Responder Toolkit for England and Wales: Referring victims of modern slavery and human trafficking to the National Referral Mechanism (NRM)',
    );
    expect(doc!.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 What is the NRM?',
      '2 Toolkit: completing the NRM Referral Form',
      '3 Referral Quality',
      '4 How to conduct trauma-informed interviews',
      '5 How to explain the NRM form and process',
      '6 Checklist for First Responders',
      '7 Further support and links',
      '8 Important contact details',
      '9 General indicators of Modern Slavery',
    ]);
  }, 60_000);

  it('reads its prose whole: no footnote numbers inside words, bullets as bullets, names found', async () => {
    const docs = await reading;
    const text = docs[0]!.items.map((i) => i.text).join('\n');
    expect(text).not.toMatch(/[a-z]\d\.\s/);
    expect(text).not.toMatch(/[\uE000-\uF8FF]/);
    expect(text).toContain('• Ensure that the potential victim is not in immediate danger');
    expect(names(docs)).toEqual(
      expect.arrayContaining(['Body:Home Office', 'Act:Modern Slavery Act 2015', 'Programme:National Referral Mechanism', 'Body:Salvation Army']),
    );
  }, 60_000);
});

describe('PDFs that cannot be read are typed errors naming the file', () => {
  it.each([
    ['a PDF with no text layer (a scan)', writePdf([]), 'E_PDF_NO_TEXT'],
    ['a damaged PDF', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nthis is not a PDF body\n'), 'E_PDF'],
  ])(
    '%s',
    async (_name, bytes, code) => {
      await expect(parseInput(bytes, 'in/scan.pdf')).rejects.toMatchObject({ name: 'InputError', code, position: { file: 'in/scan.pdf' } });
    },
    30_000,
  );
});

describe.skipIf(chromiumUnavailable() !== undefined)('a page Chromium prints to PDF', () => {
  it('reads back its title, items and names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crimegraph-pdf-'));
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!doctype html><meta charset="utf-8"><body style="font: 11pt serif; margin: 2cm">${paragraphs
      .map((p) => (isHeading(p) ? `<h2>${escape(p)}</h2>` : `<p>${escape(p)}</p>`))
      .join('\n')}</body>`;
    writeFileSync(join(dir, 'june.html'), html);
    execFileSync(CHROMIUM_PATH, ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(dir, 'june.pdf')}`, join(dir, 'june.html')], {
      stdio: 'ignore',
      timeout: 60_000,
    });
    const docs = await parseInput(new Uint8Array(readFileSync(join(dir, 'june.pdf'))), 'june.pdf');
    const plain = parseDocument(new TextEncoder().encode(text), NAME);
    expect(docs[0]!.items.map((i) => i.number)).toEqual(plain.items.map((i) => i.number));
    expect(names(docs)).toEqual(names([plain]));
  }, 90_000);
});

describe('what is a PDF', () => {
  it.each([
    ['a PDF header at the start', '%PDF-1.7\n…', true],
    ['a PDF header after white space', '\n %PDF-1.4\n…', true],
    ['a text that quotes a PDF header', 'Title\n\nFiles start with %PDF-1.4 and then binary data.\n', false],
    ['a newsletter', 'News\n\n1. Item\n\nText.\n', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(isPdf(new TextEncoder().encode(text))).toBe(expected);
  });
});
