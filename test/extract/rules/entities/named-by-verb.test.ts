// Specification of the `named-by-verb` entity rule: a naming verb types a name that has no head word.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('named-by-verb', () => {
  it.each([
    ['Called ACT Awareness e-Learning, the training was developed with retailers.', ['Programme ACT Awareness e-Learning']],
    ['Forces will pilot a new scheme called Street Safe in the autumn.', ['Programme Street Safe']],
    ['She set up a project named Second Chance.', ['Programme Second Chance']],
    ['They founded a charity called Hope Rising in 2010.', ['Body Hope Rising']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'named-by-verb')).toEqual(expected);
  });

  it.each([
    // a film, a report, a person: nouns that type no entity we annotate
    ['He starred in a film called Hot Fuzz.'],
    ['The review, called Policing for the Future, is published.'],
    ['Called Sarah, the officer said she would help.'],
    ['Called in by the Home Secretary, the team reported.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'named-by-verb')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'Forces will pilot a new scheme called Street Safe in the autumn.';
    expect(entitiesWithout(text, [])).toEqual(['named-by-verb: Programme Street Safe']);
    expect(entitiesWithout(text, ['named-by-verb'])).toEqual([]);
  });
});
