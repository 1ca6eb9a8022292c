// Specification of the `body-before-office` entity rule: an unknown name, then an organisation's
// office in lower case and a person: the name is an organisation's.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('body-before-office', () => {
  it.each([
    ['Voscur chief executive Sandra Meadows said so.', ['Body Voscur']],
    ['Voscur director Sam Jones said so.', ['Body Voscur']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'body-before-office')).toEqual(expected);
  });

  it.each([
    ['London director Jane Smith said so.'],
    ['Kent chief constable Tim Smith said so.'],
    ['Voscur, chief executive Sandra Meadows said.'],
    ['Voscur chief executive said so.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'body-before-office')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'Voscur chief executive Sandra Meadows said so.';
    expect(entitiesWithout(text, [])).toContain('body-before-office: Body Voscur');
    expect(entitiesWithout(text, ['body-before-office'])).not.toContain('body-before-office: Body Voscur');
  });
});
