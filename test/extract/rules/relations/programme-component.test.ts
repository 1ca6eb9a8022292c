// Specification of the `programme-component` relation rule: a programme said to be a strand, round,
// element or other component of a larger programme or of an Act.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('programme-component', () => {
  it.each([
    ['Prevent is one of the four strands of CONTEST.', ['PART_OF Prevent -> CONTEST'], ''],
    [
      'The Prevent duty is a key element of the Counter-Terrorism and Security Act 2015.',
      ['PART_OF Prevent duty -> Counter-Terrorism and Security Act 2015'],
      '',
    ],
    [
      'The Community Police Fund is a strand of the Proceeds of Crime Community Fund.',
      ['PART_OF Community Police Fund -> Proceeds of Crime Community Fund'],
      '',
    ],
    // the whole is no programme or Act, or no noun of components stands before `of`
    ["The Prevent programme is a key part of the Home Office's work.", [], ''],
    ["Operation Sceptre is one of the Met's measures of success.", [], ''],
    ['The Safer Streets Fund is a source of support for the Home Office Crime Plan.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'programme-component', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Prevent is one of the four strands of CONTEST.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['programme-component'], '');
    expect(all.some((r) => r.startsWith('programme-component: '))).toBe(true);
    expect(off.some((r) => r.startsWith('programme-component: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('programme-component: '))));
  });
});
