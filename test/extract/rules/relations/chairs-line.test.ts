// Specification of the `chairs-line` relation rule: a list line of a committee's chairs.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('chairs-line', () => {
  it.each([
    ['Chairs: †Mr George Howarth, Mr David Nuttall', ['HOLDS_ROLE David Nuttall -> Chair', 'HOLDS_ROLE George Howarth -> Chair']],
    ['Chair: Sir Edward Leigh', ['HOLDS_ROLE Edward Leigh -> Chair']],
    [
      'Chairs: Mr Joe Benton, †Mr Christopher Chope, Mr Gary Streeter',
      ['HOLDS_ROLE Christopher Chope -> Chair', 'HOLDS_ROLE Gary Streeter -> Chair', 'HOLDS_ROLE Joe Benton -> Chair'],
    ],
    ['Chairs of the panels said Mr George Howarth would speak.', []],
    ['The Committee met. Its chair: Mr George Howarth.', []],
    ['Members: Mr George Howarth, Mr David Nuttall', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'chairs-line')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Chairs: †Mr George Howarth, Mr David Nuttall';
    expect(relationsWithout(text, [])).toContain('chairs-line: HOLDS_ROLE George Howarth -> Chair');
    expect(relationsWithout(text, ['chairs-line'])).not.toContain('chairs-line: HOLDS_ROLE George Howarth -> Chair');
  });
});
