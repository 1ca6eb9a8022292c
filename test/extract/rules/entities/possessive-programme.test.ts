// Specification of the `possessive-programme` entity rule: an office's possessive opens a programme's name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities, names, extractText } from '../../extract-item.js';

describe('possessive-programme', () => {
  it.each([
    ['• Commissioner’s Fund nominated for an award', ['Programme Commissioner’s Fund']],
    ['It is one of 410 projects supported by the Commissioner’s Fund.', ['Programme Commissioner’s Fund']],
    ['The Prime Minister’s Challenge Fund supports GP access.', ['Programme Prime Minister’s Challenge Fund']],
    ["The Police and Crime Commissioner's Community Fund awards grants.", ["Programme Police and Crime Commissioner's Community Fund"]],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'possessive-programme')).toEqual(expected);
  });

  it.each([
    // a body's possessive is the owner, outside the name
    ['The Home Office’s Police Innovation Fund opened.', ['Police Innovation Fund']],
    ['The Commissioner’s Office said it would respond.', []],
    // an office's possessive before no programme: the office and the name after it are read apart
    ["The Home Secretary's Police Federation 2014 speech was widely reported.", []],
  ] as [string, string[]][])('no programme opened by a possessive in: %s', (text, expected) => {
    expect(ruleEntities(text, 'possessive-programme')).toEqual([]);
    expect(names(extractText(text), 'Programme')).toEqual(expected);
  });

  it('reads a known name that opens with the possessive whole', () => {
    const x = extractText('The amount to be paid to the Greater London Authority for the Mayor’s Office for Policing and Crime is set.');
    expect(names(x, 'Body')).toEqual(['Greater London Authority', 'Mayor’s Office for Policing and Crime']);
  });

  it('keeps the office a title when no programme follows', () => {
    expect(
      extractText('The Commissioner’s Chief of Staff, Jane Smith, said it would respond.').relations.map((r) => `${r.type} ${r.source} -> ${r.target}`),
    ).toEqual(['HOLDS_ROLE Jane Smith -> Chief of Staff']);
  });

  it('is switched off alone', () => {
    const text = 'It is one of 410 projects supported by the Commissioner’s Fund.';
    expect(entitiesWithout(text, [])).toEqual(['possessive-programme: Programme Commissioner’s Fund']);
    expect(entitiesWithout(text, ['possessive-programme']).some((x) => x.includes('Commissioner’s Fund'))).toBe(false);
  });
});
