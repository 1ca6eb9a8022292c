// Specification of the `members-of` entity rule: people named as a group of a body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names } from '../../extract-item.js';

describe('members-of', () => {
  it.each([
    ['Members of the Board: Alison Hernandez, Marc Jones.', []],
    ['Trustees of the Police Foundation met in May.', ['Police Foundation']],
    ['Members of the Home Affairs Committee visited Kent.', ['Home Affairs Committee']],
  ] as [string, string[]][])('%s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it.each([['The Board of Trustees met.'], ['Officers from Kent Police attended.'], ['Member States of the European Union agreed.']])(
    'reads nothing else: %s',
    (text) => {
      expect(entitiesWithout(text, ['members-of'])).toEqual(entitiesWithout(text, []));
    },
  );

  it('is switched off alone', () => {
    const text = 'Members of the Board: Alison Hernandez, Marc Jones.';
    expect(entitiesWithout(text, []).some((x) => x.endsWith('Body Members of the Board'))).toBe(false);
    expect(entitiesWithout(text, ['members-of']).some((x) => x.endsWith('Body Members of the Board'))).toBe(true);
  });
});
