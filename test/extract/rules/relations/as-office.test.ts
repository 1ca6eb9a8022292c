// Specification of the `as-office` relation rule: an office after `as` or `to be`, for the nearest person named before.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('as-office', () => {
  it.each([
    // a qualifier before the office: `next`
    [
      'The commissioner announced that Jane Doe is his preferred candidate to be the next Chief Constable of Avon and Somerset Police.',
      ['AFFILIATED_WITH Jane Doe -> Avon and Somerset Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
    ],
    // `he`/`she` opening the sentence: the person last named, told across sentences
    [
      'Jane Smith was appointed yesterday. She previously served as Chief Constable of Norfolk Constabulary.',
      ['AFFILIATED_WITH Jane Smith -> Norfolk Constabulary (Chief Constable)', 'HOLDS_ROLE Jane Smith -> Chief Constable'],
      '',
    ],
    ['Jane Smith was appointed yesterday. He said Kent Police acted as Chief Constable Jones wished.', [], ''],
    // the office named as a post, qualified or plural, for the person or `he`/`she`; two joined by `and`
    [
      'Jane Smith has been appointed to take up the dual roles of Chief Inspector of Probation and Chief Inspector of Prisons in England.',
      ['HOLDS_ROLE Jane Smith -> Chief Inspector of Prisons', 'HOLDS_ROLE Jane Smith -> Chief Inspector of Probation'],
      '',
    ],
    [
      'Jane Smith wrote to the Prime Minister. She will take up the position of Chief Executive of the Police Foundation.',
      ['AFFILIATED_WITH Jane Smith -> Police Foundation (Chief Executive)', 'HOLDS_ROLE Jane Smith -> Chief Executive'],
      '',
    ],
    ['Jane Smith is the preferred candidate for the role of Chief Inspector of Probation.', [], ''],
    // a known office run on to a description of a body the item named: the office and that body
    [
      "The new National Police Chiefs' Council will help police. The board announced that Jane Smith had been appointed as Chair of the Council.",
      ["AFFILIATED_WITH Jane Smith -> National Police Chiefs' Council (Chair)", 'HOLDS_ROLE Jane Smith -> Chair'],
      '',
    ],
    // the pronoun after an opening phrase is still the clause's subject
    [
      'Jane Smith was appointed yesterday. During that time she also served as Assistant Chief Constable at Lancashire Constabulary.',
      ['AFFILIATED_WITH Jane Smith -> Lancashire Constabulary (Assistant Chief Constable)', 'HOLDS_ROLE Jane Smith -> Assistant Chief Constable'],
      '',
    ],
    // an office that is the title of the name after it is no office given with `as`
    ['Jane Smith met Kent Police. In 2019 she spoke as Chief Constable John Jones wished.', [], ''],
    // the same office at each body joined on, when the list closes the clause
    [
      'Jane Smith has worked in policing for 30 years, including periods as Chief Constable at Norfolk Constabulary and Police Scotland.',
      [
        'AFFILIATED_WITH Jane Smith -> Norfolk Constabulary (Chief Constable)',
        'AFFILIATED_WITH Jane Smith -> Police Scotland (Chief Constable)',
        'HOLDS_ROLE Jane Smith -> Chief Constable',
      ],
      '',
    ],
    [
      'Jane Doe served as director of the NCA and the Home Office said so.',
      ['AFFILIATED_WITH Jane Doe -> NCA (director)', 'HOLDS_ROLE Jane Doe -> director'],
      '',
    ],
    // a head joined by a hyphen runs on: "director-general" is one office
    [
      'Jane Smith was appointed yesterday. She also served as the deputy director-general of the National Crime Agency.',
      ['AFFILIATED_WITH Jane Smith -> National Crime Agency (deputy director-general)', 'HOLDS_ROLE Jane Smith -> deputy director-general'],
      '',
    ],
    // the office named as a post taken up; `its` for the body that appoints
    [
      'Jane Doe has taken on the role of Chief Executive at the College of Policing.',
      ['AFFILIATED_WITH Jane Doe -> College of Policing (Chief Executive)', 'HOLDS_ROLE Jane Doe -> Chief Executive'],
      '',
    ],
    [
      'Kent Police has appointed Jane Doe as its new Chief Constable.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    ['Jane Doe talked about the role of the Chief Constable in the force.', [], ''],
    [
      'Will the Minister join me in welcoming Gordon Meldrum, the former director-general of the Scottish Crime and Drug Enforcement Agency, as the new director of the NCA?',
      ['AFFILIATED_WITH Gordon Meldrum -> NCA (director)', 'HOLDS_ROLE Gordon Meldrum -> director'],
      '',
    ],
    [
      'Alex Marshall was chosen from a strong field to be the College of Policing’s first chief executive officer.',
      ['AFFILIATED_WITH Alex Marshall -> College of Policing (chief executive officer)', 'HOLDS_ROLE Alex Marshall -> chief executive officer'],
      '',
    ],
    [
      'Tom Winsor joins HMIC today as Her Majesty’s Chief Inspector of Constabulary.',
      ['HOLDS_ROLE Tom Winsor -> Her Majesty’s Chief Inspector of Constabulary'],
      '',
    ],
    ['Jane Smith spoke as Her Majesty’s Chief Inspector of Constabulary published the report.', [], ''],
    ['Jane Smith spoke as the report was published.', [], ''],
    ['Jane Smith joined the Home Office as a trainee in 1990.', [], ''],
    ['On 31 March 2022, Sir Thomas Winsor’s term as HM Chief Inspector came to an end.', ['HOLDS_ROLE Thomas Winsor -> HM Chief Inspector'], ''],
    ['Villiers welcomes the appointment of George Hamilton as new PSNI Chief Constable', ['HOLDS_ROLE George Hamilton -> Chief Constable'], ''],
    // a succession: both held the office, the successor now
    [
      'Jane Smith will succeed John Brown as Chief Constable of Kent Police.',
      [
        'AFFILIATED_WITH Jane Smith -> Kent Police (Chief Constable)',
        'AFFILIATED_WITH John Brown -> Kent Police (Chief Constable)',
        'HOLDS_ROLE Jane Smith -> Chief Constable',
        'HOLDS_ROLE John Brown -> Chief Constable',
      ],
      '',
    ],
    [
      'Chief Constable Olivia Pinkney had taken over from Helen King as the Professional Community Chair for Uniformed Policing.',
      [
        'HOLDS_ROLE Helen King -> Professional Community Chair for Uniformed Policing',
        'HOLDS_ROLE Olivia Pinkney -> Professional Community Chair for Uniformed Policing',
      ],
      '',
    ],
    // `in the role of` reads like `as`
    ['Andrew Cooke worked in the role of Chief Constable for five years.', ['HOLDS_ROLE Andrew Cooke -> Chief Constable'], ''],
    // in a quote, `my role as` and `As <office>, I` are the speaker's, not the last person the quote names
    [
      'PCC John Campion said: “I am pleased. It will also strengthen my role as Chair of the Local Criminal Justice Board.”',
      ['AFFILIATED_WITH John Campion -> Local Criminal Justice Board (Chair)', 'HOLDS_ROLE John Campion -> Chair'],
      '',
    ],
    [
      'Jane Smith said: “As Chief Constable of Kent Police, I am proud of our officers.”',
      ['AFFILIATED_WITH Jane Smith -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Smith -> Chief Constable'],
      '',
    ],
    [
      'Jane Smith said: “John Brown was great. In my time as chair of the NPCC, we grew.”',
      ['AFFILIATED_WITH Jane Smith -> NPCC (chair)', 'HOLDS_ROLE Jane Smith -> chair'],
      '',
    ],
    ['Jane Smith spoke. As Chief Constable of Kent Police, the force will act.', [], ''],
    // a statutory office named like a body is the title held (no affiliation with the office itself)
    ['Baroness Newlove has previously served as Victims’ Commissioner between 2013 and 2019.', ['HOLDS_ROLE Newlove -> Victims’ Commissioner'], ''],
    ['Jane Smith spoke as the Home Office published the plan.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'as-office', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text =
      'Will the Minister join me in welcoming Gordon Meldrum, the former director-general of the Scottish Crime and Drug Enforcement Agency, as the new director of the NCA?';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['as-office'], '');
    expect(all.some((r) => r.startsWith('as-office: '))).toBe(true);
    expect(off.some((r) => r.startsWith('as-office: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('as-office: '))));
  });
});
