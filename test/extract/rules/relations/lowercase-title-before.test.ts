// Specification of the `lowercase-title-before` relation rule: a lower-case office owned by `its` or a possessive, then a comma, before the name.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('lowercase-title-before', () => {
  it.each([
    [
      'The NCSC opened in 2016. Its chief executive, Ciaran Martin, said it would help.',
      ['AFFILIATED_WITH Ciaran Martin -> NCSC (chief executive)', 'HOLDS_ROLE Ciaran Martin -> chief executive'],
      '',
    ],
    ['The report, Jane Smith said, was late.', [], ''],
    [
      "The NCSC's chief executive, Ciaran Martin, said it would help.",
      ['AFFILIATED_WITH Ciaran Martin -> NCSC (chief executive)', 'HOLDS_ROLE Ciaran Martin -> chief executive'],
      '',
    ],
    [
      "The Home Office's new permanent secretary, Jane Smith, said it would help.",
      ['AFFILIATED_WITH Jane Smith -> Home Office (permanent secretary)', 'HOLDS_ROLE Jane Smith -> permanent secretary'],
      '',
    ],
    [
      'National Police Chiefs’ Council lead for knife crime, Deputy Assistant Commissioner Graham McNulty, said the week would help.',
      ['AFFILIATED_WITH Graham McNulty -> National Police Chiefs’ Council (lead for knife crime)', 'HOLDS_ROLE Graham McNulty -> lead for knife crime'],
      '',
    ],
    [
      'National Police Chiefs’ Council lead for Child Protection, Deputy Chief Constable Ian Critchley, reflects on it.',
      ['AFFILIATED_WITH Ian Critchley -> National Police Chiefs’ Council (lead for Child Protection)', 'HOLDS_ROLE Ian Critchley -> lead for Child Protection'],
      '',
    ],
    ['The council asked for Home Office funding, Chief Constable Jane Smith said.', [], ''],
    [
      'National policing lead for child protection, Chief Constable Simon Bailey, said the figures were stark.',
      ['HOLDS_ROLE Simon Bailey -> National policing lead for child protection'],
      '',
    ],
    [
      "The Met's Commissioner, Sir Mark Rowley, said the plan would help.",
      ['AFFILIATED_WITH Mark Rowley -> Met (Commissioner)', 'HOLDS_ROLE Mark Rowley -> Commissioner'],
      '',
    ],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'lowercase-title-before', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The NCSC opened in 2016. Its chief executive, Ciaran Martin, said it would help.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['lowercase-title-before'], '');
    expect(all.some((r) => r.startsWith('lowercase-title-before: '))).toBe(true);
    expect(off.some((r) => r.startsWith('lowercase-title-before: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('lowercase-title-before: '))));
  });
});
