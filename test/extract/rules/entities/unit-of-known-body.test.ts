// Specification of the `unit-of-known-body` entity rule: a unit named with its known body after
// `of` is two names, the unit part of the body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, relations } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('unit-of-known-body', () => {
  it.each([
    ['The Professional Standards Department of the Metropolitan Police investigated.', ['Body Metropolitan Police', 'Body Professional Standards Department']],
    ['The Counter Terrorism Command of the Metropolitan Police Service arrested him.', ['Body Counter Terrorism Command', 'Body Metropolitan Police Service']],
    ['The Economic Crime Unit of Kent Police led the case.', ['Body Economic Crime Unit', 'Body Kent Police']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('makes the unit part of the body', () => {
    expect(relations(extractText('The Professional Standards Department of the Metropolitan Police investigated.'), 'PART_OF')).toEqual([
      'Professional Standards Department -> Metropolitan Police',
    ]);
  });

  it.each([['The Department of Health said so.'], ['The Department of the Home Office said so.'], ['The Serious Crime Unit of Oxfordshire was formed.']])(
    'leaves a name known whole, or no known body after `of`, to the other rules: %s',
    (text) => {
      expect(extractText(text).entities.filter((e) => e.typeRule === 'unit-of-known-body')).toEqual([]);
    },
  );

  it('is switched off alone', () => {
    const text = 'The Professional Standards Department of the Metropolitan Police investigated.';
    expect(entitiesWithout(text, [])).toEqual(['known-name: Body Metropolitan Police', 'unit-of-known-body: Body Professional Standards Department']);
    expect(entitiesWithout(text, ['unit-of-known-body'])).toEqual(['name-shape: Body Professional Standards Department of the Metropolitan Police']);
  });
});
