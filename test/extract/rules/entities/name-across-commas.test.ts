// Specification of the `name-across-commas` entity rule: a name whose parts are joined by commas.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('name-across-commas', () => {
  it.each([
    ['The Anti-social Behaviour, Crime and Policing Act 2014 received Royal Assent.', ['Act Anti-social Behaviour, Crime and Policing Act 2014']],
    // a department's fields, up to the list's `and`, whether or not a list knows the name as written
    [
      'The Home Office and the Ministry for Communities, Housing and Local Government published it.',
      ['Body Ministry for Communities, Housing and Local Government'],
    ],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'name-across-commas')).toEqual(expect.arrayContaining(expected));
  });

  it.each([['The Police Act 1996 received Royal Assent.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'name-across-commas')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The Anti-social Behaviour, Crime and Policing Act 2014 received Royal Assent.', []);
    const off = entitiesWithout('The Anti-social Behaviour, Crime and Policing Act 2014 received Royal Assent.', ['name-across-commas']);
    expect(all.some((x) => x.startsWith('name-across-commas: '))).toBe(true);
    expect(off.some((x) => x.startsWith('name-across-commas: '))).toBe(false);
    expect(entitiesWithout('The Police Act 1996 received Royal Assent.', ['name-across-commas'])).toEqual(
      entitiesWithout('The Police Act 1996 received Royal Assent.', []),
    );
  });
});
