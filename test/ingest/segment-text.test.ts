// Segmenting plain text: which numbered lines are item headings, judged by the shape of the
// file, and what happens to the preface and to texts without headings.

import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/ingest/index.js';

const ids = (text: string) => segmentText(text).items.map((i) => i.number);

describe('numbered headings', () => {
  it.each([
    ['integer headings', 'Title\n\n1. One\n\nText one.\n\n2. Two\n\nText two.\n', ['1', '2']],
    ['dotted headings', 'Title\n\n0.1 One\n\nText.\n\n0.2 Two\n\nText.\n', ['0.1', '0.2']],
    ['a preface before the first heading', 'Title\n\nPublished 2 April 2013\n\nA preface.\n\n1. One\n\nText.\n', ['1']],
    [
      'a numbered list after a colon inside item 1 stays in its text',
      'T\n\n1. One\n\nThe plan has parts:\n\n1. Reduce crime\n\n2. Support victims\n\n3. Cut costs\n\n2. Two\n\nText.\n\n3. Three\n\nText.\n',
      ['1', '2', '3'],
    ],
    ['a tight numbered list inside an item stays in its text', 'T\n\n1. One\n\nSteps\n1. Apply\n2. Wait\n3. Collect\n\n2. Two\n\nText.\n', ['1', '2']],
    [
      'a sentence that starts with "2. " inside a wrapped paragraph is not a heading',
      'T\n\n1. One\n\nThe rules are these. 1. Apply early and\n2. pay the fee before the end of May.\nMore text.\n\n2. Two\n\nText.\n',
      ['1', '2'],
    ],
    [
      'a standalone numbered sentence with a full stop does not break the chain',
      'T\n\n1. One\n\nText.\n\n2. This line reads like a sentence, and ends with a stop.\n\n2. Two\n\nText.\n\n3. Three\n\nText.\n',
      ['1', '2', '3'],
    ],
    ['an unnumbered Speeches heading after the items', 'T\n\n1. One\n\nText.\n\nSpeeches\n\nA speech.\n', ['1', 'speeches']],
    ['a numbered Speeches heading keeps its number', 'T\n\n1. One\n\nText.\n\n2. Speeches\n\nA speech.\n', ['1', '2']],
    ['no headings: one item 1', 'Title\n\nJust a paragraph of text.\n\nAnother one.\n', ['1']],
    ['a lone "Speeches" line without numbered headings is not an item', 'Title\n\nText.\n\nSpeeches\n\nA speech.\n', ['1']],
    ['CRLF line ends', 'Title\r\n\r\n1. One\r\n\r\nText.\r\n\r\n2. Two\r\n\r\nText.\r\n', ['1', '2']],
    [
      'an extract opening at a chapter heading numbered without a stop',
      '4 Police-led IT Company\n\n134. In this chapter we consider the state of IT in the police service.\n\n135. Sir Hugh Orde described the current state of IT as a bit of a mess.\n',
      ['4'],
    ],
    [
      'a chapter heading under the page title of a report extract',
      "The new architecture of policing - Home Affairs Contents\n\n8  The National Police Chiefs' Council\n\n82. In April this year, the Association of Chief Police Officers is to be scrapped.\n\n83. The new body will be hosted by the Metropolitan Police.\n",
      ['8'],
    ],
    [
      'a numbered Hansard question (a long sentence ending on its reference) is a paragraph, not a heading',
      'Community Policing\n\n10. Mr. Lindsay Hoyle (Chorley) (Lab): What recent assessment she has made of the role of police community support officers in supporting community beat managers. [275720]\n\nThe Minister (Mr. Vernon Coaker): PCSOs offer valuable support.\n',
      ['1'],
    ],
    ['a date on the first line is not a chapter heading', '17 May 2018\n\nThe Home Secretary announced new funding for the police today.\n', ['1']],
    [
      'a chapter number deeper in the file is not a heading',
      'Report title\n\nContents\n\n1 Introduction\n\n2 The end\n\n1 Introduction\n\n1. This report looks at national bodies and what replaces them.\n',
      ['1'],
    ],
    ['a first line numbered without a stop and no prose after it is not a heading', '3 Key Facts\n\nFunding\n', ['1']],
    ['a year at the start of a line is not a number heading', 'Title\n\n2014 was a year.\n\nMore.\n', ['1']],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('title, date, text and offsets', () => {
  const text =
    'Correspondence\n\nNews update: May 2014\n\nPublished 2 May 2014\n\nPreface.\n\n1. First item\n\nBody one.\n\n  • a bullet\n\n2. Second\n\nBody two.\n';
  const doc = segmentText(text);

  it('skips the document-type label and reads title and date', () => {
    expect(doc.title).toBe('News update: May 2014');
    expect(doc.published).toBe('2014-05-02');
  });

  it('keeps bullets and cuts the heading from the text', () => {
    expect(doc.items[0]).toMatchObject({ number: '1', title: 'First item', text: 'Body one.\n\n  • a bullet' });
  });

  it('gives offsets into the text', () => {
    for (const item of doc.items) expect(text.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
  });

  it('a text without headings is one item titled like the document, without the header lines', () => {
    const plain = segmentText('A title\n\nPublished 1 June 2015\n\nFirst paragraph.\n\nSecond.');
    expect(plain.items).toEqual([{ number: '1', title: 'A title', text: 'First paragraph.\n\nSecond.', offset: 32 }]);
  });

  it('a single line of text is one item holding all of it', () => {
    const line = 'The College of Policing met the Home Office. '.repeat(3).trim();
    expect(segmentText(line).items).toEqual([{ number: '1', title: '', text: line, offset: 0 }]);
  });
});

describe('publication dates', () => {
  it.each([
    ['Published 28 November 2014', '2014-11-28'],
    ['Published: 2 April 2013', '2013-04-02'],
    ['Published on 5 Jun 2014', '2014-06-05'],
    ['Published November 28, 2014', '2014-11-28'],
    ['Published 2014-11-28', '2014-11-28'],
    ['Published 31 April 2014', undefined],
    ['Published sometime soon', undefined],
  ])('%s -> %s', (line, expected) => {
    expect(segmentText(`Title\n\n${line}\n\nText.`).published).toBe(expected);
  });
});
