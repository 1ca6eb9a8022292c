// Specification of the `title-before` relation rule: a capitalised office, then a comma, before the name; its body from `of`, a possessive, `its` or `whose`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('title-before', () => {
  it.each([
    // an office after a copula is another clause's predicate, not a title before the name
    ['Appointed in 2014 by Jane Roe whilst she was Home Secretary, Mr Doe is the first Commissioner.', [], ''],
    [
      'Kent Police made arrests. The force’s Chief Constable, Jane Doe, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    // the office, its initials in brackets (the area left out), a comma, the name
    [
      'West Yorkshire Police and Crime Commissioner (PCC), Mark Burns-Williamson OBE said: the work mattered.',
      ['HOLDS_ROLE Mark Burns-Williamson -> West Yorkshire Police and Crime Commissioner'],
      '',
    ],
    // a portfolio list that runs on past the office, then the name in brackets
    [
      'My honourable friend the Minister of State for Security, Counterterrorism, Crime and Policing (Tony McNulty) has made a statement.',
      ['HOLDS_ROLE Tony McNulty -> Minister of State for Security, Counterterrorism, Crime and Policing'],
      '',
    ],
    [
      'The Minister of State for Policing, Criminal Justice and Victims, Mike Penning is due to speak.',
      ['HOLDS_ROLE Mike Penning -> Minister of State for Policing, Criminal Justice and Victims'],
      '',
    ],
    ['Police and Crime Commissioner for Essex, Roger Hirst, said the money was welcome.', ['HOLDS_ROLE Roger Hirst -> Police and Crime Commissioner'], ''],
    [
      'The Independent Office for Police Conduct (IOPC) replaced the IPCC. Its Director General, Michael Lockwood, told us more.',
      ['AFFILIATED_WITH Michael Lockwood -> Independent Office for Police Conduct (Director General)', 'HOLDS_ROLE Michael Lockwood -> Director General'],
      '',
    ],
    [
      'We heard from the Police Federation of England and Wales, whose National Chair, John Apter, warned about delays.',
      ['AFFILIATED_WITH John Apter -> Police Federation of England and Wales (National Chair)', 'HOLDS_ROLE John Apter -> National Chair'],
      '',
    ],
    ['The Home Office, Jane Smith and the NCA met.', [], ''],
    [
      'Chair of the National Police Chiefs’ Council, Chief Constable Sara Thornton, said the change would help.',
      ['AFFILIATED_WITH Sara Thornton -> National Police Chiefs’ Council (Chair)', 'HOLDS_ROLE Sara Thornton -> Chair'],
      '',
    ],
    ['The Law Lord, Cyril Radcliffe, believed that the change would help.', ['HOLDS_ROLE Cyril Radcliffe -> Law Lord'], ''],
    [
      'Deputy Prime Minister, Lord Chancellor and Secretary of State for Justice, Dominic Raab said the plan would help.',
      [
        'HOLDS_ROLE Dominic Raab -> Deputy Prime Minister',
        'HOLDS_ROLE Dominic Raab -> Lord Chancellor',
        'HOLDS_ROLE Dominic Raab -> Secretary of State for Justice',
      ],
      '',
    ],
    [
      'The Minister of State for Policing, Criminal Justice and Victims, Mike Penning is due to speak.',
      ['HOLDS_ROLE Mike Penning -> Minister of State for Policing, Criminal Justice and Victims'],
      '',
    ],
    ['Police and Crime Commissioner (PCC) Mark Shelford has announced it.', ['HOLDS_ROLE Mark Shelford -> Police and Crime Commissioner'], ''],
    ['The Home Secretary (UK) Jane Smith has announced it.', [], ''],
    [
      'NPCC Lead for Child Protection, Chief Constable Simon Bailey, said the figures were stark.',
      ['AFFILIATED_WITH Simon Bailey -> NPCC (Lead for Child Protection)', 'HOLDS_ROLE Simon Bailey -> Lead for Child Protection'],
      '',
    ],
    [
      "The National Police Chiefs' Council met. NPCC Lead for Counter-terrorism (CT) Assistant Commissioner Jane Doe briefed chiefs.",
      ["AFFILIATED_WITH Jane Doe -> National Police Chiefs' Council (Lead for Counter-terrorism)", 'HOLDS_ROLE Jane Doe -> Lead for Counter-terrorism'],
      '',
    ],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'title-before', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Minister of State for Policing, Criminal Justice and Victims, Mike Penning is due to speak.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['title-before'], '');
    expect(all.some((r) => r.startsWith('title-before: '))).toBe(true);
    expect(off.some((r) => r.startsWith('title-before: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('title-before: '))));
  });
});
