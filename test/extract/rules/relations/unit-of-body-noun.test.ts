// Specification of the `unit-of-body-noun` relation rule: a body described as another body's unit by a noun of units after that body's name (PART_OF).

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('unit-of-body-noun', () => {
  it.each([
    ['The Fraud Squad, a Metropolitan Police team, investigates.', ['PART_OF Fraud Squad -> Metropolitan Police']],
    [
      'The Cheque and Plastic Crime Unit is a joint Kent Police and City of London Police unit.',
      ['PART_OF Cheque and Plastic Crime Unit -> City of London Police', 'PART_OF Cheque and Plastic Crime Unit -> Kent Police'],
    ],
    ['The Fraud Squad is a Metropolitan Police specialist unit.', ['PART_OF Fraud Squad -> Metropolitan Police']],
    // no noun of units after the owner: not read
    ['The Home Office is a Cabinet Office success.', []],
    ['The Fraud Squad, a Metropolitan Police success, closed.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'unit-of-body-noun')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Fraud Squad, a Metropolitan Police team, investigates.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['unit-of-body-noun']);
    expect(all.some((r) => r.startsWith('unit-of-body-noun: '))).toBe(true);
    expect(off.some((r) => r.startsWith('unit-of-body-noun: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('unit-of-body-noun: '))));
  });
});
