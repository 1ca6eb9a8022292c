// Specification of the `programme-under-act` relation rule: a programme made by legislation
// (`introduced by`, `set up under`, `created by section 26 of`) is part (a product) of that Act.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('programme-under-act', () => {
  it.each([
    [
      'The Domestic Violence Disclosure Scheme was set up under section 5 of the Police Act 1996.',
      ['PART_OF Domestic Violence Disclosure Scheme -> Police Act 1996'],
      '',
    ],
    [
      'The Prevent duty, created by section 26 of the Counter-Terrorism and Security Act 2015, applies to schools.',
      ['PART_OF Prevent duty -> Counter-Terrorism and Security Act 2015'],
      '',
    ],
    // made by a body, or under something that is no Act, or with more than the verb's own words between: not read
    ['The Safer Streets Fund was introduced by the Home Office in 2020.', [], ''],
    ['The Safer Streets Fund was introduced in the Beating Crime Plan.', [], ''],
    ['The Safer Streets Fund was introduced in 2020 under the Police Act 1996.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'programme-under-act', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Domestic Violence Disclosure Scheme was set up under section 5 of the Police Act 1996.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['programme-under-act'], '');
    expect(all.some((r) => r.startsWith('programme-under-act: '))).toBe(true);
    expect(off.some((r) => r.startsWith('programme-under-act: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('programme-under-act: '))));
  });
});
