// Specification of the `titled-pair` entity rule: two people, each with an honorific, joined by `and`.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('titled-pair', () => {
  it.each([
    ['Lord Rooker and Lord Ponsonby of Shulbrede agreed.', ['Person Ponsonby of Shulbrede', 'Person Rooker']],
    ['Baroness Hamwee and Lady Hale spoke.', ['Person Hale', 'Person Hamwee']],
    ['Mr Straw and Mrs Bottomley answered.', ['Person Bottomley', 'Person Straw']],
    // a post-nominal after each name
    ['Nadia Whittome MP and Bell Ribeiro-Addy MP wrote to the Home Secretary.', ['Person Bell Ribeiro-Addy', 'Person Nadia Whittome']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'titled-pair')).toEqual(expected);
  });

  it.each([['Mr Speaker and Madam Deputy Speaker took the chair.'], ['Lord Paddick and the Home Office agreed.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'titled-pair')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'Baroness Hamwee and Lady Hale spoke.';
    expect(entitiesWithout(text, [])).toContain('titled-pair: Person Hale');
    expect(entitiesWithout(text, ['titled-pair'])).not.toContain('titled-pair: Person Hale');
  });
});
