// Specification of the `parts-listed` relation rule: a body's (or programme's) parts named by a
// plural noun of parts after its possessive or `its`, then listed after `are`/`include`/a colon.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('parts-listed', () => {
  it.each([
    [
      "The National Crime Agency's four commands are the Organised Crime Command, the Border Policing Command and the Economic Crime Command.",
      [
        'PART_OF Border Policing Command -> National Crime Agency',
        'PART_OF Economic Crime Command -> National Crime Agency',
        'PART_OF Organised Crime Command -> National Crime Agency',
      ],
      '',
    ],
    [
      'The National Crime Agency was launched in 2013. Its units include the National Cyber Crime Unit and the UK Human Trafficking Centre.',
      ['PART_OF National Cyber Crime Unit -> National Crime Agency', 'PART_OF UK Human Trafficking Centre -> National Crime Agency'],
      '',
    ],
    [
      "The Proceeds of Crime Community Fund's two strands are the Community Police Fund and the Safer Communities Fund.",
      ['PART_OF Community Police Fund -> Proceeds of Crime Community Fund', 'PART_OF Safer Communities Fund -> Proceeds of Crime Community Fund'],
      '',
    ],
    // partners are no parts; a plural noun of parts with no list verb; a body with no unit's head
    ["The National Crime Agency's partners include the Home Office and Kent Police.", [], ''],
    ["The National Crime Agency's teams worked with Kent Police and the Home Office.", [], ''],
    ["The National Crime Agency's units include officers from Kent Police.", [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'parts-listed', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = "The National Crime Agency's four commands are the Organised Crime Command and the Border Policing Command.";
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['parts-listed'], '');
    expect(all.some((r) => r.startsWith('parts-listed: '))).toBe(true);
    expect(off.some((r) => r.startsWith('parts-listed: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('parts-listed: '))));
  });
});
