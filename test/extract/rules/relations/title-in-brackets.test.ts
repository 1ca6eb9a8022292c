// Specification of the `title-in-brackets` relation rule: an office in brackets after the name, with the body inside.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('title-in-brackets', () => {
  it.each([
    [
      'On 14 July, Mike Barton (Chief Constable, Durham Constabulary) will be co-hosting a workshop.',
      ['AFFILIATED_WITH Mike Barton -> Durham Constabulary (Chief Constable)', 'HOLDS_ROLE Mike Barton -> Chief Constable'],
      '',
    ],
    [
      'Speakers included Andy Rhodes (deputy chief constable of Lancashire Constabulary).',
      ['AFFILIATED_WITH Andy Rhodes -> Lancashire Constabulary (deputy chief constable)', 'HOLDS_ROLE Andy Rhodes -> deputy chief constable'],
      '',
    ],
    ['Speakers included Andy Rhodes (Lancashire Constabulary).', [], ''],
    ['The plan is signed by Jane Doe (the current DPP) and others.', ['HOLDS_ROLE Jane Doe -> DPP'], ''],
    [
      'The plan is signed by Jane Doe (CEO of the College of Policing); and Ann Smith (Programme Manager).',
      ['AFFILIATED_WITH Jane Doe -> College of Policing (CEO)', 'HOLDS_ROLE Ann Smith -> Programme Manager', 'HOLDS_ROLE Jane Doe -> CEO'],
      '',
    ],
    ['The panel was chaired by Jane Doe (the author of the report).', [], ''],
    ['Speakers included Andy Rhodes (born 1970).', [], ''],
    ['Katy Bourne OBE (Police and Crime Commissioner for Sussex) welcomed it.', ['HOLDS_ROLE Katy Bourne -> Police and Crime Commissioner'], ''],
    [
      'Made by: Mr Nick Hurd (The Minister of State for Policing and the Fire Service)',
      ['HOLDS_ROLE Nick Hurd -> Minister of State for Policing and the Fire Service'],
      '',
    ],
    [
      'Today Mike Penning (Minister for Policing, Fire, Criminal Justice and Victims) spoke.',
      ['HOLDS_ROLE Mike Penning -> Minister for Policing, Fire, Criminal Justice and Victims'],
      '',
    ],
    ['Katy Bourne (Police and Crime Commissioner for Sussex, Surrey and Kent) spoke.', ['HOLDS_ROLE Katy Bourne -> Police and Crime Commissioner'], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'title-in-brackets', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'On 14 July, Mike Barton (Chief Constable, Durham Constabulary) will be co-hosting a workshop.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['title-in-brackets'], '');
    expect(all.some((r) => r.startsWith('title-in-brackets: '))).toBe(true);
    expect(off.some((r) => r.startsWith('title-in-brackets: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('title-in-brackets: '))));
  });
});
