// Specification of the `office-then-surname` entity rule: an office, then a surname alone.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('office-then-surname', () => {
  it.each([
    ['Justice Minister Ford has submitted a paper.', ['Person Ford']],
    ['He thanked President Zelensky for coming.', ['Person Zelensky']],
    ['Chief Constable Thornton said so.', ['Person Thornton']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'office-then-surname')).toEqual(expected);
  });

  it.each([
    ['Home Secretary Responds to the report.'],
    ['The Home Secretary Statement was read.'],
    ['The Minister of State for Policing said so.'],
    ['Police Minister Today said so.'],
    ['The Home Secretary Kent visit was cancelled.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'office-then-surname')).toEqual([]);
  });

  it('is switched off alone', () => {
    expect(entitiesWithout('President Zelensky spoke.', [])).toContain('office-then-surname: Person Zelensky');
    expect(entitiesWithout('President Zelensky spoke.', ['office-then-surname'])).not.toContain('office-then-surname: Person Zelensky');
  });
});
