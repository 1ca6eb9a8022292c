// Specification of the `person-name` entity rule: a known first name (any Latin spelling) and a surname.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('person-name', () => {
  it.each([
    ['The minister Chloé Smith said the plan would work.', ['Person Chloé Smith']],
    ['Yesterday Sian Jones met officers.', ['Person Sian Jones']],
    // a surname that is also a place: the first name decides
    ['Yesterday Sarah Jordan met officers.', ['Person Sarah Jordan']],
    // given names of MPs that compromise lacks (first-names-parliament.json, Open Parliament Licence)
    ['Yesterday Kemi Badenoch met officers.', ['Person Kemi Badenoch']],
    ['Yesterday Tulip Siddiq met officers.', ['Person Tulip Siddiq']],
    // a name's particles between first name and surname (data/name-shapes.json nameParticles)
    ['He met Rhodri ap Gwilym yesterday.', ['Person Rhodri ap Gwilym']],
    ['Yesterday Mark van der Berg met officers.', ['Person Mark van der Berg']],
    // a place after `in` says where the person was
    ['The murder of Sarah Everard in London shocked the country.', ['Person Sarah Everard']],
    // a committee transcript's question number opens the turn, not the name
    ['Q46 Tim Loughton: Can I ask about vetting?', ['Person Tim Loughton']],
    // a tab parts the cells of a table flattened to lines
    ['Dr Rachel Tuffin\tCollege of Policing\tDirector', ['Person Rachel Tuffin']],
    // so does a run of spaces, as a table laid out in plain text aligns its columns
    ['Mark Rowley    Metropolitan Police Service    Commissioner', ['Person Mark Rowley']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'person-name')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['The Serious Crime Bill was introduced.'], ['London Councils welcomed it.'], ['He went to the Isle de France.']])(
    'types nothing in: %s',
    (text) => {
      expect(ruleEntities(text, 'person-name')).toEqual([]);
    },
  );

  it('names the person, not the chair addressed by office', () => {
    expect(ruleEntities('Mr Deputy Speaker (Mr Nigel Evans): Order.', 'person-name')).toEqual(['Person Nigel Evans']);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The minister Chloé Smith said the plan would work.', []);
    const off = entitiesWithout('The minister Chloé Smith said the plan would work.', ['person-name']);
    expect(all.some((x) => x.startsWith('person-name: '))).toBe(true);
    expect(off.some((x) => x.startsWith('person-name: '))).toBe(false);
    expect(entitiesWithout('The Serious Crime Bill was introduced.', ['person-name'])).toEqual(entitiesWithout('The Serious Crime Bill was introduced.', []));
  });
});
