// Specification of the `lowercase-known-name` entity rule: a known body written in lower case.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('lowercase-known-name', () => {
  it.each([
    ['He started his career in the metropolitan police in 1980.', ['Body metropolitan police']],
    ['The chief constable will lead the new college of policing.', ['Body college of policing']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'lowercase-known-name')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['Youth justice is a priority.'], ['It went to the planning court in May.'], ['Best practice throughout the prison service was praised.']])(
    'types nothing in: %s',
    (text) => {
      expect(ruleEntities(text, 'lowercase-known-name')).toEqual([]);
    },
  );

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('He started his career in the metropolitan police in 1980.', []);
    const off = entitiesWithout('He started his career in the metropolitan police in 1980.', ['lowercase-known-name']);
    expect(all.some((x) => x.startsWith('lowercase-known-name: '))).toBe(true);
    expect(off.some((x) => x.startsWith('lowercase-known-name: '))).toBe(false);
    expect(entitiesWithout('Youth justice is a priority.', ['lowercase-known-name'])).toEqual(entitiesWithout('Youth justice is a priority.', []));
  });
});
