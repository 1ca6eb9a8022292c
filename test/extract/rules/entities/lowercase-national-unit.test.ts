// Specification of the `lowercase-national-unit` entity rule: `the national … unit` in lower case
// names one body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('lowercase-national-unit', () => {
  it.each([
    ['Officers of the SDS, the national public order intelligence unit and other forces were deployed.', ['Body national public order intelligence unit']],
    ['He led on the creation of the national police air service.', ['Body national police air service']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'lowercase-national-unit')).toEqual(expected);
  });

  it.each([
    // an office, and a phrase that a function word breaks, are no unit
    ['She is the national lead for the service.'],
    // a local unit is a kind
    ['Each force has a local policing unit.'],
    ['The national picture is improving across the service.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'lowercase-national-unit')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'He led on the creation of the national police air service.';
    expect(entitiesWithout(text, [])).toEqual(['lowercase-national-unit: Body national police air service']);
    expect(entitiesWithout(text, ['lowercase-national-unit'])).not.toContain('lowercase-national-unit: Body national police air service');
  });
});
