// Specification of `redundant-title`: over a whole item, a shorter title that only repeats an
// office the same person holds (an abbreviation of it, or its one-word head in lower case) is dropped.

import { describe, expect, it } from 'vitest';
import { redundantTitle } from '../../../../src/extract/rules/relations/redundant-title.js';
import { relationsWithout } from '../../extract-item.js';

describe('redundant title', () => {
  it.each([
    // an abbreviation of a title the person holds in full, or its one-word head in lower case, repeats it
    ['CC', ['Chief Constable'], true],
    ['chief', ['Chief Constable'], true],
    ['CC', ['CC'], false],
    ['SCP', ['Caseworker'], false],
    ['chair', ['chair'], false],
    ['Director', ['Director General'], false],
  ] as [string, string[], boolean][])('%s beside %j: %s', (title, others, expected) => {
    expect(redundantTitle(title, others)).toBe(expected);
  });

  it('drops the repeat over the whole item, and is switched off by its name', () => {
    const text = 'Chief Constable Olivia Pinkney said it. CC Pinkney, who has been the chief in Hampshire since April 2016, said more.';
    expect(relationsWithout(text, []).filter((r) => r.includes('HOLDS_ROLE'))).toEqual(['title-in-name: HOLDS_ROLE Olivia Pinkney -> Chief Constable']);
    expect(relationsWithout(text, ['redundant-title']).some((r) => r.endsWith('-> CC'))).toBe(true);
  });
});
