// Specification of the `who-clause` relation rule: a body in the person's `who` clause after a membership verb.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('who-clause', () => {
  it.each([
    // an adverb after the copula; a surname standing for the person named in full
    [
      'Deputy Assistant Commissioner Jane Doe spoke. DAC Doe, who is also the Director of the National Crime Agency, added: “We know.”',
      ['AFFILIATED_WITH Jane Doe -> National Crime Agency (Director)', 'HOLDS_ROLE Jane Doe -> Director'],
      '',
    ],
    // an office after an appointing verb in the clause
    [
      'Jane Doe, who was appointed Chief Constable of Kent Police in 2020, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    [
      'Jane Doe, who has been named Director General of the National Crime Agency, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> National Crime Agency (Director General)', 'HOLDS_ROLE Jane Doe -> Director General'],
      '',
    ],
    // a body after `has` that is no membership verb
    ['Jane Doe, who has 30 years of experience of the National Crime Agency, said the work mattered.', [], ''],
    [
      "Chief Constable Simon Cole, who leads on mental health for the National Police Chiefs' Council (NPCC), welcomed it.",
      ["AFFILIATED_WITH Simon Cole -> National Police Chiefs' Council"],
      '',
    ],
    [
      'Jane Smith, who is chief executive of the National Crime Agency, said the plan would help.',
      ['AFFILIATED_WITH Jane Smith -> National Crime Agency (chief executive)', 'HOLDS_ROLE Jane Smith -> chief executive'],
      '',
    ],
    ['Jane Wells, who worked at the Serious Fraud Office for ten years, joins the board.', ['AFFILIATED_WITH Jane Wells -> Serious Fraud Office'], ''],
    [
      "Simon Cole, who chairs the National Police Chiefs' Council, said the plan would help.",
      ["AFFILIATED_WITH Simon Cole -> National Police Chiefs' Council"],
      '',
    ],
    ['Jane Wells, who spoke at the Home Office event, was thanked.', [], ''],
    ["Simon Cole, who praised the National Police Chiefs' Council, said the plan would help.", [], ''],
    // past an auxiliary or adverb
    ['Sir Tom Winsor, who has led HMICFRS for the last 10 years, will retire.', ['AFFILIATED_WITH Tom Winsor -> HMICFRS'], ''],
    ['Jane Smith, who previously worked for the National Crime Agency, spoke.', ['AFFILIATED_WITH Jane Smith -> National Crime Agency'], ''],
    [
      'Jane Smith, who was previously chief executive of Victim Support, spoke.',
      ['AFFILIATED_WITH Jane Smith -> Victim Support (chief executive)', 'HOLDS_ROLE Jane Smith -> chief executive'],
      '',
    ],
    ['Jane Smith, who has worked with the National Crime Agency on the case, spoke.', [], ''],
    ['Kent Police named a chief. Jane Smith, who has been with the force since 1999, will lead.', ['AFFILIATED_WITH Jane Smith -> Kent Police'], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'who-clause', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = "Chief Constable Simon Cole, who leads on mental health for the National Police Chiefs' Council (NPCC), welcomed it.";
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['who-clause'], '');
    expect(all.some((r) => r.startsWith('who-clause: '))).toBe(true);
    expect(off.some((r) => r.startsWith('who-clause: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('who-clause: '))));
  });
});
