// Specification of the `known-inside` entity rule: a known name inside an unknown run.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('known-inside', () => {
  it.each([['The College of Policing Ryton site will close.', ['Body College of Policing']]] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'known-inside')).toEqual(expect.arrayContaining(expected));
  });

  // "My Lords", "Noble Lords": a form of address in a debate, not the House (`Lords` alone is known)
  it.each([['The Ryton site will close.'], ['Noble Lords: Hear, hear!'], ['§ LORD DERWENT My Lords, I have one question.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'known-inside')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The College of Policing Ryton site will close.', []);
    const off = entitiesWithout('The College of Policing Ryton site will close.', ['known-inside']);
    expect(all.some((x) => x.startsWith('known-inside: '))).toBe(true);
    expect(off.some((x) => x.startsWith('known-inside: '))).toBe(false);
    expect(entitiesWithout('The Ryton site will close.', ['known-inside'])).toEqual(entitiesWithout('The Ryton site will close.', []));
  });
});
