// Specification of the `office-of-body` entity rule: an office of a body types the body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, ruleEntities } from '../../extract-item.js';

describe('office-of-body', () => {
  it.each([
    ['The Chief Executive of the Early Intervention Foundation spoke.', ['Body Early Intervention Foundation']],
    // one office noun before `of`, and an ombudsman named by its field (an institution, as a commissioner)
    ['Amanda Campbell, CEO of the Regional Fraud Team, said so.', ['Body Regional Fraud Team']],
    ['Amanda Campbell, CEO of the Furniture and Home Improvement Ombudsman, said so.', ['Body Furniture and Home Improvement Ombudsman']],
    // an organisation's office `of` a name with no head word names an organisation
    ['He will take up the position of Chief Executive of ChildFund Ireland.', ['Body ChildFund Ireland']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'office-of-body')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The new chief executive spoke.'],
    // a place, a field, or an office named whole is no organisation
    ['She was Chief Executive of Kent until 2019.'],
    ['He became Chief Executive of Greater Manchester in 2019.'],
    ['She is Director of Public Health for the county.'],
    ['He was Director of Operations at the time.'],
    ['She became Director of Public Prosecutions in 2018.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'office-of-body')).toEqual([]);
  });

  // an office is no entity, whatever head word it ends in
  it.each([
    ['The Chief of Police opened the meeting.', []],
    ['The Act provides for the appointment of a Commissioner and Deputy Commissioner.', []],
    ['He may require the Commissioner of Police of the Metropolis to report.', []],
    ['The Metropolitan Police Commissioner attended the hearing.', []],
    ['They secured the services of a former House of Lords Clerk.', []],
    ['The Northumbria Police Commissioner and the Home Office met.', ['Home Office']],
    // a longer office after a known body: the body is named, and the office is the body's
    ["National Police Chiefs' Council Lead for Finance, Chief Constable Dave Thompson said so.", ["National Police Chiefs' Council", 'Dave Thompson']],
    ['Work by the Home Office Chief Scientific Adviser, Professor Bernard Silverman, was published.', ['Home Office', 'Bernard Silverman']],
  ] as [string, string[]][])('names only the bodies in: %s', (text, bodies) => {
    expect(extractText(text).entities.map((e) => e.name)).toEqual(bodies);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The Chief Executive of the Early Intervention Foundation spoke.', []);
    const off = entitiesWithout('The Chief Executive of the Early Intervention Foundation spoke.', ['office-of-body']);
    expect(all.some((x) => x.startsWith('office-of-body: '))).toBe(true);
    expect(off.some((x) => x.startsWith('office-of-body: '))).toBe(false);
    expect(entitiesWithout('The new chief executive spoke.', ['office-of-body'])).toEqual(entitiesWithout('The new chief executive spoke.', []));
  });
});
