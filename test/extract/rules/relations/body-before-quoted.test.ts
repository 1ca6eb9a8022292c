// Specification of the `body-before-quoted` relation rule: a body written before a programme's quoted name and a noun of programmes runs it.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('body-before-quoted', () => {
  it.each([
    ['The research is based on the Home Office "Offenders Index" database which holds records.', ['LEADS Home Office -> Offenders Index']],
    ['Officers use the College of Policing ‘Authorised Professional Practice’ platform.', ['LEADS College of Policing -> Authorised Professional Practice']],
    // no noun of programmes after the name: the body is not qualifying it
    ['He told the Home Office "Prevent" was working.', []],
    // a comma between: a list, not one phrase
    ['The Home Office, ‘Prevent’ campaign staff and the NCA met.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'body-before-quoted')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The research is based on the Home Office "Offenders Index" database which holds records.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['body-before-quoted']);
    expect(all.some((r) => r.startsWith('body-before-quoted: '))).toBe(true);
    expect(off.some((r) => r.startsWith('body-before-quoted: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('body-before-quoted: '))));
  });
});
