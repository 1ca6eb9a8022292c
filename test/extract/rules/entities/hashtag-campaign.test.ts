// Specification of the `hashtag-campaign` entity rule: a hashtag before a campaign head.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('hashtag-campaign', () => {
  it.each([['Forces backed the #knifefree campaign this week.', ['Programme #knifefree']]] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'hashtag-campaign')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['Forces used #knifefree this week.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'hashtag-campaign')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Forces backed the #knifefree campaign this week.', []);
    const off = entitiesWithout('Forces backed the #knifefree campaign this week.', ['hashtag-campaign']);
    expect(all.some((x) => x.startsWith('hashtag-campaign: '))).toBe(true);
    expect(off.some((x) => x.startsWith('hashtag-campaign: '))).toBe(false);
    expect(entitiesWithout('Forces used #knifefree this week.', ['hashtag-campaign'])).toEqual(entitiesWithout('Forces used #knifefree this week.', []));
  });
});
