// Specification of the `person-by-cue` entity rule: a person known by the words around the name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('person-by-cue', () => {
  it.each([
    ['Rowley Moore said the plan would work.', ['Person Rowley Moore']],
    ['The deaths of Harvey Evans, 15, and Kyrees Sullivan, 16, were investigated.', ['Person Kyrees Sullivan']],
    ['Hazel Blears: The Government are considering further categories of knife.', ['Person Hazel Blears']],
    ['Frank Field (Birkenhead) (Lab): What steps is the Home Office taking?', ['Person Frank Field']],
    ['Rowley Moore (Gedling): Will the Minister give way?', ['Person Rowley Moore']],
    ['The Minister for Policing, Rowley Moore, said so.', ['Person Rowley Moore']],
    ['The review is led by the right hon. Member for Birkenhead (Frank Field) and others.', ['Person Frank Field']],
    // a reporting verb before the name, the name closing its clause; an office in lower case after the comma
    ['“This is a great day,” said Temitope Okonkwo, director of the charity.', ['Person Temitope Okonkwo']],
    ['“This is a great day,” said Temitope Okonkwo.', ['Person Temitope Okonkwo']],
    ['Temitope Okonkwo, director of the charity, said it was great.', ['Person Temitope Okonkwo']],
    // a victim named after a crime's noun; a particle after two given names
    ['The murder of Breck Bednar, who was groomed online, was investigated.', ['Person Breck Bednar']],
    ['The death of Jean Charles de Menezes was a tragedy.', ['Person Jean Charles de Menezes']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'person-by-cue')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Greater Manchester said it would act.'],
    // a field's noun ends no person's name
    ['She has also been Chair of ACPO Intelligence Portfolio, and Vice-Chair of the board.'],
    ['The figures, said Thames Valley, were wrong.'],
    ['Northern Ireland, director of the review, agreed.'],
    // a place: a region from the places gazetteer, or a name ending in a place compromise knows
    ['Officers in Latin America said the trade had grown.'],
    ['Partners across South East Asia said they would help.'],
    ['Sierra Leone said it would sign the treaty.'],
    // a kind of legislation
    ['It was made by Statutory Instrument in 2010.'],
    // a field's noun ends no person's name
    ['Organised Crime said to be rising, the report found.'],
    ['Key Findings: The survey shows a fall in knife crime.'],
    ['Background Notes: The scheme opens in May.'],
    ['Key Findings (Summary): The survey shows a fall in knife crime.'],
    // a gerund opens a headline, not a name
    ['Breaking News: Home Secretary statement on Westminster attack'],
    // an office's field after `for`, and the list of fields that goes on after it
    ['Lucy Smith, national police lead for Protective Security, says the course helps.'],
    ['The Minister for Security, Counter-Terrorism, Crime and Policing (Mr. Vernon Coaker): We agree.'],
    // the chair of a debate speaks by office
    ['Mr Speaker: Order. I call the shadow Home Secretary.'],
    ['Madam Deputy Speaker (Dame Rosie Winterton): I call the Minister.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'person-by-cue')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('Rowley Moore said the plan would work.', []);
    const off = entitiesWithout('Rowley Moore said the plan would work.', ['person-by-cue']);
    expect(all.some((x) => x.startsWith('person-by-cue: '))).toBe(true);
    expect(off.some((x) => x.startsWith('person-by-cue: '))).toBe(false);
    expect(entitiesWithout('Greater Manchester said it would act.', ['person-by-cue'])).toEqual(entitiesWithout('Greater Manchester said it would act.', []));
  });
});
