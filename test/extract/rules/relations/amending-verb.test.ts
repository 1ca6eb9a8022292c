// Specification of the `amending-verb` relation rule: an amending verb between an Act or Bill and the Acts it amends.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('amending-verb', () => {
  it.each([
    // the passive: the Act after `by` amends the one before the verb (never the other way round)
    ['The Police Act 1996, as amended by the Policing and Crime Act 2017, sets out the duty.', ['AMENDS Policing and Crime Act 2017 -> Police Act 1996'], ''],
    [
      'Amendments to the Police Act 1996 made by the Policing and Crime Act 2017 come into force today.',
      ['AMENDS Policing and Crime Act 2017 -> Police Act 1996'],
      '',
    ],
    // `it` opening the sentence is the Act in focus
    ['The Policing and Crime Bill was introduced. It will also amend the Police Act 1996.', ['AMENDS Policing and Crime Bill -> Police Act 1996'], ''],
    ['The Policing and Crime Bill was introduced. The Government amended the Police Act 1996 last year.', [], ''],
    ['The Offensive Weapons Bill will amend the Criminal Justice Act 1988.', ['AMENDS Offensive Weapons Bill -> Criminal Justice Act 1988'], ''],
    [
      'The Policing and Crime Bill amends the Police Act 1996 and the Police Reform Act 2002.',
      ['AMENDS Policing and Crime Bill -> Police Act 1996', 'AMENDS Policing and Crime Bill -> Police Reform Act 2002'],
      '',
    ],
    ['The Home Office will consult on the Police Act 1996.', [], ''],
    [
      'This is a Royal appointment established by the Criminal Justice Act 1982, as an amendment to the Prison Act 1952.',
      ['AMENDS Criminal Justice Act 1982 -> Prison Act 1952'],
      '',
    ],
    ['The Policing Bill will amend section 1 of the Police Act 1996.', ['AMENDS Policing Bill -> Police Act 1996'], ''],
    ['The Policing Bill inserts a new section 3A into the Police Act 1996.', ['AMENDS Policing Bill -> Police Act 1996'], ''],
    ['Further information can be seen on amendments to the Misuse of Drugs Act 1971.', [], ''],
    ['The Policing and Crime Bill makes changes to the Police Act 1996.', ['AMENDS Policing and Crime Bill -> Police Act 1996'], ''],
    ['The Policing and Crime Bill repeals the Police Act 1996.', ['AMENDS Policing and Crime Bill -> Police Act 1996'], ''],
    // the passive past the part of the amending Act that is named
    [
      'Searches under section 60 of the Public Order Act 1994 as amended by section 8 of the Knives Act 1997 rose.',
      ['AMENDS Knives Act 1997 -> Public Order Act 1994'],
      '',
    ],
    // a numbered part as subject is a part of the first Act or Bill the item named, not of the Act named last
    [
      'The Policing and Crime Bill consists of nine parts. Part 4 would change the Mental Health Act 1983. Part 6 would amend the Firearms Act 1968.',
      ['AMENDS Policing and Crime Bill -> Firearms Act 1968'],
      '',
    ],
    ['The Crime Bill was published. Clause 12 also amends the Police Act 1996.', ['AMENDS Crime Bill -> Police Act 1996'], ''],
    // a part named with its own Act is that Act's part
    ['The Crime Bill was published. Section 60 of the Police Act 1996 amends the Prison Act 1952.', ['AMENDS Police Act 1996 -> Prison Act 1952'], ''],
    // legislative participles with `by`, the amended Act before or after `into`
    ['Section 1 of the Police Act 1996 was substituted by the Police Reform Act 2002.', ['AMENDS Police Reform Act 2002 -> Police Act 1996'], ''],
    [
      'Section 60 was inserted by the Knives Act 1997 into the Criminal Justice and Public Order Act 1994.',
      ['AMENDS Knives Act 1997 -> Criminal Justice and Public Order Act 1994'],
      '',
    ],
    [
      'The Misuse of Drugs Regulations 2001 were revoked by the Misuse of Drugs Regulations 2018.',
      ['AMENDS Misuse of Drugs Regulations 2018 -> Misuse of Drugs Regulations 2001'],
      '',
    ],
    [
      'The Misuse of Drugs Regulations 2018 revoke the Misuse of Drugs Regulations 2001.',
      ['AMENDS Misuse of Drugs Regulations 2018 -> Misuse of Drugs Regulations 2001'],
      '',
    ],
    [
      'The amendments made by the Policing and Crime Act 2017 to the Police Act 1996 come into force.',
      ['AMENDS Policing and Crime Act 2017 -> Police Act 1996'],
      '',
    ],
    ['Changes to the Police Act 1996 were made by the Policing and Crime Act 2017.', ['AMENDS Policing and Crime Act 2017 -> Police Act 1996'], ''],
    ['The Police Act 1996 was praised by the Home Office and the Policing and Crime Act 2017.', [], ''],
    // each amending Act joined by `and` in the passive
    [
      'The Police Act 1996 has since been amended by the Police Reform Act 2002 and the Policing and Crime Act 2017.',
      ['AMENDS Police Reform Act 2002 -> Police Act 1996', 'AMENDS Policing and Crime Act 2017 -> Police Act 1996'],
      '',
    ],
    // a heading of a Bill's part names what the item's first Bill or Act amends
    [
      'The Policing and Crime Bill was introduced today.\nSchedule 2 — Amendments to the Police Act 1996\nAmendments of the Police Reform Act 2002',
      ['AMENDS Policing and Crime Bill -> Police Act 1996', 'AMENDS Policing and Crime Bill -> Police Reform Act 2002'],
      '',
    ],
    ['Amendments to the Police Act 1996 were discussed by the committee.', [], ''],
    // round 6: a list of amending Acts, each after the part of it named (e1-02, a written answer)
    [
      'Searches of persons or vehicles in anticipation of violence under section 60 of the Criminal Justice and Public Order Act 1994 as amended by section 8 of the Knives Act 1997, section 25 of the Crime and Disorder Act 1998 and schedule 7 of the Anti-Terrorism, Crime and Security Act 2001 rose.',
      [
        'AMENDS Anti-Terrorism, Crime and Security Act 2001 -> Criminal Justice and Public Order Act 1994',
        'AMENDS Crime and Disorder Act 1998 -> Criminal Justice and Public Order Act 1994',
        'AMENDS Knives Act 1997 -> Criminal Justice and Public Order Act 1994',
      ],
      '',
    ],
    [
      'The Policing and Crime Bill would amend the Police Act 1996, the Police Reform Act 2002 and the Criminal Justice and Police Act 2001.',
      [
        'AMENDS Policing and Crime Bill -> Criminal Justice and Police Act 2001',
        'AMENDS Policing and Crime Bill -> Police Act 1996',
        'AMENDS Policing and Crime Bill -> Police Reform Act 2002',
      ],
      '',
    ],
    ['The Policing and Crime Bill amends the Police Act 1996, the Home Secretary said.', ['AMENDS Policing and Crime Bill -> Police Act 1996'], ''],
    // an amending noun after a light verb, with a numbered part or `it` as subject; not a person
    [
      'The Policing and Crime Bill was introduced today. Part 3 makes amendments to the Firearms Act 1968.',
      ['AMENDS Policing and Crime Bill -> Firearms Act 1968'],
      '',
    ],
    [
      'The Policing and Crime Bill was introduced today. It also makes changes to the Firearms Act 1968.',
      ['AMENDS Policing and Crime Bill -> Firearms Act 1968'],
      '',
    ],
    ['The Policing and Crime Bill was introduced today. The Home Secretary makes changes to the Firearms Act 1968.', [], ''],
    // new text put `into` an Act
    [
      'The Serious Crime Act 2015 introduced a new offence into the Sexual Offences Act 2003.',
      ['AMENDS Serious Crime Act 2015 -> Sexual Offences Act 2003'],
      '',
    ],
    ['The Home Office introduced the Serious Crime Bill into Parliament.', [], ''],
    // an Act to be amended, in an item about a Bill: the Bill's change; not a past change, nor with no Bill
    [
      'The Policing and Crime Bill was introduced today. The Licensing Act 2003 will be amended to allow licensing authorities to act.',
      ['AMENDS Policing and Crime Bill -> Licensing Act 2003'],
      '',
    ],
    [
      'The Policing and Crime Bill was introduced today. The Mental Health Act 1983 is amended so that police stations are no longer places of safety.',
      ['AMENDS Policing and Crime Bill -> Mental Health Act 1983'],
      '',
    ],
    ['The Policing and Crime Bill was introduced today. The Licensing Act 2003 was amended in 2012.', [], ''],
    ['The Policing and Crime Act 2017 came into force. The Licensing Act 2003 will be amended to allow licensing authorities to act.', [], ''],
    // a description of the legislation in focus as subject (`The Act`, `These Regulations`, `The new law`)
    [
      'The Policing and Crime Act 2017 received Royal Assent. The Act amends the Police Reform Act 2002.',
      ['AMENDS Policing and Crime Act 2017 -> Police Reform Act 2002'],
      '',
    ],
    [
      'The Police (Conduct) Regulations 2020 came into force. These Regulations amend the Police (Complaints and Misconduct) Regulations 2012.',
      ['AMENDS Police (Conduct) Regulations 2020 -> Police (Complaints and Misconduct) Regulations 2012'],
      '',
    ],
    [
      'The Policing and Crime Act 2017 received Royal Assent. The new law also amends the Police Reform Act 2002.',
      ['AMENDS Policing and Crime Act 2017 -> Police Reform Act 2002'],
      '',
    ],
    ['The Policing and Crime Act 2017 received Royal Assent. The Home Office amends the Police Reform Act 2002 guidance.', [], ''],
    // the Act that holds the amendments after `in`; an Act to be repealed in an item about a Bill; consolidation
    ['Amendments to the Police Act 1996 in the Policing and Crime Bill will change complaints.', ['AMENDS Policing and Crime Bill -> Police Act 1996'], ''],
    ['Amendments to the Police Act 1996 in 2012 changed complaints.', [], ''],
    ['The Policing and Crime Bill was introduced today. The Vagrancy Act 1824 will be repealed.', ['AMENDS Policing and Crime Bill -> Vagrancy Act 1824'], ''],
    [
      'The Sentencing Act 2020 consolidated the Powers of Criminal Courts (Sentencing) Act 2000.',
      ['AMENDS Sentencing Act 2020 -> Powers of Criminal Courts (Sentencing) Act 2000'],
      '',
    ],
    // several numbered parts as subject (`Clauses 1 to 3`, `Sections 4, 5 and 6`)
    ['The Policing and Crime Bill was introduced. Clauses 1 to 3 amend the Police Act 1996.', ['AMENDS Policing and Crime Bill -> Police Act 1996'], ''],
    [
      'The Policing and Crime Bill was introduced. Clauses 12 and 13 make amendments to the Firearms Act 1968.',
      ['AMENDS Policing and Crime Bill -> Firearms Act 1968'],
      '',
    ],
    [
      'The Policing and Crime Bill was introduced. Sections 4, 5 and 6 also amend the Firearms Act 1968.',
      ['AMENDS Policing and Crime Bill -> Firearms Act 1968'],
      '',
    ],
    ['The Policing and Crime Bill was introduced. Officers in 12 forces amend the Firearms Act 1968 forms.', [], ''],
    // a provision named by a noun before the Act (`the power in section 44 of`, `the stop and search powers in`)
    [
      'The Protection of Freedoms Bill was introduced. The Bill would also repeal the power in section 44 of the Terrorism Act 2000.',
      ['AMENDS Protection of Freedoms Bill -> Terrorism Act 2000'],
      '',
    ],
    [
      'The Protection of Freedoms Bill repeals the stop and search powers in the Terrorism Act 2000.',
      ['AMENDS Protection of Freedoms Bill -> Terrorism Act 2000'],
      '',
    ],
    ['The Protection of Freedoms Bill would amend the way officers in the Metropolitan Police use the Terrorism Act 2000.', [], ''],
    ['The Protection of Freedoms Bill would replace the guidance on stop and search in the Terrorism Act 2000.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'amending-verb', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Offensive Weapons Bill will amend the Criminal Justice Act 1988.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['amending-verb'], '');
    expect(all.some((r) => r.startsWith('amending-verb: '))).toBe(true);
    expect(off.some((r) => r.startsWith('amending-verb: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('amending-verb: '))));
  });
});
