// Specification of the `copula-part-of` relation rule: a body said to be a forum, committee, unit or agency of another.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('copula-part-of', () => {
  it.each([
    [
      "Chief Constables' Council (CCC) is the main decision making forum of the National Police Chiefs' Council (NPCC).",
      ["PART_OF Chief Constables' Council -> National Police Chiefs' Council"],
      '',
    ],
    ['The Economic Crime Command is a directorate of the National Crime Agency.', ['PART_OF Economic Crime Command -> National Crime Agency'], ''],
    ['The National Crime Agency is a major partner of the Home Office.', [], ''],
    ['The Home Office is the lead department of government for policing.', [], ''],
    // round 6: an executive agency is part of the department that sponsors it; a non-departmental public body is not
    ['UK Visas and Immigration is an executive agency, sponsored by the Home Office.', ['PART_OF UK Visas and Immigration -> Home Office'], ''],
    ['The Disclosure and Barring Service is a non-departmental public body sponsored by the Home Office.', [], ''],
    ['HM Passport Office is an executive agency of the Home Office.', ['PART_OF HM Passport Office -> Home Office'], ''],
    // an apposition in brackets
    [
      'The Dedicated Cheque and Plastic Crime Unit (a unit of the City of London Police) made arrests.',
      ['PART_OF Dedicated Cheque and Plastic Crime Unit -> City of London Police'],
      '',
    ],
    ['Kent Police (a force of 3,000 officers) made arrests.', [], ''],
    // a subsidiary (a company a body owns)
    ['The Police ICT Company is a subsidiary of the Home Office.', ['PART_OF Police ICT Company -> Home Office'], ''],
    // a non-ministerial department is a body in its own right
    ["The Serious Fraud Office is a non-ministerial department of the Attorney General's Office.", [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'copula-part-of', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = "Chief Constables' Council (CCC) is the main decision making forum of the National Police Chiefs' Council (NPCC).";
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['copula-part-of'], '');
    expect(all.some((r) => r.startsWith('copula-part-of: '))).toBe(true);
    expect(off.some((r) => r.startsWith('copula-part-of: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('copula-part-of: '))));
  });
});
