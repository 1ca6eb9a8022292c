// Specification of the `unit-at-body` relation rule: a unit, then `at`/`in`/`based in` and the body that houses it.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('unit-at-body', () => {
  it.each([
    [
      'The National Economic Crime Centre at the National Crime Agency said the work mattered.',
      ['PART_OF National Economic Crime Centre -> National Crime Agency'],
    ],
    ['The Joint Terrorism Analysis Centre, based in MI5, said the work mattered.', ['PART_OF Joint Terrorism Analysis Centre -> MI5']],
    ['The National Cyber Crime Unit in the National Crime Agency said the work mattered.', ['PART_OF National Cyber Crime Unit -> National Crime Agency']],
    // a unit that meets at a body, or a meeting of it held there, is no part of that body
    ['The Counter Terrorism Command met at the Home Office.', []],
    ['A meeting of the Joint Fraud Taskforce at the Home Office was held.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'unit-at-body')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The National Economic Crime Centre at the National Crime Agency said the work mattered.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['unit-at-body']);
    expect(all.some((r) => r.startsWith('unit-at-body: '))).toBe(true);
    expect(off.some((r) => r.startsWith('unit-at-body: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('unit-at-body: '))));
  });
});
