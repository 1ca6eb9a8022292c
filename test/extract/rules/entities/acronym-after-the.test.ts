// Specification of the `acronym-after-the` entity rule: an acronym the document never defines, used alone after `the`, is a body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('acronym-after-the', () => {
  it.each([
    ['The case was referred to the IAB, which found no misconduct.', ['Body IAB']],
    ['The PIB said it would publish its findings.', ['Body PIB']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'acronym-after-the')).toEqual(expected);
  });

  it.each([
    ['The ACS scheme was launched.'],
    ['Cases rose during the COVID-19 pandemic.'],
    ['The Independent Advisory Board (IAB) met. The IAB said it would act.'],
    // an acronym of a common noun (genericAcronyms) names no body
    ['Over four years the NGO, private sector and governmental partners have worked together.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'acronym-after-the')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'The PIB said it would publish its findings.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('acronym-after-the: '))).toBe(true);
    expect(entitiesWithout(text, ['acronym-after-the']).some((x) => x.startsWith('acronym-after-the: '))).toBe(false);
    const other = 'The ACS scheme was launched.';
    expect(entitiesWithout(other, ['acronym-after-the'])).toEqual(entitiesWithout(other, []));
  });
});
