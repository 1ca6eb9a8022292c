// Specification of the `titled-surname` entity rule: an honorific and a surname name a person, an honorific and an office do not.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('titled-surname', () => {
  it.each([
    ['Lord Farmer chaired the inquiry.', ['Person Farmer']],
    ['Mr. Straw asked the Secretary of State a question.', ['Person Straw']],
    // every rank of the peerage
    ['Viscount Bridgeman moved Amendment No. 135.', ['Person Bridgeman']],
    ['Countess Mountbatten asked a question.', ['Person Mountbatten']],
    // a surname with an inner capital
    ["The Chair welcomed members. Cllr O'Neill declared an interest.", ["Person O'Neill"]],
    ['Mr McCabe asked a question.', ['Person McCabe']],
    // a judge's style: honorific and `Justice`
    ['The inquiry is chaired by Lord Justice Pitchford, a judge of long experience.', ['Person Pitchford']],
    ['Mrs Justice Cutts passed sentence.', ['Person Cutts']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'titled-surname')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Mr Speaker called the next question.'],
    ['The Rt Hon the Lord Hanson of Flint spoke.'],
    ['The Lord Advocate, Dorothy Bain KC, said so.'],
    ['The Lord Provost opened the centre.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'titled-surname')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Lord Farmer chaired the inquiry.', []);
    const off = entitiesWithout('Lord Farmer chaired the inquiry.', ['titled-surname']);
    expect(all.some((x) => x.startsWith('titled-surname: '))).toBe(true);
    expect(off.some((x) => x.startsWith('titled-surname: '))).toBe(false);
    expect(entitiesWithout('Mr Speaker called the next question.', ['titled-surname'])).toEqual(entitiesWithout('Mr Speaker called the next question.', []));
  });
});
