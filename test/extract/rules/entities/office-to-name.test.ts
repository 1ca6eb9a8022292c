// Specification of the `office-to-name` entity rule: an office, `to` and a name are read apart,
// unless the office is one held to someone or something.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('office-to-name', () => {
  it.each([
    ['Papers were submitted by the Police and Crime Commissioner to Hampshire’s Police and Crime Panel.', ['Body Hampshire’s Police and Crime Panel']],
    ['The report went from the Chief Constable to the Independent Office for Police Conduct.', ['Body Independent Office for Police Conduct']],
    ['The Commissioner wrote to Staffordshire Police and Crime Panel.', ['Body Staffordshire Police and Crime Panel']],
    // a person after `to`, whatever the words before it
    ['Thanks to Mandy Williams for her help.', ['Person Mandy Williams']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    ['The Financial Secretary to the Treasury, Jesse Norman, spoke.'],
    ['He was Special Adviser to the Home Secretary for two years.'],
    ['The Police and Crime Commissioner spoke to local residents.'],
  ])('leaves an office held to someone, or no name after it, alone: %s', (text) => {
    expect(extractText(text).entities.filter((e) => e.typeRule === 'office-to-name')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'Papers were submitted by the Police and Crime Commissioner to Hampshire’s Police and Crime Panel.';
    expect(entitiesWithout(text, [])).toEqual(['office-to-name: Body Hampshire’s Police and Crime Panel']);
    expect(entitiesWithout(text, ['office-to-name'])).toEqual([]);
  });
});
