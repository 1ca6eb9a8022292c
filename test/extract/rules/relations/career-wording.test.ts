// Specification of the `career-wording` relation rule: a verb of leading or representing with the
// body as its object (`led Merseyside Police`, `chairs the Police Federation`), or time spent in the
// body (`spent 20 years with West Midlands Police`, `After 30 years at the Met, she …`), puts the
// verb's subject in the body; the body must close the phrase.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('career-wording', () => {
  it.each([
    // a verb whose object is the body, for the person named before it or `he`/`she`
    ['Andrew Cooke led Merseyside Police for five years.', ['AFFILIATED_WITH Andrew Cooke -> Merseyside Police']],
    ['Jane Smith has also headed the Serious Fraud Office since 2018.', ['AFFILIATED_WITH Jane Smith -> Serious Fraud Office']],
    ['Jane Smith spoke. She chairs the Police Federation.', ['AFFILIATED_WITH Jane Smith -> Police Federation']],
    [
      'Jane Smith spoke. She represents the Police Superintendents’ Association on the board.',
      ['AFFILIATED_WITH Jane Smith -> Police Superintendents’ Association'],
    ],
    ['Kent Police named a new chief. Jane Smith led the force in 2019.', ['AFFILIATED_WITH Jane Smith -> Kent Police']],
    // time spent in the body
    ['John Brown spent 20 years with West Midlands Police.', ['AFFILIATED_WITH John Brown -> West Midlands Police']],
    ['Jane Smith has spent more than 20 years at the Home Office.', ['AFFILIATED_WITH Jane Smith -> Home Office']],
    ['After 30 years with Kent Police, Jane Smith retired in 2020.', ['AFFILIATED_WITH Jane Smith -> Kent Police']],
    ['John Brown said Jane Smith spent two years with Kent Police.', ['AFFILIATED_WITH Jane Smith -> Kent Police']],
    // time in the body told by the perfect
    ['Darren Martland spoke. Darren has been with Cheshire Constabulary since 2017.', ['AFFILIATED_WITH Darren Martland -> Cheshire Constabulary']],
    ['Jane Smith has been with the Home Secretary all day.', []],
    // the body does not close the phrase: something of the body's is led
    ['Jane Smith led the Home Office review of policing.', []],
    ['Jane Smith led Kent Police officers into the building.', []],
    // a passive, or no person as the subject
    ['The review was led by the Home Office.', []],
    ['Jane Smith said the review, which Kent Police led, was welcome.', []],
    ['Kent Police led the National Crime Agency in the search.', []],
    // time not spent by the person: "in two years" is no career
    ['Jane Smith said crime fell in two years at Kent Police.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'career-wording')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Andrew Cooke is the new Chief Constable. Andrew led Merseyside Police for five years.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['career-wording']);
    expect(all.some((r) => r.startsWith('career-wording: '))).toBe(true);
    expect(off.some((r) => r.startsWith('career-wording: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('career-wording: '))));
  });
});
