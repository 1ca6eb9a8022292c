// Specification of the `both-of-body` relation rule: people listed, then `, both of <body>` or
// `, all from <body>`: each person listed is affiliated with the body.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('both-of-body', () => {
  it.each([
    [
      'Jane Smith and John Brown, both of the National Crime Agency, spoke.',
      ['AFFILIATED_WITH Jane Smith -> National Crime Agency', 'AFFILIATED_WITH John Brown -> National Crime Agency'],
    ],
    [
      'Chief Constable Jane Smith, DCC Mary Jones and Superintendent John Brown, all from Kent Police, were commended.',
      ['AFFILIATED_WITH Jane Smith -> Kent Police', 'AFFILIATED_WITH John Brown -> Kent Police', 'AFFILIATED_WITH Mary Jones -> Kent Police'],
    ],
    // one person, or no list before the quantifier, or a list that holds a body
    ['Jane Smith, both of the National Crime Agency, spoke.', []],
    ['Jane Smith met John Brown, both of whom work for the NCA.', []],
    ['The award went to Jane Smith and the NCA, both of the UK.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'both-of-body')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Jane Smith and John Brown, both of the National Crime Agency, spoke.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['both-of-body']);
    expect(all.some((r) => r.startsWith('both-of-body: '))).toBe(true);
    expect(off.some((r) => r.startsWith('both-of-body: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('both-of-body: '))));
  });
});
