// Specification of the `initials-name` entity rule: initials and a surname, as older Hansard writes names.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names, ruleEntities } from '../../extract-item.js';

describe('initials-name', () => {
  it.each([
    ['Signed: J. K. Smith', ['Person J. K. Smith']],
    ['Mr R A Butler replied.', ['Person R A Butler']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'initials-name')).toEqual(expected);
  });

  // with an honorific and full stops the name shapes read the initials too (an initial's full stop ends no name)
  it.each([
    ['§ Sir F. Bennett asked the Secretary of State how many officers there are.', ['F. Bennett']],
    ['Mr. R. A. Butler replied.', ['R. A. Butler']],
    ['Chief Constable J. Smith said so.', ['J. Smith']],
  ] as [string, string[]][])('names the person in: %s', (text, expected) => {
    expect(names(extractText(text), 'Person')).toEqual(expected);
  });

  it.each([['Plan B. The police agreed.'], ['Category A Prisons are secure.'], ['The J. Police Service met.'], ['Part 2 A. Review of powers.']])(
    'types nothing in: %s',
    (text) => {
      expect(ruleEntities(text, 'initials-name')).toEqual([]);
    },
  );

  it('is switched off alone', () => {
    const text = 'Signed: J. K. Smith';
    expect(entitiesWithout(text, [])).toContain('initials-name: Person J. K. Smith');
    expect(entitiesWithout(text, ['initials-name'])).not.toContain('initials-name: Person J. K. Smith');
  });
});
