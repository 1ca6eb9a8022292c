// Specification of the `and-its-unit` relation rule: a body, `and its`, and its unit.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('and-its-unit', () => {
  it.each([
    [
      'The Committee recommends that the National Crime Agency (NCA) and its National Cyber Crime Unit receive funding.',
      ['PART_OF National Cyber Crime Unit -> National Crime Agency'],
      '',
    ],
    ['The National Crime Agency (NCA) and the National Cyber Crime Unit met.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'and-its-unit', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Committee recommends that the National Crime Agency (NCA) and its National Cyber Crime Unit receive funding.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['and-its-unit'], '');
    expect(all.some((r) => r.startsWith('and-its-unit: '))).toBe(true);
    expect(off.some((r) => r.startsWith('and-its-unit: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('and-its-unit: '))));
  });
});
