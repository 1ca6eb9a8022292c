// Specification of the `office-then-person` entity rule: an office, then a person.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('office-then-person', () => {
  it.each([
    ['Security Minister James Brokenshire said so.', ['Person James Brokenshire']],
    // an office that opens with a peer's title is the office (data/roles.json titles)
    ['Lord Advocate Dorothy Bain KC welcomed the report.', ['Person Dorothy Bain']],
    // the office, an honorific and a surname
    ['Lord Chief Justice Lady Carr said the courts were busy.', ['Person Carr']],
    // a field that ends in a field's noun, then a name no first-name list knows
    ['Deputy Mayor for Policing and Crime Kaya Comer-Schwartz announced funding.', ['Person Kaya Comer-Schwartz']],
    // an office `of` a body no list knows, then the person
    ['He met the Chair of Durham Police Authority Mr Peter Thompson.', ['Body Durham Police Authority', 'Person Peter Thompson']],
    ['CC Bill Skelly: forces are committed to keeping people safe.', ['Person Bill Skelly']],
    ['Det Supt Zak Blenkinsopp said the inquiry continues.', ['Person Zak Blenkinsopp']],
    ['Temporary ACC Zak Blenkinsopp said so.', ['Person Zak Blenkinsopp']],
    ['Minister for Policing and Fire Services Nick Hurd said so.', ['Person Nick Hurd']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'office-then-person')).toEqual(expect.arrayContaining(expected));
  });

  it('reads capitalised words after an office’s `for` as its field, not a person, unless a first name opens them', () => {
    expect(ruleEntities('The Council Lead for Serious Organised Crime, Chief Constable Mick Creedon said so.', 'office-then-person')).toEqual([
      'Person Mick Creedon',
    ]);
  });

  it.each([
    ['The Security Minister said so.'],
    ['The Council Lead for Serious Organised Crime said so.'],
    ['The Minister for Policing and Crime Prevention Services said so.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'office-then-person')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Security Minister James Brokenshire said so.', []);
    const off = entitiesWithout('Security Minister James Brokenshire said so.', ['office-then-person']);
    expect(all.some((x) => x.startsWith('office-then-person: '))).toBe(true);
    expect(off.some((x) => x.startsWith('office-then-person: '))).toBe(false);
    expect(entitiesWithout('The Security Minister said so.', ['office-then-person'])).toEqual(entitiesWithout('The Security Minister said so.', []));
  });
});
