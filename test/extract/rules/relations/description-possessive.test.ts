// Specification of the `description-possessive` relation rule: a definite description's possessive
// (`the force's`) before a unit (PART_OF) or a programme (LEADS) of the body it stands for.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('description-possessive', () => {
  it.each([
    ["Kent Police arrested a man. The force's Serious Crime Directorate led the inquiry.", ['PART_OF Serious Crime Directorate -> Kent Police'], ''],
    [
      'Kent Police arrested a man. Officers from the force’s Professional Standards Department investigated.',
      ['PART_OF Professional Standards Department -> Kent Police'],
      '',
    ],
    ['Kent Police arrested a man. The force’s new Major Crime Team led the inquiry.', ['PART_OF Major Crime Team -> Kent Police'], ''],
    ['Kent Police arrested a man. The force’s Operation Sceptre continues.', ['LEADS Kent Police -> Operation Sceptre'], ''],
    // a body that is no unit, an office, a description with no body named before: not read
    ['Kent Police met the NCA. The force’s partners at the National Crime Agency helped.', [], ''],
    ['The Home Office met Kent Police. The force’s Chief Constable spoke to the Home Office.', [], ''],
    ['The force’s Serious Crime Directorate led the inquiry.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'description-possessive', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = "Kent Police arrested a man. The force's Serious Crime Directorate led the inquiry.";
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['description-possessive'], '');
    expect(all.some((r) => r.startsWith('description-possessive: '))).toBe(true);
    expect(off.some((r) => r.startsWith('description-possessive: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('description-possessive: '))));
  });
});
