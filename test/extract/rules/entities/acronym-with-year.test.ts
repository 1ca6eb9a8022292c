// Specification of the `acronym-with-year` entity rule: an Act cited by its initials and year.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('acronym-with-year', () => {
  it.each([
    ['Duties of disclosure are set out in the CPIA 1996 and its code.', ['Act CPIA 1996']],
    ['Authorisations under RIPA 2000 are reviewed each year.', ['Act RIPA 2000']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'acronym-with-year')).toEqual(expected);
  });

  it.each([['The NCA 2019 report was published.'], ['The SDSR 2015 set out the plans.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'acronym-with-year')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'Authorisations under RIPA 2000 are reviewed each year.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('acronym-with-year: '))).toBe(true);
    expect(entitiesWithout(text, ['acronym-with-year']).some((x) => x.startsWith('acronym-with-year: '))).toBe(false);
    expect(entitiesWithout('The SDSR 2015 set out the plans.', ['acronym-with-year'])).toEqual(entitiesWithout('The SDSR 2015 set out the plans.', []));
  });
});
