// Specification of the `gazetteer-net` entity rule: a known name written out in full is a
// mention wherever the other rules left it, unless a longer name or a person's name holds it.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, relations, ruleEntities } from '../../extract-item.js';

describe('gazetteer-net', () => {
  it.each([
    ['NATIONAL POLICE CHIEFS’ COUNCIL GUIDANCE ON STOP AND SEARCH', ['Body NATIONAL POLICE CHIEFS’ COUNCIL']],
    ['NATIONAL POLICE CHIEFS’ COUNCIL STATEMENT', ['Body NATIONAL POLICE CHIEFS’ COUNCIL']],
    // inside an office, after a nation
    ['Matt Jukes, Head of UK Counter Terrorism Policing, said so.', ['Body Counter Terrorism Policing']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'gazetteer-net')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // inside an office or a longer name: the longer name decides
    ['The West Yorkshire Police and Crime Commissioner said so.'],
    ['He chaired Durham Police Authority for ten years.'],
    ['A letter to the Metropolitan Police Commissioner was sent.'],
    // already named by another rule
    ['The College of Policing Ryton site will close.'],
    ['Officers from Warwickshire and West Mercia Police attended.'],
    // one word, or not written as a name
    ['Mind the gap, said the national police chiefs’ council.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'gazetteer-net')).toEqual([]);
  });

  it("makes the body that closes an office the office's body", () => {
    expect(relations(extractText('Matt Jukes, Head of UK Counter Terrorism Policing, said so.'), 'AFFILIATED_WITH')).toEqual([
      'Matt Jukes -> Counter Terrorism Policing (Head of UK Counter Terrorism Policing)',
    ]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'NATIONAL POLICE CHIEFS’ COUNCIL GUIDANCE ON STOP AND SEARCH';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('gazetteer-net: '))).toBe(true);
    expect(entitiesWithout(text, ['gazetteer-net']).some((x) => x.startsWith('gazetteer-net: '))).toBe(false);
    const other = 'He chaired Durham Police Authority for ten years.';
    expect(entitiesWithout(other, ['gazetteer-net'])).toEqual(entitiesWithout(other, []));
  });
});
