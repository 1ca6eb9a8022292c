// Specification of the `typing-noun` entity rule: a noun beside a name says what it is.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('typing-noun', () => {
  it.each([
    ['IDIOM is a national IT system used by forces.', ['Programme IDIOM']],
    ['The scheme is run by the charity Impetus.', ['Body Impetus']],
    // a noun of organisations or companies right before a longer name
    ['It was developed with retail giant Marks & Spencer last year.', ['Body Marks & Spencer']],
    ['It was set up by the charity Safer Lives Now in 2015.', ['Body Safer Lives Now']],
    // a description in apposition outweighs the head word; a plural's possessive stays inside the name
    ['It works with the Brighton Women’s Project, a charity which supports women.', ['Body Brighton Women’s Project']],
    // a noun of organisations after lower-case words, or opening the sentence, before a one-word name
    ['Separately, the think tank Reform said so.', ['Body Reform']],
    ['The think-tank Onward published a report.', ['Body Onward']],
    ['Campaign group Liberty has warned against it.', ['Body Liberty']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'typing-noun')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Stephen Rimmer, the head of the unit, spoke.'],
    ['Funded with the Research Council for Wales, the Fund will help forces.'],
    ['The Safer Streets Network which began in 2020 is growing.'],
    // a word that opens the sentence as an adverb or conjunction names nothing, whatever follows it
    ['Now, the association will not always agree with the government.'],
    ['Meanwhile, the charity has grown.'],
    ['Previously, the organisation was funded by the council.'],
    // the noun's possessive owns what the name is; a name that modifies a noun after it
    ["Kelly, the charity's founder, said so."],
    ['The Cabinet Office awarded the mental health charity Libor funding to develop it.'],
    // a form of address in a debate
    ['Baroness Doocey (LD): My Lords, the Metropolitan Police Service is in crisis.'],
    ['The Earl of Kinnoull (CB): My Lords, the European Affairs Committee reported.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'typing-noun')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('IDIOM is a national IT system used by forces.', []);
    const off = entitiesWithout('IDIOM is a national IT system used by forces.', ['typing-noun']);
    expect(all.some((x) => x.startsWith('typing-noun: '))).toBe(true);
    expect(off.some((x) => x.startsWith('typing-noun: '))).toBe(false);
    expect(entitiesWithout('Stephen Rimmer, the head of the unit, spoke.', ['typing-noun'])).toEqual(
      entitiesWithout('Stephen Rimmer, the head of the unit, spoke.', []),
    );
  });
});
