// Specification of the `lowercase-head` entity rule: a capitalised run and a lower-case programme or body head.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('lowercase-head', () => {
  it.each([['The Blue Light programme will launch in February.', ['Programme Blue Light programme']]] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'lowercase-head')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The new programme will launch in February.'],
    // a known programme before a body's head: the programme is named, the panel is one of its kind
    ['Individuals were offered support from a Channel panel, but refused.'],
    ['The Prevent board met.'],
    ['The helpline is the only UK service offering free advice.'],
    ['Officers across the CT network shared the alert.'],
    // a month, day or season alone says when, not which
    ['Last year’s December campaign resulted in 191,040 tests.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'lowercase-head')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The Blue Light programme will launch in February.', []);
    const off = entitiesWithout('The Blue Light programme will launch in February.', ['lowercase-head']);
    expect(all.some((x) => x.startsWith('lowercase-head: '))).toBe(true);
    expect(off.some((x) => x.startsWith('lowercase-head: '))).toBe(false);
    expect(entitiesWithout('The new programme will launch in February.', ['lowercase-head'])).toEqual(
      entitiesWithout('The new programme will launch in February.', []),
    );
  });
});
