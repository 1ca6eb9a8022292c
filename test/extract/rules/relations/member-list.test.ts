// Specification of the `member-list` relation rule: a list of a body's members opened by "… members:" or
// "Members present:" puts each person listed on its own line (or in the sentence) in the body.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('member-list', () => {
  it.each([
    // the lines after an opening that names the body right before `members`
    [
      'The Home Secretary appointed the following new Board members of the Police Remuneration Board:\n\n• Jane Smith\n\n• John Brown\n\nThe Board meets in May.',
      ['AFFILIATED_WITH Jane Smith -> Police Remuneration Board (member)', 'AFFILIATED_WITH John Brown -> Police Remuneration Board (member)'],
    ],
    // a short form before `members` stands for its body
    [
      'The Scottish Police Authority met. It appointed the following independent Authority members:\n\n• Jane Smith\n\n• Mr John Brown',
      ['AFFILIATED_WITH Jane Smith -> Scottish Police Authority (member)', 'AFFILIATED_WITH John Brown -> Scottish Police Authority (member)'],
    ],
    // a committee transcript: "Members present:" after the committee; an office in brackets is the role
    [
      'Taken before the Justice Committee\n\non Tuesday 7 January 2014\n\nMembers present:\n\nJane Smith (Chair)\n\nMr John Brown\n\nExamination of Witnesses',
      ['AFFILIATED_WITH Jane Smith -> Justice Committee (Chair)', 'AFFILIATED_WITH John Brown -> Justice Committee (member)'],
    ],
    // the names in the opening sentence itself
    [
      'The members of the Police Remuneration Board are Jane Smith, John Brown and Mary Jones.',
      [
        'AFFILIATED_WITH Jane Smith -> Police Remuneration Board (member)',
        'AFFILIATED_WITH John Brown -> Police Remuneration Board (member)',
        'AFFILIATED_WITH Mary Jones -> Police Remuneration Board (member)',
      ],
    ],
    // the list ends at the first line that is not one person alone
    [
      'Members of the Justice Committee:\n\nJane Smith\n\nThe witnesses were John Brown and Mary Jones.',
      ['AFFILIATED_WITH Jane Smith -> Justice Committee (member)'],
    ],
    // no committee, board or panel named: no body to put them in
    ['The Home Office wrote to the force.\n\nMembers present:\n\nJane Smith\n\nJohn Brown', []],
    // members not listed: a sentence that does not end in the list's colon
    ['Members of the Justice Committee visited Kent. Jane Smith spoke.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'member-list')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Members of the Justice Committee:\n\nJane Smith (Chair)\n\nJohn Brown';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['member-list']);
    expect(all.some((r) => r.startsWith('member-list: '))).toBe(true);
    expect(off.some((r) => r.startsWith('member-list: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('member-list: '))));
  });
});
