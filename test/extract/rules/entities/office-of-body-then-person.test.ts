// Specification of the `office-of-body-then-person` entity rule: an organisation's office, `of/for`
// the organisation (no head word needed), then the person, in one run of capitals.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, relations, extractText, ruleEntities } from '../../extract-item.js';

describe('office-of-body-then-person', () => {
  it.each([
    ['The panel included CEO for Voscur Sandra Meadows and others.', ['Body Voscur', 'Person Sandra Meadows']],
    ['Founder of Brightsky Maria Lopez said so.', ['Body Brightsky', 'Person Maria Lopez']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'office-of-body-then-person')).toEqual(expected);
  });

  // the office of a known body before the name: the body stays its own mention (title-in-name's spec)
  it('reads the person after the office of a known body', () => {
    expect(ruleEntities('Chief Executive of the College of Policing Andy Marsh said so.', 'office-of-body-then-person')).toEqual(['Person Andy Marsh']);
  });

  it.each([
    ['Director of Public Prosecutions Max Hill said so.'],
    ['Director of Operations Jane Smith said so.'],
    ['Minister for Policing Chris Philp said so.'],
  ])('types no organisation in: %s', (text) => {
    expect(extractText(text).entities.filter((e) => e.type === 'Body')).toEqual([]);
  });

  it('gives the person the office in the organisation, and no earlier person in the list', () => {
    const x = extractText('The panel was PCC Mark Shelford, former Chief Constable James Vaughan, CEO for Voscur Sandra Meadows and others.');
    expect(relations(x, 'AFFILIATED_WITH')).toEqual(['Sandra Meadows -> Voscur (CEO)']);
  });

  it('is switched off alone', () => {
    const text = 'The panel included CEO for Voscur Sandra Meadows and others.';
    expect(entitiesWithout(text, [])).toContain('office-of-body-then-person: Body Voscur');
    expect(entitiesWithout(text, ['office-of-body-then-person'])).not.toContain('office-of-body-then-person: Body Voscur');
  });
});
