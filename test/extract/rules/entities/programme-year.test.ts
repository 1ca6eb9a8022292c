// Specification of the `programme-year` entity rule: a plan's years are part of its name, and optional.

import { describe, expect, it } from 'vitest';
import { documentOf, extractText } from '../../extract-item.js';
import { extractor } from '../../../../src/extract/index.js';

const programmes = (text: string, disabledRules: string[] = []) =>
  extractor({ disabledRules })(documentOf([{ text }]))[0]!
    .entities.filter((e) => e.type === 'Programme')
    .map((e) => [e.name, ...e.aliases].join(' | '));

describe('programme-year', () => {
  it.each([
    ['The command focused on the priorities of the NCA Annual Plan 2020–2021.', ['NCA Annual Plan | NCA Annual Plan 2020–2021']],
    ['Forces follow the Police and Crime Plan 2021-24 closely.', ['Police and Crime Plan | Police and Crime Plan 2021-24']],
    ['The Community Safety Strategy 2019/20 was adopted.', ['Community Safety Strategy | Community Safety Strategy 2019/20']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(programmes(text)).toEqual(expected);
  });

  it.each([
    ['The Police Innovation Fund opened in 2020–2021.', ['Police Innovation Fund']],
    ['The Police Act 1996 applies.', []],
  ] as [string, string[]][])('adds no years that are not part of the name: %s', (text, expected) => {
    expect(programmes(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    const text = 'The command focused on the priorities of the NCA Annual Plan 2020–2021.';
    expect(programmes(text, ['programme-year'])).toEqual(['NCA Annual Plan']);
    expect(extractText('The Police Act 1996 applies.').entities).toHaveLength(1);
  });
});
