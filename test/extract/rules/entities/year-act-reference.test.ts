// Specification of the `year-act-reference` entity rule: an Act cited back by its year alone.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, ruleEntities } from '../../extract-item.js';

describe('year-act-reference', () => {
  it.each([
    ['The other major provision of the 1919 Act was the ban on joining a union.', ['Act 1919 Act']],
    ['Under the 2012 Regulations, forces must record complaints.', ['Act 2012 Regulations']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'year-act-reference')).toEqual(expected);
  });

  it.each([
    ['In 1919 Parliament passed a Police Act.'],
    ['The 2015 report found that the Act worked.'],
    // the year opens a longer name, which year-before-act reads
    ['Orders made under the 1998 Crime and Disorder Act are reviewed.'],
    ['The 2014 Act of Parliament changed this.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'year-act-reference')).toEqual([]);
  });

  it('is another form of the Act of that year named in the item', () => {
    const x = extractText('The Police Reform and Social Responsibility Act 2011 created PCCs. The 2011 Act also abolished police authorities.');
    expect(x.entities.filter((e) => e.type === 'Act').map((e) => [e.name, e.aliases])).toEqual([
      ['Police Reform and Social Responsibility Act 2011', ['2011 Act']],
    ]);
  });

  it('stays its own Act when the item names two Acts of that year', () => {
    const x = extractText('The Police Act 1996 and the Employment Rights Act 1996 apply. The 1996 Act is clear.');
    expect(
      x.entities
        .filter((e) => e.type === 'Act')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['1996 Act', 'Employment Rights Act 1996', 'Police Act 1996']);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'The other major provision of the 1919 Act was the ban.';
    expect(entitiesWithout(text, [])).toEqual(['year-act-reference: Act 1919 Act']);
    expect(entitiesWithout(text, ['year-act-reference'])).toEqual([]);
    const other = 'The Children Act 1989 applies.';
    expect(entitiesWithout(other, ['year-act-reference'])).toEqual(entitiesWithout(other, []));
  });
});
