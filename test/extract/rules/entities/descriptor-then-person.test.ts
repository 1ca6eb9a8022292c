// Specification of the `descriptor-then-person` entity rule: a title we do not list, then a
// known first name and a surname.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('descriptor-then-person', () => {
  it.each([
    ['The report was signed by Independent Member Carolyn Dhanraj.', ['Person Carolyn Dhanraj']],
    ['Commissioners asked General Sir Nick Parker to review it.', ['Person Nick Parker']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'descriptor-then-person')).toEqual(expected);
  });

  it.each([['Thames Valley Police Sarah Crew said so.'], ['The Home Office James Smith said so.']])(
    'leaves a known body before a name to other rules: %s',
    (text) => {
      expect(ruleEntities(text, 'descriptor-then-person')).toEqual([]);
    },
  );

  it('is switched off alone', () => {
    const text = 'It was signed by Independent Member Carolyn Dhanraj.';
    expect(entitiesWithout(text, [])).toContain('descriptor-then-person: Person Carolyn Dhanraj');
    expect(entitiesWithout(text, ['descriptor-then-person'])).not.toContain('descriptor-then-person: Person Carolyn Dhanraj');
  });
});
