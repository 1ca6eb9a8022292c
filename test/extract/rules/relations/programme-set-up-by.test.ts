// Specification of the `programme-set-up-by` relation rule: a programme, `that/which`, its maker and a lead verb.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('programme-set-up-by', () => {
  it.each([
    ['He talked about the ‘Phoenix Leadership Programme’ that Merseyside Police set up.', ['LEADS Merseyside Police -> Phoenix Leadership Programme'], ''],
    ['He talked about the ‘Phoenix Leadership Programme’ that Merseyside Police praised.', [], ''],
    // `the` before the maker, auxiliaries before its verb
    ['The Safer Streets Fund, which the Home Office has funded since 2019, helps victims.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ['The Safer Streets Fund, which the Home Office has praised, helps victims.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'programme-set-up-by', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'He talked about the ‘Phoenix Leadership Programme’ that Merseyside Police set up.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['programme-set-up-by'], '');
    expect(all.some((r) => r.startsWith('programme-set-up-by: '))).toBe(true);
    expect(off.some((r) => r.startsWith('programme-set-up-by: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('programme-set-up-by: '))));
  });
});
