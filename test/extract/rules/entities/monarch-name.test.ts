// Specification of the `monarch-name` entity rule: a monarch by regnal name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('monarch-name', () => {
  it.each([
    ['The mourning period of Her Majesty the Queen Elizabeth II began.', ['Person Elizabeth II']],
    ['His Majesty King Charles III awarded the medals.', ['Person Charles III']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'monarch-name')).toEqual(expected);
  });

  it.each([['Part II of the Act applies.'], ['The Phase II Programme began.'], ['The King awarded the medals.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'monarch-name')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'King Charles III awarded the medals.';
    expect(entitiesWithout(text, [])).toContain('monarch-name: Person Charles III');
    expect(entitiesWithout(text, ['monarch-name'])).not.toContain('monarch-name: Person Charles III');
  });
});
