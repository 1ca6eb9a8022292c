// Specification of the `listed-after-kind` entity rule: names listed after a plural noun of
// organisations (`organisations such as …`) are organisations.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names, ruleEntities } from '../../extract-item.js';

describe('listed-after-kind', () => {
  it.each([
    [
      'Organisations as varied as John Lewis & Partners, the English National Opera and Manchester Cathedral have enrolled.',
      ['Body English National Opera', 'Body John Lewis & Partners', 'Body Manchester Cathedral'],
    ],
    ['Charities such as Mind, Shelter and Safer Lives Now backed the plan.', ['Body Safer Lives Now']],
    ['Retailers including Asda and Tesco signed the charter.', ['Body Asda', 'Body Tesco']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'listed-after-kind')).toEqual(expected);
  });

  it.each([
    // no kind noun, or no names in the list
    ['Partners such as John Smith and Jane Doe spoke.'],
    ['Businesses such as banks and shops were hit.'],
    // generic services, and single common words
    ['Partner agencies including Social Services and Education attended.'],
    // one name is no list
    ['Charities such as Crisis backed the plan.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'listed-after-kind')).toEqual([]);
  });

  it('leaves a name another rule typed with its type', () => {
    expect(names(extractText('Forces including Kent Police, Essex Police and Surrey Police took part.'), 'Body')).toEqual([
      'Essex Police',
      'Kent Police',
      'Surrey Police',
    ]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'Retailers including Asda and Tesco signed the charter.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('listed-after-kind: '))).toBe(true);
    expect(entitiesWithout(text, ['listed-after-kind']).some((x) => x.startsWith('listed-after-kind: '))).toBe(false);
    const other = 'Businesses such as banks and shops were hit.';
    expect(entitiesWithout(other, ['listed-after-kind'])).toEqual(entitiesWithout(other, []));
  });
});
