// Specification of the `within-part-of` relation rule: `within` or `part of` between a part and its whole.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('within-part-of', () => {
  it.each([
    ['We want to go further through the creation of the National Cyber Crime Unit within the NCA.', ['PART_OF National Cyber Crime Unit -> NCA'], ''],
    [
      'The Prevent duty, introduced as part of the Counter Terrorism and Security Act 2015, came into effect.',
      ['PART_OF Prevent duty -> Counter Terrorism and Security Act 2015'],
      '',
    ],
    ['The National Crime Agency (NCA) and the National Cyber Crime Unit met.', [], ''],
    [
      'The National Cyber Crime Unit, which sits within the National Crime Agency, leads the response.',
      ['PART_OF National Cyber Crime Unit -> National Crime Agency'],
      '',
    ],
    [
      'The Child Exploitation and Online Protection Centre is part of the National Crime Agency.',
      ['PART_OF Child Exploitation and Online Protection Centre -> National Crime Agency'],
      '',
    ],
    // each name of a plural subject; a singular one alone
    [
      'The National Cyber Crime Unit and the Border Policing Command are both part of the National Crime Agency.',
      ['PART_OF Border Policing Command -> National Crime Agency', 'PART_OF National Cyber Crime Unit -> National Crime Agency'],
      '',
    ],
    [
      'The Home Office and the National Cyber Crime Unit, part of the National Crime Agency, met.',
      ['PART_OF National Cyber Crime Unit -> National Crime Agency'],
      '',
    ],
    // round 6: a body described as a unit before `within`, however long the description; not a body that is no unit
    ['Border Force is a law enforcement command within the Home Office.', ['PART_OF Border Force -> Home Office'], ''],
    ['Border Force, a law enforcement command within the Home Office, seized the drugs.', ['PART_OF Border Force -> Home Office'], ''],
    ['The Serious Fraud Office is an independent department working within the criminal justice system.', [], ''],
    ['The National Crime Agency is one of the most important partners within the Home Office family.', [], ''],
    // a description as subject stands for the latest body or programme named with its noun
    [
      'The National Cyber Crime Unit was launched in 2013. The unit is part of the National Crime Agency.',
      ['PART_OF National Cyber Crime Unit -> National Crime Agency'],
      '',
    ],
    [
      'Kent Police launched Operation Sceptre in 2013. The operation is part of the Serious Violence Strategy.',
      ['PART_OF Operation Sceptre -> Serious Violence Strategy'],
      '',
    ],
    ['The National Cyber Crime Unit was launched in 2013. The agency is part of the Home Office family.', [], ''],
    // the whole is the unit a possessive owns
    [
      "The Fraud Squad, part of the City of London Police's Economic Crime Directorate, made arrests.",
      ['PART_OF Fraud Squad -> Economic Crime Directorate'],
      '',
    ],
    ["The Fraud Squad, part of the City of London Police's response to fraud, made arrests.", ['PART_OF Fraud Squad -> City of London Police'], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'within-part-of', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'We want to go further through the creation of the National Cyber Crime Unit within the NCA.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['within-part-of'], '');
    expect(all.some((r) => r.startsWith('within-part-of: '))).toBe(true);
    expect(off.some((r) => r.startsWith('within-part-of: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('within-part-of: '))));
  });
});
