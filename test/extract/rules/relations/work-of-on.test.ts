// Specification of the `work-of-on` relation rule: `the work of <bodies> on <programme>`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('work-of-on', () => {
  it.each([
    [
      'We welcome the work of the College of Policing and the Home Office on the Digital Pathfinders initiative.',
      ['LEADS College of Policing -> Digital Pathfinders initiative', 'LEADS Home Office -> Digital Pathfinders initiative'],
      '',
    ],
    ['We welcome the work of the College of Policing on training.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'work-of-on', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'We welcome the work of the College of Policing and the Home Office on the Digital Pathfinders initiative.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['work-of-on'], '');
    expect(all.some((r) => r.startsWith('work-of-on: '))).toBe(true);
    expect(off.some((r) => r.startsWith('work-of-on: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('work-of-on: '))));
  });
});
