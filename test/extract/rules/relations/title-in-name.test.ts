// Specification of the `title-in-name` relation rule: an office written in the person's own name chunk, with the body its place or `of` names.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('title-in-name', () => {
  it.each([
    // an office read whole with a body the item names after `of`: the head and the body
    [
      'The Durham Police Authority met. It was attended by Chair of Durham Police Authority Mr Peter Thompson.',
      ['AFFILIATED_WITH Peter Thompson -> Durham Police Authority (Chair)', 'HOLDS_ROLE Peter Thompson -> Chair'],
      '',
    ],
    // not a name the item gives no body: the office stays whole
    ['The letter was signed by Chief Inspector of Constabulary Tom Winsor.', ['HOLDS_ROLE Tom Winsor -> Chief Inspector of Constabulary'], ''],
    // a plural possessive right before the office is its field
    ["Children's Minister Jane Doe said the grant would help.", ["HOLDS_ROLE Jane Doe -> Children's Minister"], ''],
    // the apostrophe after the plural's letters
    ['A new fund was announced by the Victims’ Minister Jane Doe today.', ['HOLDS_ROLE Jane Doe -> Victims’ Minister'], ''],
    // an office of a known body straight before the name: the office, and the body it names
    [
      'Chief Executive of the College of Policing Andy Marsh said the work mattered.',
      ['AFFILIATED_WITH Andy Marsh -> College of Policing (Chief Executive)', 'HOLDS_ROLE Andy Marsh -> Chief Executive'],
      '',
    ],
    [
      'Minister for Policing and the Fire Service Brandon Lewis said the work mattered.',
      ['HOLDS_ROLE Brandon Lewis -> Minister for Policing and the Fire Service'],
      '',
    ],
    // a commissioner's office is named by the force area written in front of it
    ['Kent Police and Crime Commissioner Matthew Scott said the work mattered.', ['HOLDS_ROLE Matthew Scott -> Kent Police and Crime Commissioner'], ''],
    ['Security Minister James Brokenshire said: ‘We are committed.’', ['HOLDS_ROLE James Brokenshire -> Security Minister'], ''],
    [
      'Durham Constabulary Chief Constable Mike Barton will speak.',
      ['AFFILIATED_WITH Mike Barton -> Durham Constabulary (Chief Constable)', 'HOLDS_ROLE Mike Barton -> Chief Constable'],
      '',
    ],
    [
      'National Police Chiefs’ Council (NPCC) Chair Chief Constable Sara Thornton said:',
      [
        'AFFILIATED_WITH Sara Thornton -> National Police Chiefs’ Council (Chair)',
        'HOLDS_ROLE Sara Thornton -> Chair',
        'HOLDS_ROLE Sara Thornton -> Chief Constable',
      ],
      '',
    ],
    ['The Home Office report (PDF) Chair Jane Smith said it.', ['HOLDS_ROLE Jane Smith -> Chair'], ''],
    ['Merseyside Superintendent Rowley Moore talked about the scheme.', ['HOLDS_ROLE Rowley Moore -> Superintendent'], ''],
    [
      'The panel included former Chief Constable for Dorset James Vaughan and others.',
      ['HOLDS_ROLE James Vaughan -> Chief Constable', 'HOLDS_ROLE James Vaughan -> former Chief Constable'],
      '',
    ],
    [
      'The letter was signed by former Secretary of State for Justice Alex Chalk.',
      ['HOLDS_ROLE Alex Chalk -> Secretary of State for Justice', 'HOLDS_ROLE Alex Chalk -> former Secretary of State for Justice'],
      '',
    ],
    // a body's possessive right before the office is the office's body
    [
      "It was announced that Hampshire Constabulary's Chief Constable Jane Doe had left.",
      ['AFFILIATED_WITH Jane Doe -> Hampshire Constabulary (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    // a lead's field runs into the rank written in the name: the field is the lead's, the rank the name's
    [
      'National Police Chiefs’ Council lead for Roads Policing Chief Constable Jane Doe said it worked.',
      [
        'AFFILIATED_WITH Jane Doe -> National Police Chiefs’ Council (lead for Roads Policing)',
        'HOLDS_ROLE Jane Doe -> Chief Constable',
        'HOLDS_ROLE Jane Doe -> lead for Roads Policing',
      ],
      '',
    ],
    [
      'The NPCC lead for knife crime Chief Constable Jane Doe said it worked.',
      ['AFFILIATED_WITH Jane Doe -> NPCC (lead for knife crime)', 'HOLDS_ROLE Jane Doe -> Chief Constable', 'HOLDS_ROLE Jane Doe -> lead for knife crime'],
      '',
    ],
    // no lead before: the title stays as the name carries it
    ['Speaking for the force, Chief Constable Jane Doe said it worked.', ['HOLDS_ROLE Jane Doe -> Chief Constable'], ''],
    ['The Home Secretary announced a review of police pay.', [], ''],
    ['Jane Smith visited the Met.', [], ''],
    [
      'Lord Chancellor and Secretary of State for Justice Alex Chalk said the plan would help.',
      ['HOLDS_ROLE Alex Chalk -> Lord Chancellor', 'HOLDS_ROLE Alex Chalk -> Secretary of State for Justice'],
      '',
    ],
    [
      'Senior National Coordinator for CT Assistant Commissioner Helen Ball briefed chiefs.',
      ['HOLDS_ROLE Helen Ball -> Assistant Commissioner', 'HOLDS_ROLE Helen Ball -> Senior National Coordinator for CT'],
      '',
    ],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'title-in-name', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Security Minister James Brokenshire said: ‘We are committed.’';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['title-in-name'], '');
    expect(all.some((r) => r.startsWith('title-in-name: '))).toBe(true);
    expect(off.some((r) => r.startsWith('title-in-name: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('title-in-name: '))));
  });
});
