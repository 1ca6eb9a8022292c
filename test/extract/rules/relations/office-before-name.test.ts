// Specification of the `office-before-name` relation rule: a capitalised office read from its
// grammar (owner's possessive, qualifiers, head, of/for tail), then a comma and the name.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('office-before-name', () => {
  it.each([
    [
      "The Met's Commissioner, Sir Mark Rowley, said the plan would help.",
      ['AFFILIATED_WITH Mark Rowley -> Met (Commissioner)', 'HOLDS_ROLE Mark Rowley -> Commissioner'],
      '',
    ],
    // an office after a copula is another clause's predicate, not a title before the name
    ['Appointed in 2014 by Jane Roe whilst she was Chief Scientific Adviser, Mr Doe is the first Commissioner.', [], ''],
    // offices the role words know are title-before's; this rule only reads what no earlier rule did
    ["Children's Minister, Jane Doe, is today announcing a grant.", [], ''],
    ["Toronto's long-serving Chief of Police, Jane Doe, drew on her experience.", [], ''],
    [
      "The College of Policing's Digital Learning Manager, Jane Doe, said it worked.",
      ['AFFILIATED_WITH Jane Doe -> College of Policing (Digital Learning Manager)', 'HOLDS_ROLE Jane Doe -> Digital Learning Manager'],
      '',
    ],
    // a list of capitalised words closed by `and`, and the office's initials in brackets, stay in the office
    [
      'The Police, Fire and Crime Commissioner (PFCC) for Staffordshire, Jane Doe, is investing.',
      ['HOLDS_ROLE Jane Doe -> Police, Fire and Crime Commissioner'],
      '',
    ],
    ['Speaking in Leeds, Kent and Surrey, Jane Doe said it worked.', [], ''],
    ['Speaking in Leeds, Jane Doe said it worked.', [], ''],
    ['The Home Office, Jane Doe and the NCA met.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'office-before-name', title)).toEqual(expected);
  });

  it('leaves the office to the rule that read it first', () => {
    expect(relationsWithout("Toronto's long-serving Chief of Police, Jane Doe, drew on her experience.", [], '')).toEqual([
      'title-before: HOLDS_ROLE Jane Doe -> Chief of Police',
    ]);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = "The College of Policing's Digital Learning Manager, Jane Doe, said it worked.";
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['office-before-name'], '');
    expect(all.some((r) => r.startsWith('office-before-name: '))).toBe(true);
    expect(off.some((r) => r.startsWith('office-before-name: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('office-before-name: '))));
  });
});
