// Specification of the `career-participle` relation rule: a career step in a participle phrase
// (`Before joining the NCA, …`, `… before becoming the Temporary Chief Constable`, `Having led Kent
// Police, …`) is the clause subject's: the person right after an opening phrase's comma, or the person
// the sentence opened with. Joining or leading takes a body; becoming or serving `as` an office.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('career-participle', () => {
  it.each([
    // an opening phrase: the subject after its comma
    ['Before joining the NCA, John Brown was a detective.', ['AFFILIATED_WITH John Brown -> NCA']],
    [
      'Jane Smith spoke. Before becoming Deputy Chief Constable of Surrey Police, she was head of crime.',
      ['AFFILIATED_WITH Jane Smith -> Surrey Police (Deputy Chief Constable)', 'HOLDS_ROLE Jane Smith -> Deputy Chief Constable'],
    ],
    ['Having joined Essex Police in 1994, Chief Constable Jane Smith rose through the ranks.', ['AFFILIATED_WITH Jane Smith -> Essex Police']],
    ['Since joining the Home Office in 2010, Jane Smith has led the team.', ['AFFILIATED_WITH Jane Smith -> Home Office']],
    // a closing phrase: the person the sentence opened with
    [
      'Sarah Crew was Deputy Chief Constable from 2017 before becoming the Temporary Chief Constable this year.',
      ['HOLDS_ROLE Sarah Crew -> Temporary Chief Constable'],
    ],
    ['John Brown spent 20 years in Kent before joining the National Crime Agency.', ['AFFILIATED_WITH John Brown -> National Crime Agency']],
    ['Jane Smith spoke. She was a detective before joining Kent Police in 1999.', ['AFFILIATED_WITH Jane Smith -> Kent Police']],
    // not the subject's: another person opens the sentence, or none does
    ['The Home Secretary thanked Jane Smith before joining the NCA board.', []],
    ['John Brown met Jane Smith before joining Kent Police.', []],
    ['Officers searched the house before joining Kent Police colleagues.', []],
    // something of the body's joined, or a place in it rather than an office
    ['Before joining the Home Office review, Jane Smith was a lawyer.', []],
    ['Jane Smith spoke. Before becoming a member of the board, she was a lawyer.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'career-participle')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Before joining the NCA, John Brown was a detective with Kent Police.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['career-participle']);
    expect(all.some((r) => r.startsWith('career-participle: '))).toBe(true);
    expect(off.some((r) => r.startsWith('career-participle: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('career-participle: '))));
  });
});
