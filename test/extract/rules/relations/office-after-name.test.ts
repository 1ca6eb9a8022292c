// Specification of the `office-after-name` relation rule: a capitalised office read from its
// grammar in apposition after the name, with its body after at/of/for; the apposition must close.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('office-after-name', () => {
  it.each([
    [
      'Jane Doe, Digital Learning Manager at the College of Policing, said it worked.',
      ['AFFILIATED_WITH Jane Doe -> College of Policing (Digital Learning Manager)', 'HOLDS_ROLE Jane Doe -> Digital Learning Manager'],
      '',
    ],
    ['The grant went to Jane Doe, Digital Learning Manager, and her team.', [], ''],
    ['We met Jane Doe, Digital Learning Manager at Kent Police and Surrey Police.', [], ''],
    ['Jane Doe, Kent Police, said it worked.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'office-after-name', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Jane Doe, Digital Learning Manager at the College of Policing, said it worked.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['office-after-name'], '');
    expect(all.some((r) => r.startsWith('office-after-name: '))).toBe(true);
    expect(off.some((r) => r.startsWith('office-after-name: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('office-after-name: '))));
  });
});
