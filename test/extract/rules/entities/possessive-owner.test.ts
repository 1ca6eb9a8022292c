// Specification of the `possessive-owner` entity rule: a known body's possessive before another name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names } from '../../extract-item.js';

describe('possessive-owner', () => {
  it.each([
    ['The Scottish Parliament’s Criminal Justice Committee heard evidence.', ['Criminal Justice Committee', 'Scottish Parliament']],
    ["The Northern Ireland Assembly's Justice Committee met.", ['Justice Committee', 'Northern Ireland Assembly']],
    ['The Mayor’s Office for Policing and Crime’s Violence Reduction Unit funded it.', ['Mayor’s Office for Policing and Crime', 'Violence Reduction Unit']],
    ["The Scottish Government's Violence Reduction Unit works in Glasgow.", ['Scottish Government', 'Violence Reduction Unit']],
  ] as [string, string[]][])('%s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it('reads the owner apart from a programme it owns', () => {
    const x = extractText('The Met’s Police Now recruitment scheme opened.');
    expect(names(x, 'Body')).toEqual(['Met']);
    expect(names(x, 'Programme')).toEqual(['Police Now']);
  });

  it.each([
    // a possessive inside a known name, or a plural noun's possessive opening one
    ['The Information Commissioner’s Office fined the firm.', ['Information Commissioner’s Office']],
    ['Women’s Aid welcomed the plan.', ['Women’s Aid']],
    ['The Children’s Commissioner for Wales spoke.', ['Children’s Commissioner for Wales']],
  ] as [string, string[]][])('keeps the name whole in: %s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it('is switched off alone', () => {
    const text = 'The Scottish Parliament’s Criminal Justice Committee heard evidence.';
    expect(entitiesWithout(text, [])).toContain('known-name: Body Criminal Justice Committee');
    expect(entitiesWithout(text, ['possessive-owner'])).not.toContain('known-name: Body Criminal Justice Committee');
  });
});
