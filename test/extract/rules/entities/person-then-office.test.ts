// Specification of the `person-then-office` entity rule: a name then an office, with no comma.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('person-then-office', () => {
  it.each([
    ['David Keane Police & Crime Commissioner said: "The report shows progress."', ['Person David Keane']],
    ['Jane Smith Chief Executive', ['Person Jane Smith']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'person-then-office')).toEqual(expected);
  });

  it.each([
    ['jointly led by James Brokenshire and Minister for Universities and Science David Willetts, to ensure it.'],
    ['Thames Valley Police Chief Constable said so.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'person-then-office')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'Jane Smith Chief Executive';
    expect(entitiesWithout(text, [])).toContain('person-then-office: Person Jane Smith');
    expect(entitiesWithout(text, ['person-then-office'])).not.toContain('person-then-office: Person Jane Smith');
  });
});
