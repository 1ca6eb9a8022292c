// The three input formats: plain text, Markdown (`#` headings) and HTML through parse5, with
// HTML that lacks the expected structure still giving its text as one item.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../src/ingest/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('format detection', () => {
  it.each([
    ['a.txt', 'Title', 'text'],
    ['a.md', '# Title', 'markdown'],
    ['a.markdown', '# Title', 'markdown'],
    ['a.html', '<p>x</p>', 'html'],
    ['a.htm', '<p>x</p>', 'html'],
    ['saved-page.txt', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['page', '  <html lang="en"><body>x</body></html>', 'html'],
  ])('%s containing %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('Markdown', () => {
  const md = [
    '# Crime and policing news update: June 2014',
    '',
    'Published 26 June 2014',
    '',
    '## 1. Modern Slavery Bill',
    '',
    'The **Modern Slavery Bill** was introduced. See [the Bill](https://www.gov.uk/bill).',
    '',
    '## 2. Serious Crime Bill',
    '',
    '- amending the Proceeds of Crime Act 2002',
    '',
    '### A sub-heading stays in the item',
    '',
    '## Speeches',
    '',
    'A speech.',
  ].join('\n');
  const doc = parseDocument(bytes(md), 'june.md');

  it('reads the title from # and the date', () => {
    expect(doc).toMatchObject({ id: 'june', format: 'markdown', title: 'Crime and policing news update: June 2014', published: '2014-06-26' });
  });

  it('starts items at the level below the title, numbered as their headings say', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Modern Slavery Bill'],
      ['2', 'Serious Crime Bill'],
      ['speeches', 'Speeches'],
    ]);
    expect(doc.items[1]!.text).toContain('A sub-heading stays in the item');
  });

  it('blanks markup but keeps offsets into the file', () => {
    const item = doc.items[0]!;
    expect(item.text).toContain('The   Modern Slavery Bill   was introduced.');
    expect(item.text).not.toContain('https://');
    expect(md.slice(item.offset, item.offset + 3)).toBe('The');
    expect(item.text.length).toBe(md.indexOf('\n\n## 2.') - item.offset);
  });

  it('numbers unnumbered headings in order', () => {
    const plain = parseDocument(bytes('# T\n\n## First\n\nOne.\n\n## Second\n\nTwo.\n'), 'x.md');
    expect(plain.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'First'],
      ['2', 'Second'],
    ]);
  });

  it('without headings below the title is read like plain text', () => {
    const plain = parseDocument(bytes('# T\n\n1. First\n\nOne.\n\n2. Second\n\nTwo.\n'), 'x.md');
    expect(plain.title).toBe('T');
    expect(plain.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  it('ignores # lines inside fenced code', () => {
    const fenced = parseDocument(bytes('# T\n\n## One\n\n```\n## not a heading\n```\n\n## Two\n\nx\n'), 'x.md');
    expect(fenced.items.map((i) => i.title)).toEqual(['One', 'Two']);
  });
});

describe('HTML', () => {
  const govuk = `<!DOCTYPE html>
<html lang="en"><head><title>Crime and policing news update: June 2014 - GOV.UK</title>
<script>var x = "<h2>not content</h2>";</script></head>
<body><header><nav><h2>Navigation menu</h2></nav></header>
<main><div class="gem-c-title"><span>Correspondence</span><h1>Crime and policing news update: June 2014</h1></div>
<dl><dt>Published</dt><dd>26 June 2014</dd></dl>
<div class="govspeak">
<h2 id="one">1. Modern Slavery Bill</h2>
<p>The Modern Slavery Bill was introduced to Parliament on 10 June &amp; read.</p>
<h2>2. Serious Crime Bill</h2>
<p>The bill includes measures:</p>
<ul><li>amending the Proceeds of Crime Act 2002</li><li>amending the Computer Misuse Act 1990</li></ul>
<h2>Speeches</h2>
<p>A speech.</p>
</div></main>
<footer><h2>Related content</h2></footer></body></html>`;
  const doc = parseDocument(bytes(govuk), 'june.html');

  it('reads the h1 title and the Published date from the page', () => {
    expect(doc).toMatchObject({ format: 'html', title: 'Crime and policing news update: June 2014', published: '2014-06-26' });
  });

  it('starts items at h2 inside the article, not in navigation, scripts or footers', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Modern Slavery Bill'],
      ['2', 'Serious Crime Bill'],
      ['speeches', 'Speeches'],
    ]);
  });

  it('turns paragraphs and list entries into text with bullets, entities decoded', () => {
    expect(doc.items[0]!.text).toBe('The Modern Slavery Bill was introduced to Parliament on 10 June & read.');
    expect(doc.items[1]!.text).toBe('The bill includes measures:\n\n• amending the Proceeds of Crime Act 2002\n\n• amending the Computer Misuse Act 1990');
  });

  it('points each item offset at its first block in the source', () => {
    expect(govuk.slice(doc.items[0]!.offset).startsWith('The Modern Slavery Bill')).toBe(true);
  });

  it('uses h3 headings when there are no h2', () => {
    const h3 = parseDocument(bytes('<h1>T</h1><h3>0.1 HMIC review</h3><p>Text.</p><h3>0.2 Other</h3><p>More.</p>'), 'x.html');
    expect(h3.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['0.1', 'HMIC review', 'Text.'],
      ['0.2', 'Other', 'More.'],
    ]);
  });

  it('without headings still gives one item from its text', () => {
    const bare = parseDocument(bytes('<div><span>The Home Office</span> met <b>the College of Policing</b>.</div><p>Second.</p>'), 'bare.html');
    expect(bare.title).toBe('bare');
    expect(bare.items).toHaveLength(1);
    expect(bare.items[0]).toMatchObject({ number: '1', text: 'The Home Office met the College of Policing.\n\nSecond.' });
  });

  it('with numbered heading paragraphs is segmented like plain text', () => {
    const paras = parseDocument(bytes('<h1>T</h1><p>1. First</p><p>Body one.</p><p>2. Second</p><p>Body two.</p>'), 'p.html');
    expect(paras.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['1', 'First', 'Body one.'],
      ['2', 'Second', 'Body two.'],
    ]);
  });

  it('falls back to the <title> when there is no h1', () => {
    expect(parseDocument(bytes('<title>Page - GOV.UK</title><p>x</p>'), 'x.html').title).toBe('Page');
  });

  it('survives deeply nested markup', () => {
    const deep = '<div>'.repeat(20000) + 'deep text' + '</div>'.repeat(20000);
    expect(parseDocument(bytes(deep), 'deep.html').items[0]!.text).toBe('deep text');
  });
});

describe('a GOV.UK HTML publication of a newsletter (test/ingest/fixtures/govuk-publication.html)', () => {
  const file = join(import.meta.dirname, 'fixtures/govuk-publication.html');
  const html = readFileSync(file, 'utf8');
  const page = parseDocument(readFileSync(file), file);
  const text = parseDocument(readFileSync(join(import.meta.dirname, '../../fixtures/002_ee3d19f2939ad4a4.txt')), '002.txt');
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('reads the title and date from the publication header, not the <title>', () => {
    expect(page).toMatchObject({ id: 'govuk-publication', format: 'html', title: 'Crime and policing news update: June 2014', published: '2014-06-26' });
  });

  it('finds the items of the govspeak body, not the contents list, navigation, script or footer', () => {
    expect(page.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Modern Slavery Bill'],
      ['2', 'Serious Crime Bill'],
    ]);
  });

  it('gives each item the same words as the text newsletter, sub-headings kept in the item', () => {
    expect(words(page.items[0]!.text)).toBe(words(text.items[0]!.text));
    expect(words(page.items[1]!.text).startsWith(words(text.items[1]!.text))).toBe(true);
    expect(page.items[1]!.text).toContain('Further information');
  });

  it('points each item at its first paragraph in the page source', () => {
    for (const item of page.items) expect(html.slice(item.offset, item.offset + 20)).toBe(item.text.slice(0, 20));
  });
});

describe('title offsets', () => {
  // Each title is found at its heading, not at an earlier place that reads the same.
  it.each([
    ['a.txt', 'News\n\n1. Police Act\n\nThe Police Act changed.\n\n2. Police Act\n\nAgain.\n', ['Police Act', 'Police Act']],
    ['a.md', '# News\n\n## 1. Police Act\n\nThe Police Act changed.\n\n## 2. Knife crime\n\nMore.\n', ['Police Act', 'Knife crime']],
    [
      'a.html',
      '<html><body><h1>News</h1><h2>1. Police Act</h2><p>The Police Act.</p><h2>2. Knife crime</h2><p>More.</p></body></html>',
      ['Police Act', 'Knife crime'],
    ],
  ])('%s: every title sits at its titleOffset, after the previous item and before its own body', (name, text, titles) => {
    const doc = parseDocument(bytes(text), name);
    expect(doc.items.map((i) => i.title)).toEqual(titles);
    let previousEnd = 0;
    for (const item of doc.items) {
      expect(item.titleOffset).toBeDefined();
      expect(text.slice(item.titleOffset!, item.titleOffset! + item.title.length)).toBe(item.title);
      expect(item.titleOffset!).toBeGreaterThanOrEqual(previousEnd);
      expect(item.titleOffset! + item.title.length).toBeLessThanOrEqual(item.offset);
      previousEnd = item.offset + item.text.length;
    }
  });

  it.each([
    ['a title with an entity', 'a.html', '<html><body><h2>1. Guns &amp; knives</h2><p>Text.</p></body></html>'],
    ['a title taken from the file name', 'untitled.txt', 'Just a body of text without any heading at all, written as one long line.'],
  ])('is left out for %s, which the file does not hold verbatim', (_, name, text) => {
    const doc = parseDocument(bytes(text), name);
    expect(doc.items[0]!.titleOffset).toBeUndefined();
  });
});
