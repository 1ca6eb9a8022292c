// Specification of the `body-with-region` entity rule: a known body and a region name its branch.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('body-with-region', () => {
  it.each([
    ['Jane Roe, District Crown Prosecutor, CPS London, said the case was strong.', ['Body CPS London']],
    ['The Board oversees the work of the National Crime Agency Northern Ireland.', ['Body National Crime Agency Northern Ireland']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'body-with-region')).toEqual(expected);
  });

  it.each([['The National Crime Agency works across the UK.'], ['The Home Office Science team met.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'body-with-region')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'The Board oversees the work of the National Crime Agency Northern Ireland.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('body-with-region: '))).toBe(true);
    expect(entitiesWithout(text, ['body-with-region']).some((x) => x.startsWith('body-with-region: '))).toBe(false);
    const other = 'The National Crime Agency works across the UK.';
    expect(entitiesWithout(other, ['body-with-region'])).toEqual(entitiesWithout(other, []));
  });
});
