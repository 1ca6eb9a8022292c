// Specification of the `funding-from` relation rule: a programme and the bodies its money comes from,
// after a noun of money and `from`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('funding-from', () => {
  it.each([
    ['The Violence Reduction Programme, with funding from the Home Office, supports children.', ['LEADS Home Office -> Violence Reduction Programme'], ''],
    [
      'The Safer Streets Fund receives £10 million of grant funding from the Home Office and the Ministry of Justice.',
      ['LEADS Home Office -> Safer Streets Fund', 'LEADS Ministry of Justice -> Safer Streets Fund'],
      '',
    ],
    // money a body receives, money from a body's own programme, a clause between: not read
    ['Kent Police received funding from the Home Office.', [], ''],
    ['The Youth Project was launched with £2 million of support from the Home Office’s Safer Streets Fund.', [], ''],
    ['The Safer Streets Fund was announced, and Kent Police said funding from the Home Office was welcome.', [], ''],
    ['The Safer Streets Fund was announced. Funding from the Home Office was welcome.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'funding-from', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Violence Reduction Programme, with funding from the Home Office, supports children.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['funding-from'], '');
    expect(all.some((r) => r.startsWith('funding-from: '))).toBe(true);
    expect(off.some((r) => r.startsWith('funding-from: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('funding-from: '))));
  });
});
