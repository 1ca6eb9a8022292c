// Specification of the `name-of-body` relation rule: the body joined to a person's name by `of`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('name-of-body', () => {
  it.each([
    ['The measures follow campaigning by Martin Lewis of MoneySavingExpert.', ['AFFILIATED_WITH Martin Lewis -> MoneySavingExpert'], ''],
    [
      'Chief Constable Dave Thompson of West Midlands Police described the change.',
      ['AFFILIATED_WITH Dave Thompson -> West Midlands Police (Chief Constable)'],
      '',
    ],
    ['The report was written by Sarah Jones of London.', [], ''],
    ['The Home Office, Jane Smith and the NCA met.', [], ''],
    ['PC Ian Brotherton, 32, of the Metropolitan Police, was driving a marked police van.', ['AFFILIATED_WITH Ian Brotherton -> Metropolitan Police (PC)'], ''],
    ['Liam Shaw, 21, of Birkenhead, sent two emails.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'name-of-body', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The measures follow campaigning by Martin Lewis of MoneySavingExpert.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['name-of-body'], '');
    expect(all.some((r) => r.startsWith('name-of-body: '))).toBe(true);
    expect(off.some((r) => r.startsWith('name-of-body: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('name-of-body: '))));
  });
});
