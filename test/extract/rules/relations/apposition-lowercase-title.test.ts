// Specification of the `apposition-lowercase-title` relation rule: a lower-case office in apposition, with `of/at <body>` or closing the clause.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('apposition-lowercase-title', () => {
  it.each([
    // a description's possessive, or `of the force`, stands for the body the item named with that word
    [
      'Kent Police made arrests. Jane Doe, the force’s head of crime, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (head of crime)', 'HOLDS_ROLE Jane Doe -> head of crime'],
      '',
    ],
    [
      'Kent Police made arrests. Jane Doe, chief constable of the force, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (chief constable)', 'HOLDS_ROLE Jane Doe -> chief constable'],
      '',
    ],
    // `with` a body, and `for` when a body follows
    [
      'Jane Doe, a detective inspector with Kent Police, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (detective inspector)', 'HOLDS_ROLE Jane Doe -> detective inspector'],
      '',
    ],
    [
      'Jane Doe, a spokesperson for Kent Police, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (spokesperson)', 'HOLDS_ROLE Jane Doe -> spokesperson'],
      '',
    ],
    [
      'You can find out more from the webchat, which featured ACC Gary Shewan, national policing lead for restorative justice.',
      ['HOLDS_ROLE Gary Shewan -> national policing lead for restorative justice'],
      '',
    ],
    [
      'Dave Thompson, the national policing lead for hate crime, spoke about the Hate Crime Action Plan.',
      ['HOLDS_ROLE Dave Thompson -> national policing lead for hate crime'],
      '',
    ],
    ['Finally, Andy Marsh, will lead a review of training.', [], ''],
    [
      'Andy Marsh, chief executive of the College of Policing, spoke.',
      ['AFFILIATED_WITH Andy Marsh -> College of Policing (chief executive)', 'HOLDS_ROLE Andy Marsh -> chief executive'],
      '',
    ],
    ['Alex Marshall, CEO designate, said the college would set standards.', ['HOLDS_ROLE Alex Marshall -> CEO designate'], ''],
    [
      'Nick Price, head of the CPS Special Crime and Counter Terrorism Division, said the charge was authorised.',
      ['AFFILIATED_WITH Nick Price -> CPS Special Crime and Counter Terrorism Division (head)', 'HOLDS_ROLE Nick Price -> head'],
      '',
    ],
    [
      'Detective Chief Superintendent Jane Smith, head of the Organised Crime Unit at Kent Police, said the plan would help.',
      ['AFFILIATED_WITH Jane Smith -> Organised Crime Unit (head)', 'HOLDS_ROLE Jane Smith -> head', 'PART_OF Organised Crime Unit -> Kent Police'],
      '',
    ],
    [
      'Andy Marsh, the College of Policing’s chief executive, said the plan would help.',
      ['AFFILIATED_WITH Andy Marsh -> College of Policing (chief executive)', 'HOLDS_ROLE Andy Marsh -> chief executive'],
      '',
    ],
    [
      'Jane Smith, head of the Home Office’s Crime and Policing Group, said the plan would help.',
      ['AFFILIATED_WITH Jane Smith -> Crime and Policing Group (head)', 'HOLDS_ROLE Jane Smith -> head'],
      '',
    ],
    ['Jane Smith, the College of Policing’s latest report says, was right.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'apposition-lowercase-title', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'You can find out more from the webchat, which featured ACC Gary Shewan, national policing lead for restorative justice.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['apposition-lowercase-title'], '');
    expect(all.some((r) => r.startsWith('apposition-lowercase-title: '))).toBe(true);
    expect(off.some((r) => r.startsWith('apposition-lowercase-title: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('apposition-lowercase-title: '))));
  });
});
