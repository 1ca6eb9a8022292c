// Specification of the `copula-office` relation rule: a person, or `he`/`she` for the person last named, then `is`/`became` and an office.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('copula-office', () => {
  it.each([
    // a verb joined by `and` to the sentence's subject; not to a person named in the first clause's object
    ['Jane Doe joined Kent Police in 1995 and became Chief Constable in 2020.', ['HOLDS_ROLE Jane Doe -> Chief Constable'], ''],
    ['Kent Police thanked Jane Doe and became the first force to sign.', [], ''],
    // an adverb after the copula; `as` after an appointing verb
    [
      'Jane Doe was previously Deputy Chief Constable at Essex Police.',
      ['AFFILIATED_WITH Jane Doe -> Essex Police (Deputy Chief Constable)', 'HOLDS_ROLE Jane Doe -> Deputy Chief Constable'],
      '',
    ],
    [
      'Jane Doe has been named as the new Chief Constable of Kent Police.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    // a lead's field, capitalised or not
    [
      'Jane Doe is the new national policing lead for Violence Against Women and Girls (VAWG).',
      ['HOLDS_ROLE Jane Doe -> national policing lead for Violence Against Women and Girls'],
      '',
    ],
    [
      'Jane Doe is the national police lead for roads policing.',
      ['HOLDS_ROLE Jane Doe -> lead for roads policing', 'HOLDS_ROLE Jane Doe -> national police lead for roads policing'],
      '',
    ],
    // `I`: the writer or speaker, the person last named (a byline; "X said: “I am …”")
    [
      'Jane Doe | Blog\n\nI am the Chief Constable of Kent Police. I want to use this blog.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    ['I am the Chief Constable of Kent Police.', [], ''],
    ['Jane Doe spoke. Then John Roe said I was the chair of the Police Foundation.', [], ''],
    // a lead's field after `for` is part of the office; the body in front is where
    [
      'Jane Doe is the NPCC lead for roads policing.',
      ['AFFILIATED_WITH Jane Doe -> NPCC (lead for roads policing)', 'HOLDS_ROLE Jane Doe -> lead for roads policing'],
      '',
    ],
    [
      'Commander Stephen Clayman is National Police Chiefs’ Council knife crime lead.',
      ['AFFILIATED_WITH Stephen Clayman -> National Police Chiefs’ Council (knife crime lead)', 'HOLDS_ROLE Stephen Clayman -> knife crime lead'],
      '',
    ],
    [
      'Jane Smith is the Chief Executive of the National Crime Agency.',
      ['AFFILIATED_WITH Jane Smith -> National Crime Agency (Chief Executive)', 'HOLDS_ROLE Jane Smith -> Chief Executive'],
      '',
    ],
    [
      'Alex Marshall spoke at the launch. He became chief constable of Hampshire Constabulary in 2008.',
      ['AFFILIATED_WITH Alex Marshall -> Hampshire Constabulary (chief constable)', 'HOLDS_ROLE Alex Marshall -> chief constable'],
      '',
    ],
    ['Jane Smith is a police officer in Leeds.', [], ''],
    ['Jane Smith is pleased with the result.', [], ''],
    ['He became chief constable of Hampshire Constabulary in 2008.', [], ''],
    [
      'Jane Smith spoke. She was appointed chief executive of the College of Policing in 2019.',
      ['AFFILIATED_WITH Jane Smith -> College of Policing (chief executive)', 'HOLDS_ROLE Jane Smith -> chief executive'],
      '',
    ],
    [
      'Jane Smith was named the new Director General of the National Crime Agency.',
      ['AFFILIATED_WITH Jane Smith -> National Crime Agency (Director General)', 'HOLDS_ROLE Jane Smith -> Director General'],
      '',
    ],
    [
      'Hampshire Constabulary named a new chief. Alex Marshall spoke. He became chief constable of the force in 2008.',
      ['AFFILIATED_WITH Alex Marshall -> Hampshire Constabulary (chief constable)', 'HOLDS_ROLE Alex Marshall -> chief constable'],
      '',
    ],
    ['Jane Smith was appointed to the board in 2019.', [], ''],
    // a description's possessive before the office stands for the body the item named
    [
      'Kent Police named a chief. Jane Smith was appointed as the force’s Chief Constable.',
      ['AFFILIATED_WITH Jane Smith -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Smith -> Chief Constable'],
      '',
    ],
    // a headline's bare participle
    [
      'Jane Smith appointed Chief Constable of Kent Police',
      ['AFFILIATED_WITH Jane Smith -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Smith -> Chief Constable'],
      '',
    ],
    [
      'Jane Smith named new Director General of the National Crime Agency',
      ['AFFILIATED_WITH Jane Smith -> National Crime Agency (Director General)', 'HOLDS_ROLE Jane Smith -> Director General'],
      '',
    ],
    ['Jane Smith named the suspects in court.', [], ''],
    // past the person's own `who` clause, whoever it names
    [
      'Jane Smith, who joined Kent Police in 1995, is now the Chief Constable of Essex Police.',
      ['AFFILIATED_WITH Jane Smith -> Essex Police (Chief Constable)', 'HOLDS_ROLE Jane Smith -> Chief Constable'],
      '',
    ],
    ['Jane Smith, who met John Brown, is the Chief Constable.', ['HOLDS_ROLE Jane Smith -> Chief Constable'], ''],
    ['Jane Smith, who met John Brown, said the figures were good.', [], ''],
    // after `a`/`an`: a capitalised known office is held; a job word in a body gives the body only
    ['Jane Smith spoke. She is currently an HM Inspector, a role she took up in 2021.', ['HOLDS_ROLE Jane Smith -> HM Inspector'], ''],
    ['John Brown was a detective with Greater Manchester Police.', ['AFFILIATED_WITH John Brown -> Greater Manchester Police'], ''],
    ['John Brown is a serving police officer in the Metropolitan Police.', ['AFFILIATED_WITH John Brown -> Metropolitan Police'], ''],
    ['John Brown is a member of staff.', [], ''],
    ['John Brown was a detective for many years.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'copula-office', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Commander Stephen Clayman is National Police Chiefs’ Council knife crime lead.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['copula-office'], '');
    expect(all.some((r) => r.startsWith('copula-office: '))).toBe(true);
    expect(off.some((r) => r.startsWith('copula-office: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('copula-office: '))));
  });
});
