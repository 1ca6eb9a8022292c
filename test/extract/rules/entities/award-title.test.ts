// Specification of the `award-title` entity rule: an award names no programme or body.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('award-title', () => {
  it.each([
    ['• Commissioner’s Fund nominated for Police Service of the Year award', ['Programme Commissioner’s Fund']],
    ['Officers from across the country were nominated for the Police Bravery Awards.', []],
    ['She was named Special Constable of the Year in 2019.', []],
    ['He received the Queen’s Police Medal in the New Year Honours.', []],
    // a known name inside the award's name is still that name
    ['The National Police Chiefs’ Council Awards were held in London.', ['Body National Police Chiefs’ Council']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    ['The Police Innovation Fund awards grants to forces.', ['Programme Police Innovation Fund']],
    ['The Year of Culture Programme starts in May.', ['Programme Year of Culture Programme']],
  ] as [string, string[]][])('leaves a non-award alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('is switched off alone: the award is read by its head again', () => {
    const text = 'Officers were nominated for the Police Bravery Awards.';
    expect(entitiesWithout(text, [])).toEqual([]);
    expect(entitiesWithout(text, ['award-title'])).toEqual(['name-shape: Programme Police Bravery Awards']);
  });
});
