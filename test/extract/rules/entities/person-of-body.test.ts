// Specification of the `person-of-body` entity rule: a person of a body, with the office before the name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('person-of-body', () => {
  it.each([
    ['Chief Constable Siân Thomas of Dyfed-Powys Police said it was good.', ['Person Siân Thomas']],
    ['Gavin Stephens of Surrey Police said so.', ['Person Gavin Stephens']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'person-of-body')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['The Chief Constable of Surrey Police said so.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'person-of-body')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Chief Constable Siân Thomas of Dyfed-Powys Police said it was good.', []);
    const off = entitiesWithout('Chief Constable Siân Thomas of Dyfed-Powys Police said it was good.', ['person-of-body']);
    expect(all.some((x) => x.startsWith('person-of-body: '))).toBe(true);
    expect(off.some((x) => x.startsWith('person-of-body: '))).toBe(false);
    expect(entitiesWithout('The Chief Constable of Surrey Police said so.', ['person-of-body'])).toEqual(
      entitiesWithout('The Chief Constable of Surrey Police said so.', []),
    );
  });
});
