// Specification of the `member-for-office` relation rule: Hansard's office, then `the Member for <seat> (<name>)`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('member-for-office', () => {
  it.each([
    [
      'I am today, along with the Financial Secretary to the Treasury, the Member for Hereford and South Herefordshire (Mr Jesse Norman), publishing the report.',
      ['HOLDS_ROLE Jesse Norman -> Financial Secretary to the Treasury'],
      '',
    ],
    [
      'Bearing in mind last week’s statement by the Under-Secretary of State for the Home Department, the hon. Member for Staffordshire Moorlands (Karen Bradley) that the consequences were devastating, how can he justify it?',
      ['HOLDS_ROLE Karen Bradley -> Under-Secretary of State for the Home Department'],
      '',
    ],
    ['I thank the Member for Hereford (Mr Jesse Norman) for his question.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'member-for-office', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text =
      'I am today, along with the Financial Secretary to the Treasury, the Member for Hereford and South Herefordshire (Mr Jesse Norman), publishing the report.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['member-for-office'], '');
    expect(all.some((r) => r.startsWith('member-for-office: '))).toBe(true);
    expect(off.some((r) => r.startsWith('member-for-office: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('member-for-office: '))));
  });
});
