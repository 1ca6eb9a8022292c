// Specification of the `bill-becomes-act` merge: a Bill and the Act it became are one entity.

import { describe, expect, it } from 'vitest';
import { documentOf } from '../../extract-item.js';
import { extractor } from '../../../../src/extract/index.js';

const acts = (text: string, disabledRules: string[] = []) =>
  extractor({ disabledRules })(documentOf([{ text }]))[0]!
    .entities.filter((e) => e.type === 'Act')
    .map((e) => [e.name, ...e.aliases].join(' | '))
    .sort();

describe('bill-becomes-act', () => {
  it.each([
    [
      'The Crime and Courts Bill received Royal Assent. Measures come into force through the Crime and Courts Act.',
      ['Crime and Courts Act | Crime and Courts Bill'],
    ],
    ['The Modern Slavery Bill became the Modern Slavery Act 2015 in March.', ['Modern Slavery Act 2015 | Modern Slavery Bill']],
  ] as [string, string[]][])('one entity: %s', (text, expected) => {
    expect(acts(text)).toEqual(expected);
  });

  it.each([
    // Acts of one title in two years: which of them the Bill became is not said
    ['The Police Act 1964 and the Police Act 1996 differ from the Police Bill.', ['Police Act 1964', 'Police Act 1996', 'Police Bill']],
    ['The Policing and Crime Bill amends the Police Act 1996.', ['Police Act 1996', 'Policing and Crime Bill']],
  ] as [string, string[]][])('stays apart: %s', (text, expected) => {
    expect(acts(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    const text = 'The Crime and Courts Bill received Royal Assent. It comes into force through the Crime and Courts Act.';
    expect(acts(text, ['bill-becomes-act'])).toEqual(['Crime and Courts Act', 'Crime and Courts Bill']);
  });
});
