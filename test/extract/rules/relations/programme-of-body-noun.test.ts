// Specification of the `programme-of-body-noun` relation rule: a programme described as "a <Body> programme/scheme/fund".

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('programme-of-body-noun', () => {
  it.each([
    ['The Safer Streets Fund is a Home Office programme.', ['LEADS Home Office -> Safer Streets Fund']],
    ['The Safer Streets Fund, a Home Office scheme, gave money.', ['LEADS Home Office -> Safer Streets Fund']],
    ['The Safer Streets Fund, a Home Office funded scheme, gave money.', ['LEADS Home Office -> Safer Streets Fund']],
    // no programme noun after the body: nothing is read
    ['The Safer Streets Fund is a Home Office success.', []],
    // `It` opening the sentence: the programme the item was last about
    ['The Safer Streets Fund opened. It is a Home Office programme.', ['LEADS Home Office -> Safer Streets Fund']],
    // round 6: the body joined on to its part by a hyphen
    ['Operation Sceptre is a Metropolitan Police-led operation.', ['LEADS Metropolitan Police -> Operation Sceptre']],
    ['Operation Sceptre is a Metropolitan Police-wide success.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'programme-of-body-noun')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Safer Streets Fund is a Home Office programme.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['programme-of-body-noun']);
    expect(all.some((r) => r.startsWith('programme-of-body-noun: '))).toBe(true);
    expect(off.some((r) => r.startsWith('programme-of-body-noun: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('programme-of-body-noun: '))));
  });
});
