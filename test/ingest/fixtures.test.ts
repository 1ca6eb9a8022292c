// Ingest of the five newsletters in fixtures/: item ids and titles as the files write them,
// and offsets that point back at each item's text in the decoded file.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, readDocument } from '../../src/ingest/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('each fixture', () => {
  it('there are five newsletters', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('%s: items are numbered headings in order, with text found at their offsets', async (file) => {
    const path = join(FIXTURES, file);
    const doc = await readDocument(path);
    const { text } = decodeBytes(readFileSync(path), path);
    expect(doc.id).toBe(file.replace(/\.txt$/, ''));
    expect(doc.source).toBe(file);
    expect(doc.format).toBe('text');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.title).toMatch(/^Crime and policing (news update|newsletter): \w+ \d{4}$/i);
    expect(doc.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ids = doc.items.map((i) => i.number);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of doc.items) {
      expect(text.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
      expect(item.text.length).toBeGreaterThan(50);
      // The heading is the last non-blank line before the item's text.
      const before = text.slice(0, item.offset).trimEnd();
      const headingLine = before.slice(before.lastIndexOf('\n') + 1);
      expect(headingLine.endsWith(item.title)).toBe(true);
      expect(headingLine === item.title || headingLine.startsWith(`${item.number}`)).toBe(true);
    }
  });
});

// Built by hand from the files' heading lines.
it.each([
  [
    '002_ee3d19f2939ad4a4.txt',
    'Crime and policing news update: June 2014',
    '2014-06-26',
    [
      ['1', 'Modern Slavery Bill'],
      ['2', 'Serious Crime Bill'],
      ['3', 'Local action against serious and organised crime'],
      ['4', 'Ending gang and youth violence conference'],
      ['5', 'Professional development for senior public service commissioners'],
      ['6', 'Better police procurement'],
      ['7', 'IDIOM'],
      ['8', 'Digital Pathfinders marching on'],
      ['9', 'Consultation launched on riot damages'],
      ['10', 'Mental Health Crisis Care Concordat'],
      ['11', 'Control of khat'],
      ['12', 'Crimestoppers commercial cannabis campaign'],
      ['13', 'Campaign to combat female genital mutilation'],
      ['14', 'Scottish independence referendum – ‘In the Know’ fact sheets'],
    ],
  ],
  [
    '003_13024b2ea9e40c59.txt',
    'Crime and Policing newsletter: March 2013',
    '2013-04-02',
    [
      ['0.1', 'HMIC review'],
      ['0.2', 'Freeing up police time'],
      ['0.3', 'Revising the current framework for recorded crimes outcomes'],
      ['0.4', 'National Crime Agency update'],
      ['0.5', 'Cyber Crime Reduction Partnership'],
      ['0.6', 'A Call to End Violence Against Women and Girls'],
      ['0.7', 'Crimestoppers campaign'],
      ['0.8', 'Update on the HASC drug inquiry report'],
      ['0.9', 'Home Office website migrated to GOV.UK: 27 March'],
    ],
  ],
] as const)('%s reads as title %s, published %s, with its items', async (file, title, published, items) => {
  const doc = await readDocument(join(FIXTURES, file));
  expect(doc.title).toBe(title);
  expect(doc.published).toBe(published);
  expect(doc.items.map((i) => [i.number, i.title])).toEqual(items);
});

it.each([
  // An unnumbered "Speeches" heading after item 13 is item `speeches`.
  ['000_79e92bb3579205a4.txt', 14, ['13', 'Further powers for the Scottish Parliament announced'], ['speeches', 'Speeches']],
  // A numbered "11. Speeches" keeps its number.
  ['001_90d08cdaf62c0c6a.txt', 11, ['10', 'Prevent guidance for higher and further education institutions comes into effect'], ['11', 'Speeches']],
  ['004_4d682b8226ef914d.txt', 17, ['16', 'Revolving Doors Agency'], ['17', 'Speeches']],
] as const)('%s has %i items ending with %j then %j', async (file, count, penultimate, last) => {
  const doc = await readDocument(join(FIXTURES, file));
  expect(doc.items).toHaveLength(count);
  expect([doc.items.at(-2)!.number, doc.items.at(-2)!.title]).toEqual(penultimate);
  expect([doc.items.at(-1)!.number, doc.items.at(-1)!.title]).toEqual(last);
});

it('the preface before the first heading belongs to no item', async () => {
  const doc = await readDocument(join(FIXTURES, '003_13024b2ea9e40c59.txt'));
  for (const item of doc.items) expect(item.text).not.toContain('The March edition of the newsletter.');
});

it('bullets stay in the item text', async () => {
  const doc = await readDocument(join(FIXTURES, '002_ee3d19f2939ad4a4.txt'));
  expect(doc.items[1]!.text).toContain('•');
  expect(doc.items[1]!.text).toContain('amending the Proceeds of Crime Act 2002');
});
