// Specification of `first-name`: a first name alone stands for the one person of the item named
// before in full with it (`Andrew Cooke …. Andrew led Merseyside Police …`), and every rule reads it
// as it reads the name. Switched off by its name like a rule.

import { describe, expect, it } from 'vitest';
import { relationsWithout } from '../../extract-item.js';

const found = (text: string, off: string[] = []) =>
  relationsWithout(text, off)
    .filter((r) => !r.startsWith('title-in-name') && !r.startsWith('apposition'))
    .map((r) => r.replace(/^[a-z-]+: /, ''));

describe('first-name', () => {
  it.each([
    ['Andrew Cooke is the candidate. Andrew led Merseyside Police for five years.', ['AFFILIATED_WITH Andrew Cooke -> Merseyside Police']],
    [
      'Sarah Crew is the candidate. Sarah was Deputy Chief Constable of Avon and Somerset Police.',
      ['AFFILIATED_WITH Sarah Crew -> Avon and Somerset Police (Deputy Chief Constable)', 'HOLDS_ROLE Sarah Crew -> Deputy Chief Constable'],
    ],
    // a first name that is also a verb, or used as a noun, stands for no one
    ['Will Kerr spoke. Will the Minister act as Chair of the Home Affairs Committee?', []],
    ['Grant Shapps spoke. Grant funding was led by the Home Office.', []],
    // two people of the item share the first name: neither is meant
    ['Sarah Crew and Sarah Jones spoke. Sarah was Deputy Chief Constable of Avon and Somerset Police.', []],
    // the first name opens another name, or no one was named in full before
    ['Andrew Cooke spoke. Andrew Smith led Merseyside Police for five years.', ['AFFILIATED_WITH Andrew Smith -> Merseyside Police']],
    ['Andrew led Merseyside Police for five years. Andrew Cooke spoke.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(found(text).sort()).toEqual(expected);
  });

  it('is switched off by its name: the first name is then no reference', () => {
    const text = 'Andrew Cooke is the candidate. Andrew led Merseyside Police for five years.';
    expect(found(text, ['first-name'])).toEqual([]);
  });
});
