// Specification of the `programme-of-agents` relation rule: a programme described as a kind of programme or joint work, its agents after `between`/`from`/`by` (LEADS).

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('programme-of-agents', () => {
  it.each([
    ['Cyber Choices, an initiative from the National Crime Agency, helps young people.', ['LEADS National Crime Agency -> Cyber Choices']],
    [
      'The Blue Light programme is a partnership between Mind and the College of Policing.',
      ['LEADS College of Policing -> Blue Light programme', 'LEADS Mind -> Blue Light programme'],
    ],
    [
      'Operation Sceptre is a joint operation by the Metropolitan Police and the City of London Police.',
      ['LEADS City of London Police -> Operation Sceptre', 'LEADS Metropolitan Police -> Operation Sceptre'],
    ],
    // no kind of programme, or another preposition: not read
    ['The Safer Streets Fund is a fund for the Home Office to consider.', []],
    ['The Safer Streets Fund is a success for the Home Office.', []],
    // `It` opening the sentence: the programme the item was last about
    [
      'The Blue Light programme opened. It is a partnership between Mind and the College of Policing.',
      ['LEADS College of Policing -> Blue Light programme', 'LEADS Mind -> Blue Light programme'],
    ],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'programme-of-agents')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Cyber Choices, an initiative from the National Crime Agency, helps young people.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['programme-of-agents']);
    expect(all.some((r) => r.startsWith('programme-of-agents: '))).toBe(true);
    expect(off.some((r) => r.startsWith('programme-of-agents: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('programme-of-agents: '))));
  });
});
