// Specification of the `speaker-office` relation rule: a speaker introduced by office, the name in
// brackets closed by a colon, as Hansard prints an answer.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('speaker-office', () => {
  it.each([
    // the whole office, a minister's portfolio list included
    [
      'The Minister for Security, Counter-Terrorism, Crime and Policing (Mr. Jane Doe): We will keep the samples.',
      ['HOLDS_ROLE Jane Doe -> Minister for Security, Counter-Terrorism, Crime and Policing'],
      '',
    ],
    [
      'The Parliamentary Under-Secretary of State for the Home Department (Ms Jane Doe): The figures are published.',
      ['HOLDS_ROLE Jane Doe -> Parliamentary Under-Secretary of State for the Home Department'],
      '',
    ],
    // a department after a comma is the body the office is held in; a party's bracket may follow the name
    [
      'The Minister of State, Home Office (Lord Hanson of Flint): My Lords, I thank the noble Lord.',
      ['AFFILIATED_WITH Hanson of Flint -> Home Office (Minister of State)', 'HOLDS_ROLE Hanson of Flint -> Minister of State'],
      '',
    ],
    [
      'The Parliamentary Under-Secretary of State, Home Office (Lord Sharpe of Epsom) (Con): My Lords, the Government agree.',
      [
        'AFFILIATED_WITH Sharpe of Epsom -> Home Office (Parliamentary Under-Secretary of State)',
        'HOLDS_ROLE Sharpe of Epsom -> Parliamentary Under-Secretary of State',
      ],
      '',
    ],
    // a heading line of its own, as older Lords reports print the speaker
    [
      'THE MINISTER OF STATE, HOME OFFICE (LORD DERWENT)\nMy Lords, I beg to move.',
      ['AFFILIATED_WITH Derwent -> HOME OFFICE (MINISTER OF STATE)', 'HOLDS_ROLE Derwent -> MINISTER OF STATE'],
      '',
    ],
    // a bracket that ends no line and has no colon: no speaker line
    ['The Minister of State, Home Office (Lord Hanson of Flint) said more would follow.', [], ''],
    // no office before the bracket, or no colon after it: no speaker line
    ['The report (Jane Doe): it is good.', [], ''],
    ['The Minister for Policing (Jane Doe) said the figures are published.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'speaker-office', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Parliamentary Under-Secretary of State for the Home Department (Ms Jane Doe): The figures are published.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['speaker-office'], '');
    expect(all.some((r) => r.startsWith('speaker-office: '))).toBe(true);
    expect(off.some((r) => r.startsWith('speaker-office: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('speaker-office: '))));
  });
});
