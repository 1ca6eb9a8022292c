// Specification of the `publication-name` entity rule: Parliament's publications and registers name no entity.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('publication-name', () => {
  it.each([
    ["I refer the House to my entry in the Register of Members' Financial Interests.", []],
    ['My Lords, I declare my interests as set out in the Register of Lords’ Interests.', []],
    ['I refer to the House of Commons Hansard of 5 March.', ['Body House of Commons']],
    ['The Official Report records the Home Office reply.', ['Body Home Office']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([['The Register of Sex Offenders was set up by the Home Office.'], ['The Centre for Women’s Justice brought the case.']])(
    'reads other names as before: %s',
    (text) => {
      expect(entitiesWithout(text, ['publication-name'])).toEqual(entitiesWithout(text, []));
    },
  );

  it('is switched off alone', () => {
    const text = "I refer the House to my entry in the Register of Members' Financial Interests.";
    expect(entitiesWithout(text, [])).toEqual([]);
    expect(entitiesWithout(text, ['publication-name']).length).toBeGreaterThan(0);
  });
});
