// Specification of the `generic-legislation` entity rule: a kind of legislation names no Act.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, names, extractText } from '../../extract-item.js';

describe('generic-legislation', () => {
  it.each([
    ['The landmark legislation, which will become an Act of Parliament before the election, is being scrutinised.'],
    ['She introduced a Private Member’s Bill on stalking.'],
    ['The changes will be made by Statutory Instrument next year.'],
    ['Powers are conferred by Order in Council.'],
    ['Acts of Parliament are published on legislation.gov.uk.'],
  ])('names no Act in: %s', (text) => {
    expect(names(extractText(text), 'Act')).toEqual([]);
  });

  it.each([
    ['The Parliament Act 1911 limits the Lords.', ['Parliament Act 1911']],
    ['The Scotland Act 1998 created the Scottish Parliament.', ['Scotland Act 1998']],
    ['The Private Security Industry Act 2001 applies.', ['Private Security Industry Act 2001']],
  ] as [string, string[]][])('still names the Act in: %s', (text, expected) => {
    expect(names(extractText(text), 'Act')).toEqual(expected);
  });

  it('is switched off alone: the generic phrase is read by its head again', () => {
    const text = 'It will become an Act of Parliament before the election.';
    expect(entitiesWithout(text, ['generic-legislation'])).toEqual(['name-shape: Act Act of Parliament']);
    expect(entitiesWithout(text, [])).toEqual([]);
  });
});
