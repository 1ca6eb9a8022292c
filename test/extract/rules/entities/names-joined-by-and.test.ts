// Specification of the `names-joined-by-and` entity rule: two or more names joined by and.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('names-joined-by-and', () => {
  it.each([
    ['They met Zoë Billingham and José García and Seán O’Brien yesterday.', ['Person José García', 'Person Seán O’Brien', 'Person Zoë Billingham']],
    // two words shaped as a name beside a person are a person, whatever their first name
    ['We thank Grenville Barker and Tom Atherton for their work.', ['Person Grenville Barker', 'Person Tom Atherton']],
    ['Hope UK and Carers UK signed the letter.', ['Body Carers UK', 'Body Hope UK']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'names-joined-by-and')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The Immigration Command and Control Unit was set up.'],
    ['The Fraud and Cyber Crime Unit was set up.'],
    ['Tom Atherton and Public Health spoke.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'names-joined-by-and')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('They met Zoë Billingham and José García and Seán O’Brien yesterday.', []);
    const off = entitiesWithout('They met Zoë Billingham and José García and Seán O’Brien yesterday.', ['names-joined-by-and']);
    expect(all.some((x) => x.startsWith('names-joined-by-and: '))).toBe(true);
    expect(off.some((x) => x.startsWith('names-joined-by-and: '))).toBe(false);
    expect(entitiesWithout('The Immigration Command and Control Unit was set up.', ['names-joined-by-and'])).toEqual(
      entitiesWithout('The Immigration Command and Control Unit was set up.', []),
    );
  });
});
