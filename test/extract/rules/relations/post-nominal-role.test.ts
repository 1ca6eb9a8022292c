// Specification of the `post-nominal-role` relation rule: `MP` after a name is also an office.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('post-nominal-role', () => {
  it.each([
    ['Jane Smith MP visited the Met.', ['HOLDS_ROLE Jane Smith -> MP'], ''],
    ['The Rt Hon Amber Rudd MP, Home Secretary, visited the Met.', ['HOLDS_ROLE Amber Rudd -> MP'], ''],
    ['Jane Smith visited the Met.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'post-nominal-role', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Jane Smith MP visited the Met.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['post-nominal-role'], '');
    expect(all.some((r) => r.startsWith('post-nominal-role: '))).toBe(true);
    expect(off.some((r) => r.startsWith('post-nominal-role: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('post-nominal-role: '))));
  });
});
