// Specification of the `name-from-body` relation rule: the body a person speaks for, beside the name (`from`, `of` after a comma, apposition, brackets).

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('name-from-body', () => {
  it.each([
    ['Detective Superintendent Jane Doe, from Kent Police, said the work mattered.', ['AFFILIATED_WITH Jane Doe -> Kent Police (Detective Superintendent)']],
    ['Jane Doe from Kent Police said the work mattered.', ['AFFILIATED_WITH Jane Doe -> Kent Police']],
    ['Jane Doe, of the National Crime Agency, said the work mattered.', ['AFFILIATED_WITH Jane Doe -> National Crime Agency']],
    ['Chief Superintendent Jane Doe, Kent Police, said the work mattered.', ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Superintendent)']],
    ['Jane Doe (Kent Police) said the work mattered.', ['AFFILIATED_WITH Jane Doe -> Kent Police']],
    ["Jane Doe, of Oxford University's Cyber Security Centre challenged delegates.", ['AFFILIATED_WITH Jane Doe -> Cyber Security Centre']],
    // a list of names and bodies, or a body that does not close the phrase, is no affiliation
    ['We thank Jane Doe, Kent Police, and the NCA for their help.', []],
    ['Jane Doe, Kent Police and Surrey Police agreed.', []],
    ['Jane Doe, of Kent Police and Surrey Police, agreed.', []],
    ['A letter to Jane Doe from the Home Office on 3 May set out the plan.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'name-from-body')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Detective Superintendent Jane Doe, from Kent Police, said the work mattered.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['name-from-body']);
    expect(all.some((r) => r.startsWith('name-from-body: '))).toBe(true);
    expect(off.some((r) => r.startsWith('name-from-body: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('name-from-body: '))));
  });
});
