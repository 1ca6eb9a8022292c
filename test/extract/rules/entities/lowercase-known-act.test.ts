// Specification of the `lowercase-known-act` entity rule: a known Act written in lower case without its year.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('lowercase-known-act', () => {
  it.each([['Since the psychoactive substances act was introduced, forces used new powers.', ['Act psychoactive substances act']]] as [string, string[]][])(
    '%s',
    (text, expected) => {
      expect(ruleEntities(text, 'lowercase-known-act')).toEqual(expect.arrayContaining(expected));
    },
  );

  it.each([['The act of violence was condemned.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'lowercase-known-act')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Since the psychoactive substances act was introduced, forces used new powers.', []);
    const off = entitiesWithout('Since the psychoactive substances act was introduced, forces used new powers.', ['lowercase-known-act']);
    expect(all.some((x) => x.startsWith('lowercase-known-act: '))).toBe(true);
    expect(off.some((x) => x.startsWith('lowercase-known-act: '))).toBe(false);
    expect(entitiesWithout('The act of violence was condemned.', ['lowercase-known-act'])).toEqual(entitiesWithout('The act of violence was condemned.', []));
  });
});
