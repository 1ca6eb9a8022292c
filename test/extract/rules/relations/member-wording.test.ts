// Specification of the `member-wording` relation rule: a wording of membership puts a person in a body: career in, joined, joins, appointed to lead, will lead, secondment from, worked for.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('member-wording', () => {
  it.each([
    [
      'Chief Constable Gavin Stephens has been appointed to lead the National Police Chiefs’ Council (NPCC) from April 2023.',
      ['AFFILIATED_WITH Gavin Stephens -> National Police Chiefs’ Council'],
      '',
    ],
    ['Jane Smith will lead the Home Office from May.', ['AFFILIATED_WITH Jane Smith -> Home Office'], ''],
    ['Jane Smith will lead the Home Office review of stop and search.', [], ''],
    ['Tom Winsor joins HMIC today as its new head.', ['AFFILIATED_WITH Tom Winsor -> HMIC'], ''],
    ['Jane Smith joins Home Office officials in the call.', [], ''],
    [
      'Alex Marshall spoke. Mr Marshall started his policing career in the Metropolitan Police in 1980.',
      ['AFFILIATED_WITH Alex Marshall -> Metropolitan Police'],
      '',
    ],
    ['On 17 October 2022, Nicola Faulconbridge joined on a 12-month secondment from Kent Police.', ['AFFILIATED_WITH Nicola Faulconbridge -> Kent Police'], ''],
    ['Jane Smith spoke. She joined the Home Office in 2010.', ['AFFILIATED_WITH Jane Smith -> Home Office'], ''],
    ['Jane Smith joined the Home Office in calling for reform.', [], ''],
    ['Jane Smith was joined by the Home Office.', [], ''],
    ['Jane Smith worked with the National Crime Agency on the case.', [], ''],
    ['Hampshire Constabulary named a new chief. Alex Marshall joined the force in 1980.', ['AFFILIATED_WITH Alex Marshall -> Hampshire Constabulary'], ''],
    ['Jane Smith joined the force in 1990.', [], ''],
    // a member of the body; people listed with the nearest one by `and`
    ['Jane Smith is a member of the Northern Ireland Policing Board.', ['AFFILIATED_WITH Jane Smith -> Northern Ireland Policing Board'], ''],
    ['John Brown, an independent member of the Scottish Police Authority, spoke.', ['AFFILIATED_WITH John Brown -> Scottish Police Authority'], ''],
    [
      'Peter Green, Mary Jones and Anne White have been appointed to the Northern Ireland Policing Board.',
      [
        'AFFILIATED_WITH Anne White -> Northern Ireland Policing Board',
        'AFFILIATED_WITH Mary Jones -> Northern Ireland Policing Board',
        'AFFILIATED_WITH Peter Green -> Northern Ireland Policing Board',
      ],
      '',
    ],
    // appointed to something of the body's, not to the body
    ['Jane Smith was appointed to the Home Office review of policing.', [], ''],
    // "the appointment of … members of X" names no member
    ['Naomi Long announced the appointment of six new members of the Northern Ireland Policing Board.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'member-wording', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Alex Marshall spoke. Mr Marshall started his policing career in the Metropolitan Police in 1980.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['member-wording'], '');
    expect(all.some((r) => r.startsWith('member-wording: '))).toBe(true);
    expect(off.some((r) => r.startsWith('member-wording: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('member-wording: '))));
  });
});
