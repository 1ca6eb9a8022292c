// Specification of the `board-for-name` entity rule: a board of another named thing names that thing.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('board-for-name', () => {
  it.each([
    ['She sits on the Advisory Board for the Oxford University Centre for Criminology.', ['Body Oxford University Centre for Criminology']],
    ['He chairs the International Advisory Board for the Cambridge Executive Police Programme.', ['Programme Cambridge Executive Police Programme']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'board-for-name')).toEqual(expected);
  });

  it.each([
    ['The Police Advisory Board for England and Wales met.'],
    ['The Youth Justice Board for England and Wales met.'],
    ['The Advisory Board for the Future met.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'board-for-name')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'She sits on the Advisory Board for the Oxford University Centre for Criminology.';
    expect(entitiesWithout(text, [])).toContain('board-for-name: Body Oxford University Centre for Criminology');
    expect(entitiesWithout(text, ['board-for-name'])).not.toContain('board-for-name: Body Oxford University Centre for Criminology');
  });
});
