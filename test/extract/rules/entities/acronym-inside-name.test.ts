// Specification of the `acronym-inside-name` entity rule: an acronym in brackets before a programme's or an Act's head is inside the name.

import { describe, expect, it } from 'vitest';
import { documentOf } from '../../extract-item.js';
import { extractor } from '../../../../src/extract/index.js';

const all = (text: string, disabledRules: string[] = []) =>
  extractor({ disabledRules })(documentOf([{ text }]))[0]!
    .entities.map((e) => `${e.type} ${[e.name, ...e.aliases].join(' | ')}`)
    .sort();

describe('acronym-inside-name', () => {
  it.each([
    [
      'The Violence Against Women and Girls (VAWG) Strategy was published.',
      ['Programme Violence Against Women and Girls (VAWG) Strategy | Violence Against Women and Girls Strategy'],
    ],
    [
      'Forces follow the Child Sexual Exploitation (CSE) Action Plan.',
      ['Programme Child Sexual Exploitation (CSE) Action Plan | Child Sexual Exploitation Action Plan'],
    ],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    // after a body's name the bracket defines the body's acronym
    [
      'The Office of the Commissioner for Public Appointments (OCPA) Code of Practice applies.',
      ['Act Code of Practice', 'Body Office of the Commissioner for Public Appointments | OCPA'],
    ],
    ['The National Crime Agency (NCA) said so.', ['Body National Crime Agency | NCA']],
    // a one-word bracket that is no acronym is read as before, and not dropped from any form
    ['The Police (Conduct) Regulations 2012 apply.', ['Act Police (Conduct) Regulations 2012']],
  ] as [string, string[]][])('leaves the bracket outside, or the name as it was: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    expect(all('The Violence Against Women and Girls (VAWG) Strategy was published.', ['acronym-inside-name'])).toEqual([]);
  });
});
