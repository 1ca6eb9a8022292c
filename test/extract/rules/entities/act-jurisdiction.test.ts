// Specification of the `act-jurisdiction` entity rule: an Act cited with its jurisdiction in
// brackets between its head and its year.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('act-jurisdiction', () => {
  it.each([
    ['The Justice Act (Northern Ireland) 2015 created the panel.', ['Act Justice Act (Northern Ireland) 2015']],
    ['Under the Police Act (Northern Ireland) 2003 the Board was set up.', ['Act Police Act (Northern Ireland) 2003']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'act-jurisdiction')).toEqual(expected);
  });

  it.each([['The Proceeds of Crime Act (POCA) 2002 applies.'], ['The Justice Act 2015 (Commencement) Order was made.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'act-jurisdiction')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'The Justice Act (Northern Ireland) 2015 created the panel.';
    expect(entitiesWithout(text, [])).toContain('act-jurisdiction: Act Justice Act (Northern Ireland) 2015');
    expect(entitiesWithout(text, ['act-jurisdiction'])).not.toContain('act-jurisdiction: Act Justice Act (Northern Ireland) 2015');
  });
});
