// Specification of the `seat-in-brackets` entity rule: a member's seat after the party names no one.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names } from '../../extract-item.js';

describe('seat-in-brackets', () => {
  it.each([
    ['Dame Diana Johnson MP (Labour, Kingston upon Hull North) (Chair)', ['Diana Johnson']],
    ['Marco Longhi MP (Conservative, Dudley North)', ['Marco Longhi']],
    ['Carol Monaghan MP (Scottish National Party, Glasgow North West) asked a question.', ['Carol Monaghan']],
  ] as [string, string[]][])('%s', (text, people) => {
    expect(names(extractText(text), 'Person')).toEqual(people);
  });

  it.each([
    // a bracket that opens with no party is read as before
    ['Assistant Commissioner Matt Jukes (Metropolitan Police, Counter Terrorism Policing) spoke.'],
    ['The report (Home Office, March 2024) was published.'],
  ])('blocks nothing in: %s', (text) => {
    expect(entitiesWithout(text, ['seat-in-brackets'])).toEqual(entitiesWithout(text, []));
  });

  it('is switched off alone', () => {
    const text = 'Marco Longhi MP (Conservative, Dudley North)';
    expect(names(extractText(text), 'Person')).toEqual(['Marco Longhi']);
    expect(entitiesWithout(text, ['seat-in-brackets']).some((x) => x.endsWith('Person Dudley North'))).toBe(true);
  });
});
