// Specification of the `known-name` entity rule: a name the lexicon or a gazetteer knows, whole.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names, ruleEntities } from '../../extract-item.js';

describe('known-name', () => {
  it.each([
    // an area written with `and the` runs on to the known name's end
    [
      'More than £3 million has been secured by the Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight to help.',
      ['Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight'],
    ],
    // organisations proscribed under the Terrorism Act 2000 (gazetteers/proscribed-organisations.json)
    ['Two weekends ago in London, big protest, Palestine Action, hundreds of arrests.', ['Palestine Action']],
    ['It saw a role for HMI Probation in doing so.', ['HMI Probation']],
  ] as [string, string[]][])('names the body in: %s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it('names no House in a Bill’s printed title', () => {
    const x = extractText('The Police Bill [Lords] was debated in 1994.');
    expect(names(x, 'Act')).toEqual(['Police Bill']);
    expect(names(x, 'Body')).toEqual([]);
  });

  it.each([
    ['The National Crime Agency has arrested six people.', ['Body National Crime Agency']],
    ['Officers from the Independent Office for Police Conduct attended.', ['Body Independent Office for Police Conduct']],
    // an acronym written in mixed case, as the department writes it
    ['Cases were referred by HM Revenue and Customs, Defra and DWP.', ['Body Defra']],
    // the GOV.UK organisations list (gazetteers/govuk-organisations.json)
    ['The Civil Nuclear Police Authority oversees the constabulary.', ['Body Civil Nuclear Police Authority']],
    // think-tanks, unions and charities with no head word (gazetteers/civil-society.json)
    ['A report by Policy Exchange found that forces were stretched.', ['Body Policy Exchange']],
    ['Unison and the GMB balloted their members.', ['Body GMB', 'Body Unison']],
    ['The Prime Minister will chair COBR today.', ['Body COBR']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'known-name')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Prepare for the worst, officers were told.'],
    // a form of address in a debate, not the House
    ['My Lords, this Bill deals with knife crime.'],
    ['I thank noble Lords for their questions.'],
    // a known acronym used as a modifier
    ['After two false starts because of EU Exit, the summit met.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'known-name')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The National Crime Agency has arrested six people.', []);
    const off = entitiesWithout('The National Crime Agency has arrested six people.', ['known-name']);
    expect(all.some((x) => x.startsWith('known-name: '))).toBe(true);
    expect(off.some((x) => x.startsWith('known-name: '))).toBe(false);
    expect(entitiesWithout('Prepare for the worst, officers were told.', ['known-name'])).toEqual(
      entitiesWithout('Prepare for the worst, officers were told.', []),
    );
  });
});
