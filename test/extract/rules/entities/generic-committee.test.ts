// Specification of the `generic-committee` entity rule: a kind of parliamentary committee written alone.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names } from '../../extract-item.js';

describe('generic-committee', () => {
  it.each([
    ['Public Bill Committee\nThursday 17 February 2011 (Afternoon)'],
    ['Members of the Public Bill Committee met.'],
    ['The Bill went to Grand Committee.'],
  ])('names no body in: %s', (text) => {
    expect(names(extractText(text), 'Body')).toEqual([]);
  });

  it.each([
    ['The Home Affairs Select Committee reported.', ['Home Affairs Select Committee']],
    ['The Public Accounts Committee reported.', ['Public Accounts Committee']],
  ] as [string, string[]][])('leaves a committee named for its subject: %s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it('is switched off alone', () => {
    const text = 'Public Bill Committee\nThursday 17 February 2011 (Afternoon)';
    expect(entitiesWithout(text, ['generic-committee']).some((x) => x.includes('Public Bill Committee'))).toBe(true);
  });
});
