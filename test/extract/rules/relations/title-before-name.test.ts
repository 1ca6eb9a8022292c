// Specification of the `title-before-name` relation rule: an office right before the name without a comma, lower case or after a body.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('title-before-name', () => {
  it.each([
    ['Today, NPCC chair Sara Thornton laid a wreath.', ['AFFILIATED_WITH Sara Thornton -> NPCC (chair)', 'HOLDS_ROLE Sara Thornton -> chair'], ''],
    [
      'Responding to the survey, Crime Prevention minister Jeremy Browne said crime was falling.',
      ['HOLDS_ROLE Jeremy Browne -> Crime Prevention minister'],
      '',
    ],
    [
      'Policing and criminal justice minister Rt Hon Damian Green said the college would help.',
      ['HOLDS_ROLE Damian Green -> Policing and criminal justice minister'],
      '',
    ],
    ['The police minister Jane Smith visited Leeds.', ['HOLDS_ROLE Jane Smith -> police minister'], ''],
    ['The reforms will lead Jane Smith to resign.', [], ''],
    ['Jane Smith said the reforms were overdue.', [], ''],
    ['Security Minister James Brokenshire said: ‘We are committed.’', [], ''],
    [
      'We have charged Metropolitan Police officer Christopher Harrison with careless driving.',
      ['AFFILIATED_WITH Christopher Harrison -> Metropolitan Police (officer)'],
      '',
    ],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'title-before-name', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Today, NPCC chair Sara Thornton laid a wreath.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['title-before-name'], '');
    expect(all.some((r) => r.startsWith('title-before-name: '))).toBe(true);
    expect(off.some((r) => r.startsWith('title-before-name: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('title-before-name: '))));
  });
});
