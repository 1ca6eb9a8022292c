// Specification of the `possessive-apposition` relation rule: a name described, after a comma or
// `is`, as a body's own programme (LEADS) or unit (PART_OF) by the body's possessive and a kind noun.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('possessive-apposition', () => {
  it.each([
    ["Operation Sceptre, the Metropolitan Police's knife crime operation, continues.", ['LEADS Metropolitan Police -> Operation Sceptre'], ''],
    ['The Safer Streets Fund is the Home Office’s flagship crime prevention fund.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ["The Fraud Squad is the City of London Police's specialist unit.", ['PART_OF Fraud Squad -> City of London Police'], ''],
    ['Border Force, the Home Office’s enforcement arm, seized the drugs.', ['PART_OF Border Force -> Home Office'], ''],
    // no kind noun, or a preposition before one: not read
    ['Operation Sceptre is the Metropolitan Police’s response to knife crime programmes.', [], ''],
    ['The College of Policing is the Home Office’s partner in training.', [], ''],
    // a body described as another body's programme, or a programme as a unit: kinds must fit
    ['The College of Policing is the Home Office’s flagship programme.', [], ''],
    // a possessive with no apposition or copula before it
    ['Kent Police and the Home Office’s specialist unit met.', [], ''],
    // one of the body's units
    ["The CEOP Command is one of the National Crime Agency's four commands.", ['PART_OF CEOP Command -> National Crime Agency'], ''],
    // with no name before it, `one of the B's … commands` describes the unit with that head named last (c2-04, NCA letter to the Home Affairs Committee)
    [
      'Head of the Border Policing Command. As head of one of the NCA’s four operational commands, he will take the lead.',
      ['PART_OF Border Policing Command -> NCA'],
      '',
    ],
    ["Kent Police met the Home Office. Kent Police is one of the country's largest forces.", [], ''],
    ["The Fraud Squad arrested two men. Officers from one of the Met's specialist units helped.", [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'possessive-apposition', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = "Operation Sceptre, the Metropolitan Police's knife crime operation, continues.";
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['possessive-apposition'], '');
    expect(all.some((r) => r.startsWith('possessive-apposition: '))).toBe(true);
    expect(off.some((r) => r.startsWith('possessive-apposition: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('possessive-apposition: '))));
  });
});
