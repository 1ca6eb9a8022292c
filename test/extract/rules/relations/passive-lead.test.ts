// Specification of the `passive-lead` relation rule: a passive lead verb with its agents after `by`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('passive-lead', () => {
  it.each([
    [
      'The Taskforce on Child Sexual Exploitation, chaired by Stephen Rimmer, met for the first time.',
      ['AFFILIATED_WITH Stephen Rimmer -> Taskforce on Child Sexual Exploitation (chair)'],
      '',
    ],
    ['The Serious Violence Fund is administered by the Home Office.', ['LEADS Home Office -> Serious Violence Fund'], ''],
    ['IDIOM is a national IT system provided by the Home Office.', ['LEADS Home Office -> IDIOM'], ''],
    ['The report was published by the Home Office.', [], ''],
    // an adverb before `by`; the participle opening the sentence takes the programme after the agents' comma
    [
      'The Serious Violence Fund is funded jointly by the Home Office and the Ministry of Justice.',
      ['LEADS Home Office -> Serious Violence Fund', 'LEADS Ministry of Justice -> Serious Violence Fund'],
      '',
    ],
    [
      'Funded jointly by the Home Office and the Higher Education Funding Council for England, the Police Knowledge Fund will support research.',
      ['LEADS Higher Education Funding Council for England -> Police Knowledge Fund', 'LEADS Home Office -> Police Knowledge Fund'],
      '',
    ],
    [
      'The Home Secretary announced the Police Knowledge Fund. Funded by the Home Office, the Fund will support research.',
      ['LEADS Home Office -> Police Knowledge Fund'],
      '',
    ],
    // a time between the verb and `by`, a particle after the verb
    ['The Safer Streets Fund was launched today by the Home Secretary and the Home Office.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ['The Serious Violence Fund is carried out by Crimestoppers.', ['LEADS Crimestoppers -> Serious Violence Fund'], ''],
    ['Operation Sceptre, rolled out last year by the Metropolitan Police, targets knife crime.', ['LEADS Metropolitan Police -> Operation Sceptre'], ''],
    ['The Serious Violence Fund was checked out by Crimestoppers.', [], ''],
    // a fronted participle whose subject is no programme
    ['Funded by the Home Office, officers will visit schools about the Police Knowledge Fund.', [], ''],
    ['The Fund is run by the Home Office and bids are assessed by a panel chaired by Dame Anne Owers.', [], ''],
    // a partnership's agents instead of `by`
    [
      'The Cyber Choices programme was developed in partnership with the National Crime Agency.',
      ['LEADS National Crime Agency -> Cyber Choices programme'],
      '',
    ],
    [
      'The Police Now programme, delivered in a new collaboration with the College of Policing, trains graduates.',
      ['LEADS College of Policing -> Police Now programme'],
      '',
    ],
    ['Operation Sceptre was discussed in partnership with the Home Office.', [], ''],
    // an office alone after `by`: the one person the item gives it
    [
      'Home Secretary Priti Patel spoke. The Safer Streets Fund, launched by the Home Secretary in April, opens today.',
      ['LEADS Priti Patel -> Safer Streets Fund'],
      '',
    ],
    // what the programme is said to be, closed by a comma, is what the participle describes
    [
      'The Safer Streets Fund is a new crime prevention fund, designed by the Home Office and endorsed by the Inspectorate, to help.',
      ['LEADS Home Office -> Safer Streets Fund'],
      '',
    ],
    ['The Safer Streets Fund is a report on crime, published by the Home Office.', [], ''],
    // what it is said to be may hold prepositions and unnamed places; a noun may follow the name
    [
      'The Police Innovation Fund (PIF) programme is the annual round of grants in England and Wales carried out by the Home Office.',
      ['LEADS Home Office -> Police Innovation Fund'],
      '',
    ],
    ['The Safer Streets Fund is the annual review of grants carried out by the Home Office.', [], ''],
    // round 6: a second participle joined on by `and` has the first one's subject; not a new clause
    ['The Youth Endowment Fund, delivered by Impetus and funded by the Home Office, supports children.', ['LEADS Home Office -> Youth Endowment Fund'], ''],
    ['The Youth Endowment Fund is run by Impetus and the Home Office said it was pleased.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'passive-lead', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Taskforce on Child Sexual Exploitation, chaired by Stephen Rimmer, met for the first time.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['passive-lead'], '');
    expect(all.some((r) => r.startsWith('passive-lead: '))).toBe(true);
    expect(off.some((r) => r.startsWith('passive-lead: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('passive-lead: '))));
  });
});
