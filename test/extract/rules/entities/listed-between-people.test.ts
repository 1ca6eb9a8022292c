// Specification of the `listed-between-people` entity rule: an unknown name listed between two
// people, perhaps after an office's abbreviation, is a person.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

// (With `SCP` before it, `SCP Grenville Barker` is now read by office-then-person: the rank
// abbreviations are in data/roles.json.)
const staff =
  'Senior Crown Prosecutor (SCP) Suzanne Thomas, Caseworker Mandy Williams, Grenville Barker, Senior Crown Advocate Mike Jones and Paralegal Jenna Reardon, CPS Wales';

describe('listed-between-people', () => {
  it.each([
    [staff, ['Person Grenville Barker']],
    // a list closed by the plural of the office its members share
    ['Ben Williams, Marek Kubala, Committee Clerks', ['Person Marek Kubala']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'listed-between-people')).toEqual(expected);
  });

  it.each([
    // a body or a place between people is no person
    ['Mandy Williams, Durham Constabulary, Mike Jones and others spoke.'],
    ['Mandy Williams, North Yorkshire, Mike Jones and others spoke.'],
    ['Tom Smith, Marek Kubala, Kent Police.'],
    ['Ben Williams, North Yorkshire, Committee Clerks'],
    // a person on one side only
    ['Mandy Williams, Grenville Barker, the chief executive, spoke.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'listed-between-people')).toEqual([]);
  });

  it('is switched off alone', () => {
    expect(entitiesWithout(staff, []).filter((x) => x.startsWith('listed-between-people'))).toEqual(['listed-between-people: Person Grenville Barker']);
    expect(entitiesWithout(staff, ['listed-between-people']).some((x) => x.includes('Grenville'))).toBe(false);
  });
});
