// Specification of the `office-linker` relation rule: an office phrase, read by its grammar
// (owner, office words up to a head, the head's field, `of/at/for/from/with <body>`), standing
// right after a person's name in apposition or brackets, or right before it.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('office-linker', () => {
  it.each([
    // an office after a copula is another clause's predicate, not a title before the name
    ['Appointed in 2014 by Jane Roe whilst she was chief executive of Victim Support, John Doe is the first Commissioner.', []],
    // after the name, closed by a comma or the sentence's end
    [
      'Jane Doe, Digital Learning Manager at the College of Policing, said it worked.',
      ['AFFILIATED_WITH Jane Doe -> College of Policing (Digital Learning Manager)', 'HOLDS_ROLE Jane Doe -> Digital Learning Manager'],
    ],
    [
      'Sarah Jones, director of policy at the Police Foundation, said the plan works.',
      ['AFFILIATED_WITH Sarah Jones -> Police Foundation (director of policy)', 'HOLDS_ROLE Sarah Jones -> director of policy'],
    ],
    [
      'Andy Marsh, chief executive of the College of Policing, spoke.',
      ['AFFILIATED_WITH Andy Marsh -> College of Policing (chief executive)', 'HOLDS_ROLE Andy Marsh -> chief executive'],
    ],
    [
      'Jane Doe, a detective inspector with Kent Police, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (detective inspector)', 'HOLDS_ROLE Jane Doe -> detective inspector'],
    ],
    [
      'Jane Doe, a spokesperson for Kent Police, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (spokesperson)', 'HOLDS_ROLE Jane Doe -> spokesperson'],
    ],
    [
      'You can find out more from the webchat, which featured ACC Gary Shewan, national policing lead for restorative justice.',
      ['HOLDS_ROLE Gary Shewan -> national policing lead for restorative justice'],
    ],
    ['Alex Marshall, CEO designate, said the college would set standards.', ['HOLDS_ROLE Alex Marshall -> CEO designate']],
    // a byline: the office, then its body after a comma, ending the line
    [
      'Jane Doe – Chief Executive, Victim Support\nThe charity welcomed the plan.',
      ['AFFILIATED_WITH Jane Doe -> Victim Support (Chief Executive)', 'HOLDS_ROLE Jane Doe -> Chief Executive'],
    ],
    ['Jane Doe – Chief Executive, Victim Support and the Police Foundation welcomed it.', []],
    // a noun typing the body before its name; an academic's post
    [
      'Jane Doe, chief executive of the charity Victim Support, said the results were good.',
      ['AFFILIATED_WITH Jane Doe -> Victim Support (chief executive)', 'HOLDS_ROLE Jane Doe -> chief executive'],
    ],
    // not a capitalised name's own first word
    [
      'Jane Doe, Director at the Centre for Women’s Justice, said the results were good.',
      ['AFFILIATED_WITH Jane Doe -> Centre for Women’s Justice (Director)', 'HOLDS_ROLE Jane Doe -> Director'],
    ],
    [
      'Jane Doe, a senior lecturer at the University of Leeds, said the results were good.',
      ['AFFILIATED_WITH Jane Doe -> University of Leeds (senior lecturer)', 'HOLDS_ROLE Jane Doe -> senior lecturer'],
    ],
    // the owner written before the office: a body's possessive, or a description's
    [
      'Andy Marsh, the College of Policing’s chief executive, said the plan would help.',
      ['AFFILIATED_WITH Andy Marsh -> College of Policing (chief executive)', 'HOLDS_ROLE Andy Marsh -> chief executive'],
    ],
    [
      'Kent Police made arrests. Jane Doe, the force’s head of crime, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (head of crime)', 'HOLDS_ROLE Jane Doe -> head of crime'],
    ],
    [
      'Kent Police made arrests. Jane Doe, chief constable of the force, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (chief constable)', 'HOLDS_ROLE Jane Doe -> chief constable'],
    ],
    // past the name's own body; a body written straight before the office is its owner
    [
      'Jackie Sebire of Bedfordshire Police, the NPCC lead for knife crime, spoke.',
      ['AFFILIATED_WITH Jackie Sebire -> NPCC (lead for knife crime)', 'HOLDS_ROLE Jackie Sebire -> lead for knife crime'],
    ],
    // a unit and its parent; a unit after a body's possessive
    [
      'Detective Chief Superintendent Jane Smith, head of the Organised Crime Unit at Kent Police, said the plan would help.',
      ['AFFILIATED_WITH Jane Smith -> Organised Crime Unit (head)', 'HOLDS_ROLE Jane Smith -> head', 'PART_OF Organised Crime Unit -> Kent Police'],
    ],
    [
      'Jane Smith, head of the Home Office’s Crime and Policing Group, said the plan would help.',
      ['AFFILIATED_WITH Jane Smith -> Crime and Policing Group (head)', 'HOLDS_ROLE Jane Smith -> head'],
    ],
    [
      'Nick Price, head of the CPS Special Crime and Counter Terrorism Division, said the charge was authorised.',
      ['AFFILIATED_WITH Nick Price -> CPS Special Crime and Counter Terrorism Division (head)', 'HOLDS_ROLE Nick Price -> head'],
    ],
    // before the name, after a comma or straight before it
    [
      'The chief executive of Victim Support, Sarah Jones, said the plan works.',
      ['AFFILIATED_WITH Sarah Jones -> Victim Support (chief executive)', 'HOLDS_ROLE Sarah Jones -> chief executive'],
    ],
    [
      'Work published by the Home Office Chief Scientific Adviser, Professor Jane Smith, last year estimates there are victims.',
      ['AFFILIATED_WITH Jane Smith -> Home Office (Chief Scientific Adviser)'],
    ],
    // a byline: the name, a bar or dash, and the office ending the line
    ['Delivering policing in a new way\n\nJane Doe | Chief Constable\n\nThe force has changed.', ['HOLDS_ROLE Jane Doe -> Chief Constable']],
    ['Jane Doe | Chief Constable Smith said the force has changed.', []],
    // an owner before an office before the name: `its`, a possessive, a body written straight before it
    [
      'The NCSC opened in 2016. Its chief executive, Ciaran Martin, said it would help.',
      ['AFFILIATED_WITH Ciaran Martin -> NCSC (chief executive)', 'HOLDS_ROLE Ciaran Martin -> chief executive'],
    ],
    [
      "The Home Office's new permanent secretary, Jane Smith, said it would help.",
      ['AFFILIATED_WITH Jane Smith -> Home Office (permanent secretary)', 'HOLDS_ROLE Jane Smith -> permanent secretary'],
    ],
    // before a name whose own chunk holds a title, with a comma
    [
      'National Police Chiefs’ Council lead for knife crime, Deputy Assistant Commissioner Graham McNulty, said the week would help.',
      ['AFFILIATED_WITH Graham McNulty -> National Police Chiefs’ Council (lead for knife crime)', 'HOLDS_ROLE Graham McNulty -> lead for knife crime'],
    ],
    [
      'National Police Chiefs’ Council lead for Child Protection, Deputy Chief Constable Ian Critchley, reflects on it.',
      ['AFFILIATED_WITH Ian Critchley -> National Police Chiefs’ Council (lead for Child Protection)', 'HOLDS_ROLE Ian Critchley -> lead for Child Protection'],
    ],
    [
      'National policing lead for child protection, Chief Constable Simon Bailey, said the figures were stark.',
      ['HOLDS_ROLE Simon Bailey -> National policing lead for child protection'],
    ],
    // straight before the name, in lower case or after a body; a job word alone gives the body only
    ['Today, NPCC chair Sara Thornton laid a wreath.', ['AFFILIATED_WITH Sara Thornton -> NPCC (chair)', 'HOLDS_ROLE Sara Thornton -> chair']],
    ['Responding to the survey, Crime Prevention minister Jeremy Browne said crime was falling.', ['HOLDS_ROLE Jeremy Browne -> Crime Prevention minister']],
    [
      'Policing and criminal justice minister Rt Hon Damian Green said the college would help.',
      ['HOLDS_ROLE Damian Green -> Policing and criminal justice minister'],
    ],
    ['The police minister Jane Smith visited Leeds.', ['HOLDS_ROLE Jane Smith -> police minister']],
    [
      'We have charged Metropolitan Police officer Christopher Harrison with careless driving.',
      ['AFFILIATED_WITH Christopher Harrison -> Metropolitan Police (officer)'],
    ],
    ['The reforms will lead Jane Smith to resign.', []],
    ['Jane Smith said the reforms were overdue.', []],
    ['The report, Jane Smith said, was late.', []],
    ['The council asked for Home Office funding, Chief Constable Jane Smith said.', []],
    // no office: a body alone, a verb, a clause that goes on with a verb, no closing
    ['Jane Doe, Kent Police, said it worked.', []],
    ['We met Jane Doe, Digital Learning Manager at Kent Police and Surrey Police.', []],
    ['Finally, Andy Marsh, will lead a review of training.', []],
    ['Jane Smith, the College of Policing’s latest report says, was right.', []],
    ['Sarah Jones, who leads the team, said the plan works.', []],
    ['In response to the allegations against Jimmy Savile, the Home Secretary has acted.', []],
    // a description before a capitalised office, and the next word of a title, are not the office
    ['Toronto’s long-serving Chief of Police, William Blair, drew on his experience.', []],
    ['Security and Economic Crime Minister, Ben Wallace, said it.', []],
    // a title in the name's own chunk is read there, not again from the list before it
    ['Councillor Dave McLuckie, Chair of Cleveland Police Authority, Chief Constable of Cleveland Police Sean Price, spoke.', []],
    // a portfolio running on past the comma is apposition-title's whole office; its first subject alone is none
    ['Diana Johnson, Minister for Policing, Fire and Crime Prevention, said the plans were welcome.', []],
    // a description by the lexicon's kind of the body the item named (`the charity`)
    [
      'Victim Support welcomed the plan. The charity’s chief executive, Jane Smith, said it would help.',
      ['AFFILIATED_WITH Jane Smith -> Victim Support (chief executive)', 'HOLDS_ROLE Jane Smith -> chief executive'],
    ],
    [
      'Victim Support welcomed the plan. Jane Smith, chief executive of the charity, said it would help.',
      ['AFFILIATED_WITH Jane Smith -> Victim Support (chief executive)', 'HOLDS_ROLE Jane Smith -> chief executive'],
    ],
    // no body of that kind named: no body
    ['Kent Police welcomed the plan. Jane Smith, chief executive of the charity, said it would help.', []],
    // a job word in a body closing an apposition gives the body only
    ['Jane Smith, a Kent Police officer, said the plan would help.', ['AFFILIATED_WITH Jane Smith -> Kent Police (officer)']],
    ['John Brown, a Home Office official, agreed.', ['AFFILIATED_WITH John Brown -> Home Office (official)']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'office-linker')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The chief executive of Victim Support, Sarah Jones, said the plan works.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['office-linker']);
    expect(all.some((r) => r.startsWith('office-linker: '))).toBe(true);
    expect(off.some((r) => r.startsWith('office-linker: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('office-linker: '))));
  });
});
