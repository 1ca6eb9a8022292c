// Specification of the `listed-with-places` entity rule: an unknown name listed with its place in brackets beside a person listed the same way is a person.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('listed-with-places', () => {
  it.each([
    [
      'Police and Crime Commissioners Matthew Ellis (Staffordshire), Jane Kennedy (Merseyside), and Tarquin Underhill (Dorset), who have led the work, said so.',
      ['Person Tarquin Underhill'],
    ],
    [
      'Commissioners Alun Ellis (Staffordshire), Bryn Kennedy (Merseyside) and Tarquin Underhill (Dorset) said so.',
      ['Person Alun Ellis', 'Person Tarquin Underhill'],
    ],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'listed-with-places')).toEqual(expected);
  });

  it.each([
    ['Teams from Avon Valley (Bristol) and Severn Vale (Gloucester) took part.'],
    ['Jane Kennedy (Merseyside) spoke to the Home Affairs Committee (HAC) on Tuesday.'],
    ['Jane Kennedy (Merseyside) said the Police Federation (England) would help.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'listed-with-places')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'Commissioners Alun Ellis (Staffordshire), Bryn Kennedy (Merseyside) and Tarquin Underhill (Dorset) said so.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('listed-with-places: '))).toBe(true);
    expect(entitiesWithout(text, ['listed-with-places']).some((x) => x.startsWith('listed-with-places: '))).toBe(false);
    const other = 'Jane Kennedy visited the Met.';
    expect(entitiesWithout(other, ['listed-with-places'])).toEqual(entitiesWithout(other, []));
  });
});
