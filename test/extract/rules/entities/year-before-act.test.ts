// Specification of the `year-before-act` entity rule: an Act cited with its year first.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, ruleEntities } from '../../extract-item.js';

describe('year-before-act', () => {
  it.each([
    ['The charity may bring proceedings under the 1989 Children Act section 31.', ['Act 1989 Children Act']],
    ['Orders made under the 1998 Crime and Disorder Act are reviewed.', ['Act 1998 Crime and Disorder Act']],
    // an Act cited by its year alone
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'year-before-act')).toEqual(expected);
  });

  it('makes an Act cited by its year another name of the item’s Act of that year', () => {
    const x = extractText('The Police Reform and Social Responsibility Act 2011 created PCCs. The 2011 Act also abolished police authorities.');
    expect(x.entities.filter((e) => e.type === 'Act').map((e) => [e.name, e.aliases])).toEqual([
      ['Police Reform and Social Responsibility Act 2011', ['2011 Act']],
    ]);
  });

  it.each([['In 1989 Parliament passed a new Children Act.'], ['The Children Act 1989 applies.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'year-before-act')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'Orders made under the 1998 Crime and Disorder Act are reviewed.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('year-before-act: '))).toBe(true);
    expect(entitiesWithout(text, ['year-before-act']).some((x) => x.startsWith('year-before-act: '))).toBe(false);
    expect(entitiesWithout('The Children Act 1989 applies.', ['year-before-act'])).toEqual(entitiesWithout('The Children Act 1989 applies.', []));
  });
});
