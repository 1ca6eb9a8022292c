// Real documents come in more shapes than the newsletter: numbered report paragraphs, press
// releases, debates, pages with site chrome. Each is read as text to extract from, never refused.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/api/pipeline.js';
import { extractDocument } from '../../src/extract/index.js';
import { parseDocument, segmentText } from '../../src/ingest/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);
const names = (bytes: Uint8Array, source: string) => extractDocument(parseDocument(bytes, source)).flatMap((x) => x.entities.map((e) => e.name));

describe('numbered paragraphs are told apart from numbered headings', () => {
  it.each([
    [
      'one-line numbered paragraphs, each a sentence (was "no text in this file")',
      'Police leadership\n\n82. In April this year, the Association of Chief Police Officers (ACPO) is to be scrapped.\n\n83. The College of Policing will take on the standards work that ACPO did.\n\n84. We recommend that the Home Office publish a timetable for the change.\n',
      ['1'],
    ],
    [
      'wrapped numbered paragraphs',
      'Report\n\n1. We announced our inquiry in the autumn and\nreceived evidence from forces.\n\n2. We took oral evidence from the\nHome Secretary.\n\n3. We thank our witnesses\nfor their time.\n',
      ['1'],
    ],
    [
      'paragraphs numbered after a heading chain restart (1, 2 … then 82, 83)',
      'Report\n\n1. We received written evidence from forces, commissioners and national bodies.\n\n2. We took oral evidence from the Home Secretary in person.\n\n82. In April this year, ACPO is to be replaced by a new council.\n\n83. The new council will be hosted by the Metropolitan Police Service.\n',
      ['1'],
    ],
    [
      'headings with their body right under them, no blank line, are still headings',
      'News\n\n1. Enabling closer working between the emergency services\nThe government has set out plans for the emergency services.\n\n2. Police Innovation Fund\nBids open today for the new fund.\n',
      ['1', '2'],
    ],
    [
      'short numbered headings are still headings',
      'News\n\n1. Modern Slavery Bill\n\nThe Bill was published.\n\n2. Police Innovation Fund\n\nBids open today.\n',
      ['1', '2'],
    ],
    [
      'a heading that is a long title with no full stop is a heading',
      'News\n\n1. College publishes survey results on career support for black and minority ethnic officers\n\nText.\n\n2. New tool to help organisations comply with the Code of Practice\n\nText.\n',
      ['1', '2'],
    ],
  ])('%s', (_name, text, expected) => {
    const doc = parseDocument(encode(text), 'report.txt');
    expect(doc.items.map((i) => i.number)).toEqual(expected);
    // nothing of the text is lost: every paragraph is in some item
    for (const para of text.split(/\n\n+/).slice(1)) {
      const words = para
        .trim()
        .replace(/^\d+\.\s*/, '')
        .split(/\s+/)
        .slice(0, 3)
        .join(' ');
      expect(doc.items.some((i) => i.text.includes(words) || i.title.includes(words))).toBe(true);
    }
  });

  it('reads a committee report with numbered paragraphs and unnumbered headings as one item with all its text', () => {
    const doc = parseDocument(fixture('committee-report.txt'), 'committee-report.txt');
    expect(doc.title).toBe('Police leadership: the new national bodies');
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.text).toContain('82. In April this year, the Association of Chief Police Officers (ACPO)');
    expect(doc.items[0]!.text).toContain('We recommend that the Home Office publish a timetable');
  });

  it('separates a paragraph number written against its first word ("34.Europol"), one character for one', () => {
    const bytes = fixture('committee-report.txt');
    const doc = parseDocument(bytes, 'committee-report.txt');
    const item = doc.items[0]!;
    expect(item.text).toContain('34 Europol and the National Crime Agency');
    const source = new TextDecoder().decode(bytes);
    // the same length as the source it came from, differing only in that one character
    const slice = source.slice(item.offset, item.offset + item.text.length);
    expect([...item.text].filter((c, k) => c !== slice[k])).toEqual([' ']);
    expect(names(bytes, 'committee-report.txt')).toEqual(
      expect.arrayContaining(['Europol', 'National Crime Agency', 'Association of Chief Police Officers', 'Sara Thornton']),
    );
  });

  it('keeps the newsletter shape: a paragraph number glued to a word inside an item is separated, headings unchanged', () => {
    const seg = segmentText('News\n\n1. First\n\n12.Europol said so.\n\n2. Second\n\nText.\n');
    expect(seg.items.map((i) => [i.number, i.text])).toEqual([
      ['1', '12 Europol said so.'],
      ['2', 'Text.'],
    ]);
  });
});

describe('a single-story press release', () => {
  it('is one item with its story, quotes and notes, its date read past the "From:" line (was "no text in this file")', () => {
    const doc = parseDocument(fixture('press-release.txt'), 'press-release.txt');
    expect([doc.title, doc.published]).toEqual(['New powers to tackle county lines drug gangs', '2019-03-12']);
    expect(doc.items.map((i) => i.number)).toEqual(['1']);
    expect(doc.items[0]!.text).toMatch(/^Police will get new powers/);
    expect(doc.items[0]!.text).toContain('Notes to editors\n\n1. The Serious Violence Strategy');
    expect(names(fixture('press-release.txt'), 'press-release.txt')).toEqual(
      expect.arrayContaining(['Jane Doe', 'John Smith', 'Merseyside Police', 'National Crime Agency', 'Serious Violence Strategy']),
    );
  });

  it.each([
    ['a Published line', 'Title\n\nPublished 12 March 2019\n\nText.\n', '2019-03-12'],
    ['a GOV.UK From line between title and date', 'Title\n\nFrom: Home Office\n\nPublished: 12 March 2019\n\nText.\n', '2019-03-12'],
    ['a date line of its own', 'Title\n\n12 March 2019\n\nText.\n', '2019-03-12'],
    ['a Date: line, day first as UK sites write it', 'Title\n\nDate: 12/03/2019\n\nText.\n', '2019-03-12'],
    ['no date line: none', 'Title\n\nText that runs on.\n', undefined],
    ['a Release date line', 'Title\n\nRelease date: 2019-03-12\n\nText.\n', '2019-03-12'],
    ['a speech delivered on a date', 'Speech title\n\nDelivered on: 5 June 2015 (Original script, may differ from delivered version)\n\nText.\n', '2015-06-05'],
    ['a Hansard debate date', 'Police Funding\n\nVolume 650: debated on Tuesday 5 February 2019\n\nText.\n', '2019-02-05'],
  ])('reads the date from %s', (_name, text, date) => {
    expect(parseDocument(encode(text), 'a.txt').published).toBe(date);
  });
});

describe('a Hansard-style debate', () => {
  const bytes = fixture('hansard-debate.txt');
  const doc = parseDocument(bytes, 'hansard-debate.txt');

  it('is one item with every speaker turn, time stamps not taken for numbered headings', () => {
    expect([doc.title, doc.published]).toEqual(['Police Funding', '2019-02-05']);
    expect(doc.items.map((i) => i.number)).toEqual(['1']);
    expect(doc.items[0]!.text).toContain('Mr Jack Dromey (Birmingham, Erdington) (Lab): Will the Minister give way?');
    expect(doc.items[0]!.text).toContain('Sir Edward Davey (Kingston and Surbiton) (LD):');
    expect(segmentText('Debate\n\n12.31 pm\n\nText.\n\n12.45 pm\n\nMore text.\n').items.map((i) => i.number)).toEqual(['1']);
  });

  it('as an HTML page with speaker blocks, keeps every speaker in the text of its debate section', () => {
    const turn = (speaker: string, words: string) =>
      `<div class="contribution"><div class="speaker"><a href="/member">${speaker}</a></div><p>${words}</p></div>`;
    const html = `<main><h1>Police Funding</h1><p>Volume 650: debated on Tuesday 5 February 2019</p>
      <h2>Police Grant Report</h2>${turn('The Minister for Policing and the Fire Service (Nick Hurd)', 'I beg to move the motion.')}${turn('Mr Jack Dromey (Birmingham, Erdington) (Lab)', 'Will the Minister give way?')}
      <h2>Points of Order</h2>${turn('Louise Haigh (Sheffield, Heeley) (Lab)', 'On a point of order, Madam Deputy Speaker.')}</main>`;
    const page = parseDocument(encode(html), 'debate.html');
    expect(page.published).toBe('2019-02-05');
    expect(page.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Police Grant Report'],
      ['2', 'Points of Order'],
    ]);
    expect(page.items[0]!.text).toBe(
      'The Minister for Policing and the Fire Service (Nick Hurd)\n\nI beg to move the motion.\n\nMr Jack Dromey (Birmingham, Erdington) (Lab)\n\nWill the Minister give way?',
    );
    expect(names(encode(html), 'debate.html')).toEqual(expect.arrayContaining(['Nick Hurd', 'Jack Dromey', 'Louise Haigh']));
  });

  it('keeps the speakers in the text, so extraction finds the people', () => {
    expect(names(bytes, 'hansard-debate.txt')).toEqual(expect.arrayContaining(['Nick Hurd', 'Jack Dromey', 'Louise Haigh', 'Edward Davey']));
  });
});

describe('a GOV.UK news page', () => {
  const bytes = fixture('govuk-news-story.html');
  const doc = parseDocument(bytes, 'govuk-news-story.html');
  const text = doc.items.map((i) => i.text).join('\n');

  it('reads the title and date from the page and its story as one item, lead paragraph first', () => {
    expect([doc.title, doc.published]).toEqual(['New powers to tackle county lines drug gangs', '2019-03-12']);
    expect(doc.items.map((i) => i.number)).toEqual(['1']);
    expect(text).toMatch(/^The Home Secretary has announced new powers/);
    expect(text).toContain('Notes to editors');
  });

  it.each([
    ['the cookie banner', 'Cookies on GOV.UK'],
    ['the cookie banner text', 'essential cookies'],
    ['the skip link', 'Skip to main content'],
    ['breadcrumbs', 'Crime, justice and law'],
    ['the metadata list', 'From:'],
    ['the document type caption', 'Press release'],
    ['share links', 'Share this page'],
    ['related links', 'Knife Crime Prevention Orders'],
    ['the feedback form', 'Is this page useful?'],
    ['the footer', 'Open Government Licence'],
  ])('leaves out %s', (_name, words) => {
    expect(text).not.toContain(words);
  });

  it('gives extraction the people and bodies of the story only', () => {
    const found = names(bytes, 'govuk-news-story.html');
    expect(found).toEqual(expect.arrayContaining(['Jane Doe', 'Merseyside Police', 'National County Lines Coordination Centre']));
    expect(found).not.toContain('Metropolitan Police');
    expect(found).not.toContain('Government Digital Service');
  });

  const story = 'Police will get new powers to disrupt county lines drug gangs, the Home Secretary announced today. '.repeat(4).trim();
  it.each([
    ['short notes after the story: one item', `<h2>Notes to editors</h2><p>A short note.</p>`, [['1', 'Story']]],
    [
      'long sections after the story: the story is item 1, each section one more, nothing lost',
      `<h2>Background</h2><p>${story} ${story}</p><h2>Funding</h2><p>${story}</p>`,
      [
        ['1', 'Story'],
        ['2', 'Background'],
        ['3', 'Funding'],
      ],
    ],
    [
      'numbered headings after a long preface: a newsletter, its preface in no item',
      `<h2>1. Slavery Bill</h2><p>${story}</p><h2>2. Funding</h2><p>Text.</p>`,
      [
        ['1', 'Slavery Bill'],
        ['2', 'Funding'],
      ],
    ],
  ])('a story before unnumbered sub-headings, %s', (_name, after, expected) => {
    const page = parseDocument(encode(`<main><h1>Story</h1><p>${story}</p>${after}</main>`), 'page.html');
    expect(page.items.map((i) => [i.number, i.title])).toEqual(expected);
    expect(page.items.map((i) => i.text).join('\n')).toContain(story);
  });

  it.each([
    ['<main>', '<main><h1>T</h1><p>Story text that matters.</p></main><div class="cookie-banner"><p>Cookies!</p></div>'],
    ['role=main', '<nav>Menu</nav><div role="main"><h1>T</h1><p>Story text that matters.</p><div class="breadcrumbs">Home</div></div>'],
    ['<article>', '<div class="site-header">Site</div><article><h1>T</h1><p>Story text that matters.</p></article><div class="related-links">More</div>'],
  ])('finds the main content of any page by %s', (_name, html) => {
    const page = parseDocument(encode(`<!doctype html><html><body>${html}</body></html>`), 'page.html');
    expect(page.items.map((i) => i.text)).toEqual(['Story text that matters.']);
  });
});

describe('a file with words in it is never refused', () => {
  it.each([
    ['only numbered lines (a contents page)', 'Contents\n\n1. Introduction\n\n2. The end of ACPO\n\n3. Conclusions\n', 'a.txt', 'The end of ACPO'],
    ['numbered lines with no title', '1. Introduction\n\n2. Scope\n', 'a.txt', 'Scope'],
    ['a title and one line', 'Hello world\n', 'a.txt', 'Hello world'],
    ['Markdown headings with nothing under them', '# Report\n\n## One\n\n## Two\n', 'a.md', 'Two'],
    [
      'an HTML page whose only text sits in a box named like furniture',
      '<html><body><div class="related-links"><p>The Home Office said so.</p></div></body></html>',
      'a.html',
      'The Home Office said so.',
    ],
  ])('%s', (_name, text, source, words) => {
    const doc = parseDocument(encode(text), source);
    expect(doc.items.length).toBeGreaterThan(0);
    expect(doc.items.map((i) => `${i.title}\n${i.text}`).join('\n')).toContain(words);
  });
});

it('build reads every shape in test/ingest/fixtures, the real PDF included: no file refused, one document each', { timeout: 60_000 }, async () => {
  const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const { corpus, errors } = await runPipeline([dir], { workers: 0 });
  expect(errors).toEqual([]);
  expect(corpus.documents.map((d) => d.id).sort()).toEqual([
    'committee-report',
    'first-responder-toolkit-england-wales-v2-2026',
    'govuk-news-story',
    'govuk-publication',
    'hansard-debate',
    'press-release',
  ]);
  expect(corpus.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Europol', 'Jack Dromey', 'National County Lines Coordination Centre']));
});
