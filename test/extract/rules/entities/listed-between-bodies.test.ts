// Specification of the `listed-between-bodies` entity rule: an unknown name listed between two bodies is a body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('listed-between-bodies', () => {
  it.each([['Partners include the Restorative Justice Council, Restorative Solutions and the Youth Justice Board.', ['Body Restorative Solutions']]] as [
    string,
    string[],
  ][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'listed-between-bodies')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['Partners include the Youth Justice Board and Restorative Solutions.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'listed-between-bodies')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Partners include the Restorative Justice Council, Restorative Solutions and the Youth Justice Board.', []);
    const off = entitiesWithout('Partners include the Restorative Justice Council, Restorative Solutions and the Youth Justice Board.', [
      'listed-between-bodies',
    ]);
    expect(all.some((x) => x.startsWith('listed-between-bodies: '))).toBe(true);
    expect(off.some((x) => x.startsWith('listed-between-bodies: '))).toBe(false);
    expect(entitiesWithout('Partners include the Youth Justice Board and Restorative Solutions.', ['listed-between-bodies'])).toEqual(
      entitiesWithout('Partners include the Youth Justice Board and Restorative Solutions.', []),
    );
  });
});
