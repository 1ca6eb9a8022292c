// Specification of the `possessive` relation rule: a body's possessive before its programme (LEADS) or unit (PART_OF), and a body's name as a modifier before its programme's.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('possessive', () => {
  it.each([
    ['One of the projects highlighted was Cambridge Constabulary’s Programme Metis.', ['LEADS Cambridge Constabulary -> Programme Metis'], ''],
    ['The Fund is a new funding stream through the Cabinet Office’s Centre for Social Action.', ['PART_OF Centre for Social Action -> Cabinet Office'], ''],
    ['The Home Office’s budget was cut.', [], ''],
    [
      'Officers within the Metropolitan Police Service’s (MPS) Directorate of Professional Standards (DPS) were cleared.',
      ['PART_OF Directorate of Professional Standards -> Metropolitan Police Service'],
      '',
    ],
    ["The work is led by the NCA's National Cyber Crime Unit.", ['PART_OF National Cyber Crime Unit -> NCA'], ''],
    // a body's name as a modifier before its programme's, in quotes with a noun of programmes after
    ['First HMIC PEEL assessments published', ['LEADS HMIC -> PEEL'], ''],
    ['The research is based on the Home Office "Offenders Index" database which holds records.', ['LEADS Home Office -> Offenders Index'], ''],
    [
      'Officers use the College of Policing ‘Authorised Professional Practice’ platform.',
      ['LEADS College of Policing -> Authorised Professional Practice'],
      '',
    ],
    ['He told the Home Office "Prevent" was working.', [], ''],
    // a comma between: a list, not one phrase
    ['The Home Office, ‘Prevent’ campaign staff and the NCA met.', [], ''],
    ['The NCA, PEEL and the Home Office were discussed.', [], ''],
    // modifiers after the possessive
    ['Mr Ellis joined the NPCC’s new Audit and Assurance Board.', ['PART_OF Audit and Assurance Board -> NPCC'], ''],
    [
      'The Mayor’s Office for Policing and Crime’s £10 million Violence Reduction Fund opened.',
      ['LEADS Mayor’s Office for Policing and Crime -> Violence Reduction Fund'],
      '',
    ],
    // anything else between is not one phrase
    ['The NPCC’s work with the Audit and Assurance Board continues.', [], ''],
    // a person's possessive before a programme (never a unit)
    ['Mayor Sadiq Khan’s Young Londoners Fund helps children.', ['LEADS Sadiq Khan -> Young Londoners Fund'], ''],
    // more units listed straight on; not a body that names no unit
    [
      'The NCA’s National Cyber Crime Unit and Border Policing Command made arrests.',
      ['PART_OF Border Policing Command -> NCA', 'PART_OF National Cyber Crime Unit -> NCA'],
      '',
    ],
    ['The NCA’s National Cyber Crime Unit and the Home Office met.', ['PART_OF National Cyber Crime Unit -> NCA'], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'possessive', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'One of the projects highlighted was Cambridge Constabulary’s Programme Metis.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['possessive'], '');
    expect(all.some((r) => r.startsWith('possessive: '))).toBe(true);
    expect(off.some((r) => r.startsWith('possessive: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('possessive: '))));
  });
});
