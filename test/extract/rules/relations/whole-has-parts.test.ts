// Specification of the `whole-has-parts` relation rule: a whole, a verb of structure or composition, then its parts (PART_OF).

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/extract/index.js';
import { documentOf, relationsWithout, ruleRelations } from '../../extract-item.js';

describe('whole-has-parts', () => {
  it.each([
    // a verb of structure takes any body of the whole's kind
    [
      'The National Crime Agency will house the National Cyber Crime Unit and the Border Policing Command.',
      ['PART_OF Border Policing Command -> National Crime Agency', 'PART_OF National Cyber Crime Unit -> National Crime Agency'],
    ],
    // the subject past a light predicate, and a list that opens with head words and passes over unnamed items
    [
      'The National Crime Agency will operate as a single organisation built around four distinct ‘commands’ - Organised Crime, Economic Crime and the Border Policing Command.',
      ['PART_OF Border Policing Command -> National Crime Agency'],
    ],
    // a programme split into programmes, the list after a colon
    [
      'The Violence Reduction Fund is split into two funds: the Youth Outreach Fund and the Safer Parks Fund.',
      ['PART_OF Safer Parks Fund -> Violence Reduction Fund', 'PART_OF Youth Outreach Fund -> Violence Reduction Fund'],
    ],
    // a short form as the whole: the latest body with the description's noun in its own name
    [
      'The National Crime Agency opened in 2013. The agency now houses the National Economic Crime Centre.',
      ['PART_OF National Economic Crime Centre -> National Crime Agency'],
    ],
    // `It` opening the sentence: the body the previous sentence was about
    ['The National Crime Agency leads the fight. It houses the National Cyber Crime Unit.', ['PART_OF National Cyber Crime Unit -> National Crime Agency']],
    // composition: only parts whose head names a unit
    [
      'The National Police Chiefs’ Council has set up a new Race Equality Board and comprises the Chief Constables’ Council.',
      ['PART_OF Race Equality Board -> National Police Chiefs’ Council'],
    ],
    ['The Joint Fraud Taskforce includes the National Crime Agency, the Home Office and the Crown Prosecution Service.', []],
    ['Kent Police has the support of the Home Office.', []],
    // the passive reads the other way
    ['The National Cyber Crime Unit is housed in the National Crime Agency.', []],
    ['The Home Office was included in the review by the National Audit Office.', []],
    // a whole that absorbed a unit; a composition verb with a unit-headed part
    [
      'In 2013 the National Crime Agency absorbed the Child Exploitation and Online Protection Centre as one of its commands.',
      ['PART_OF Child Exploitation and Online Protection Centre -> National Crime Agency'],
    ],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'whole-has-parts')).toEqual(expected);
  });

  it('reads the parts from the lines after a colon, until a line that opens with no name', () => {
    const text = [
      'The Community Safety Fund is split into two separate pots of money:',
      '• Neighbourhood Projects Fund – residents bid to it directly.',
      '• Youth Diversion Fund – schools can bid for projects.',
      'Officers said the Prevent Fund would also open.',
    ].join('\n');
    const x = extractDocument(documentOf([{ text }]))[0]!;
    const partOf = x.relations.filter((r) => r.rule === 'whole-has-parts').map((r) => `${r.source} -> ${r.target}`);
    expect(partOf.sort()).toEqual(['Neighbourhood Projects Fund -> Community Safety Fund', 'Youth Diversion Fund -> Community Safety Fund']);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The National Crime Agency will house the National Cyber Crime Unit.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['whole-has-parts']);
    expect(all.some((r) => r.startsWith('whole-has-parts: '))).toBe(true);
    expect(off.some((r) => r.startsWith('whole-has-parts: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('whole-has-parts: '))));
  });
});
