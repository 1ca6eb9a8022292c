// Specification of the `shared-head` entity rule: two known names sharing a head written once.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('shared-head', () => {
  it.each([
    ['A centre used by Warwickshire and West Mercia Police opened.', ['Body Warwickshire', 'Body West Mercia Police']],
    ['Officers from Surrey and Sussex Police attended.', ['Body Surrey', 'Body Sussex Police']],
    ['Norfolk and Suffolk Constabularies share a unit.', ['Body Norfolk', 'Body Suffolk Constabularies']],
    // one item of a longer list
    [
      'A centre used by Warwickshire and West Mercia Police and Hereford and Worcester Fire and Rescue Service opened.',
      ['Body Warwickshire', 'Body West Mercia Police'],
    ],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'shared-head')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // one known name with `and` inside it
    ['Officers from Avon and Somerset Police attended.'],
    ['Hereford and Worcester Fire and Rescue Service attended.'],
    // two whole names
    ['The Home Office and College of Policing agreed.'],
    // the words before `and` make no known name with the head
    ['Officers from Leeds and West Mercia Police attended.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'shared-head')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'Officers from Surrey and Sussex Police attended.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('shared-head: '))).toBe(true);
    expect(entitiesWithout(text, ['shared-head']).some((x) => x.startsWith('shared-head: '))).toBe(false);
    const other = 'The Home Office and College of Policing agreed.';
    expect(entitiesWithout(other, ['shared-head'])).toEqual(entitiesWithout(other, []));
  });
});
