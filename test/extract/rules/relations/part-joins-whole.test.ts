// Specification of the `part-joins-whole` relation rule: a part, a verb that puts it into a whole, then the whole (PART_OF).

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('part-joins-whole', () => {
  it.each([
    ['The Serious Fraud Office was merged into the National Crime Agency.', ['PART_OF Serious Fraud Office -> National Crime Agency']],
    ['The Forced Marriage Unit was absorbed into the Home Office.', ['PART_OF Forced Marriage Unit -> Home Office']],
    // a relative clause's subject is the name before `which`
    ['The Home Office asked the Border Force, which was merged into the National Crime Agency, to help.', ['PART_OF Border Force -> National Crime Agency']],
    // `It` and a short form as the part
    ['The National Cyber Crime Unit opened in 2013. It sits within the National Crime Agency.', ['PART_OF National Cyber Crime Unit -> National Crime Agency']],
    // a weak verb only for a part whose head names a unit
    ['The Audit and Assurance Board reports to the National Police Chiefs’ Council.', ['PART_OF Audit and Assurance Board -> National Police Chiefs’ Council']],
    ['The Independent Office for Police Conduct reports to Parliament every year.', []],
    // a name between the subject and the verb: not its subject
    ['The Border Force and the Home Office said the unit was merged into the National Crime Agency.', []],
    // a passive of running for a unit-headed part
    [
      'The National Fraud Intelligence Bureau, run by the City of London Police, collects reports.',
      ['PART_OF National Fraud Intelligence Bureau -> City of London Police'],
    ],
    ['The Independent Office for Police Conduct, set up by the Home Office, investigates.', []],
    // a determiner and a word of size before the whole
    [
      'The Serious Organised Crime Agency would be merged into a larger National Crime Agency.',
      ['PART_OF Serious Organised Crime Agency -> National Crime Agency'],
    ],
    // round 6: `comes under` as a weak verb: a unit-headed part only
    ['The Fraud Unit comes under the City of London Police.', ['PART_OF Fraud Unit -> City of London Police']],
    ['Border Force comes under the Home Office.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'part-joins-whole')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Serious Fraud Office was merged into the National Crime Agency.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['part-joins-whole']);
    expect(all.some((r) => r.startsWith('part-joins-whole: '))).toBe(true);
    expect(off.some((r) => r.startsWith('part-joins-whole: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('part-joins-whole: '))));
  });
});
