// Specification of the `announced-programme` relation rule: `a new programme` announced, and named for the first time in a later sentence.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('announced-programme', () => {
  it.each([
    [
      'The Cabinet Office has awarded Mind funding to develop a major new programme. Mind will support Time to Change action plans. The Blue Light programme will launch in February.',
      ['LEADS Cabinet Office -> Blue Light programme', 'LEADS Mind -> Blue Light programme'],
      '',
    ],
    ['The Home Office launched a consultation on fees. The Police Innovation Fund will open in April.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'announced-programme', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text =
      'The Cabinet Office has awarded Mind funding to develop a major new programme. Mind will support Time to Change action plans. The Blue Light programme will launch in February.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['announced-programme'], '');
    expect(all.some((r) => r.startsWith('announced-programme: '))).toBe(true);
    expect(off.some((r) => r.startsWith('announced-programme: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('announced-programme: '))));
  });
});
