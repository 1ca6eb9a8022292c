// Specification of the `apposition-body-role` relation rule: a body then a lower-case office in apposition after the name.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('apposition-body-role', () => {
  it.each([
    [
      'Jackie Sebire of Bedfordshire Police, the NPCC lead for knife crime, spoke.',
      ['AFFILIATED_WITH Jackie Sebire -> NPCC (lead for knife crime)', 'HOLDS_ROLE Jackie Sebire -> NPCC lead for knife crime'],
      '',
    ],
    ['Kevin Hyland, the Home Office, and the NCA met.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'apposition-body-role', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Jackie Sebire of Bedfordshire Police, the NPCC lead for knife crime, spoke.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['apposition-body-role'], '');
    expect(all.some((r) => r.startsWith('apposition-body-role: '))).toBe(true);
    expect(off.some((r) => r.startsWith('apposition-body-role: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('apposition-body-role: '))));
  });
});
