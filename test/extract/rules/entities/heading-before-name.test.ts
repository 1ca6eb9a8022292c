// Specification of the `heading-before-name` entity rule: a heading word before a name is not part of it.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('heading-before-name', () => {
  it.each([
    ['Summary of the Modern Slavery Act 2015', ['Act Modern Slavery Act 2015']],
    ['It gives effect to the Final Report of the Royal Commission, presented in 1962.', ['Body Royal Commission']],
    // a Bill's part headed by what it amends
    ['Amendments of the Police Reform Act 2002', ['Act Police Reform Act 2002']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'heading-before-name')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['The Impact Assessment was published.'], ['The Interim Findings of the Royal Commission'], ['Overview of the Committee’s activities in 2008-09']])(
    'types nothing in: %s',
    (text) => {
      expect(ruleEntities(text, 'heading-before-name')).toEqual([]);
    },
  );

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Summary of the Modern Slavery Act 2015', []);
    const off = entitiesWithout('Summary of the Modern Slavery Act 2015', ['heading-before-name']);
    expect(all.some((x) => x.startsWith('heading-before-name: '))).toBe(true);
    expect(off.some((x) => x.startsWith('heading-before-name: '))).toBe(false);
    expect(entitiesWithout('The Impact Assessment was published.', ['heading-before-name'])).toEqual(
      entitiesWithout('The Impact Assessment was published.', []),
    );
  });
});
