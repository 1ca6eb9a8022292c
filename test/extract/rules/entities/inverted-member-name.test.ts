// Specification of the `inverted-member-name` entity rule: a member list line, surname first.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, ruleEntities } from '../../extract-item.js';

describe('inverted-member-name', () => {
  it.each([
    ['† Berry, Jake (Rossendale and Darwen) (Con)', ['Person Jake Berry']],
    ['Jones, Mr Kevan (North Durham) (Lab)', ['Person Kevan Jones']],
    ['† Bradley, Karen (Parliamentary Under-Secretary of State for the Home Department)', ['Person Karen Bradley']],
    ['Donaldson, Mr Jeffrey M. (Lagan Valley) (DUP)', ['Person Jeffrey M. Donaldson']],
    ['† Saville Roberts, Liz (Dwyfor Meirionnydd) (PC)', ['Person Liz Saville Roberts']],
    ['† Dromey, Jack (Birmingham, Erdington) (Lab)', ['Person Jack Dromey']],
    ['Huppert, Dr Julian (Cambridge) (LD)', ['Person Julian Huppert']],
    ['Members:\n\nSmith, John\n\nWatts, Mrs Sarah', ['Person John Smith', 'Person Sarah Watts']],
    ['Jordan, Katie (Con)', ['Person Katie Jordan']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'inverted-member-name')).toEqual(expected);
  });

  it.each([
    ['Smith, Jones and Brown said the plan would work.'],
    ['London, Manchester (UK)'],
    ['Reading, Berkshire (Con)'],
    ['Paris, France'],
    ['Kent, Surrey and Sussex (Con)'],
    ['He met Berry, Jake (Con) and others.'],
    ['Smith, John said it would work.'],
    ['However, James (the chair) said so.'],
    ['Notes, Figures'],
  ])('names no one in: %s', (text) => {
    expect(ruleEntities(text, 'inverted-member-name')).toEqual([]);
  });

  it('keeps the form as written as an alias, and reads no seat as a person', () => {
    const x = extractText('Mills, Nigel (Amber Valley) (Con)\n\nJones, Mr Kevan (North Durham) (Lab)');
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => [e.name, ...e.aliases]);
    expect(people).toEqual([
      ['Nigel Mills', 'Mills, Nigel'],
      ['Kevan Jones', 'Jones, Mr Kevan'],
    ]);
  });

  it('is switched off alone', () => {
    const text = '† Berry, Jake (Rossendale and Darwen) (Con)';
    expect(entitiesWithout(text, [])).toContain('inverted-member-name: Person Jake Berry');
    expect(entitiesWithout(text, ['inverted-member-name'])).not.toContain('inverted-member-name: Person Jake Berry');
  });
});
