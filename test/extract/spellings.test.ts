// Specification of names as real text writes them: any Latin spelling, lower-case gov.uk style,
// possessives inside names, headings before names, and a surname after a title.

import { describe, expect, it } from 'vitest';
import { extractText, names } from './extract-item.js';

describe('names in every Latin spelling are found and typed like ASCII ones', () => {
  it.each([
    ['The minister Chloé Smith said the plan would work.', 'Person', ['Chloé Smith']],
    ['They met Zoë Billingham and José García and Seán O’Brien yesterday.', 'Person', ['José García', 'Seán O’Brien', 'Zoë Billingham']],
    ['Chief Constable Siân Thomas of Dyfed-Powys Police said it was good.', 'Person', ['Siân Thomas']],
    ['Chief Constable Siân Thomas of Dyfed-Powys Police said it was good.', 'Body', ['Dyfed-Powys Police']],
    ['Chief Constable Sara Thornton of Thames Valley Police said it was good.', 'Body', ['Thames Valley Police']],
    ['Renée Smith met Sian Jones yesterday.', 'Person', ['Renée Smith', 'Sian Jones']],
    ['CC Bill Skelly: despite a rise in crime, forces are committed.', 'Person', ['Bill Skelly']],
  ])('%s (%s)', (text, type, expected) => {
    expect(names(extractText(text), type)).toEqual(expected);
  });

  it('keeps precomposed and decomposed accents as one person', () => {
    const x = extractText('Renée Smith spoke first. Later Rene\u0301e Smith spoke again.');
    expect(x.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it.each([['The Serious Crime Bill was introduced in the Lords.'], ['London Councils welcomed the announcement.']])('names no person in: %s', (text) => {
    expect(names(extractText(text), 'Person')).toEqual([]);
  });
});

describe('bodies written in lower case, gov.uk style', () => {
  it.each([
    ['He became chief constable of Hampshire constabulary in 2008.', ['Hampshire constabulary']],
    ['He started his career in the metropolitan police in 1980.', ['metropolitan police']],
    ['The Home Affairs select committee published its report.', ['Home Affairs select committee']],
    ['Officers from Kent police attended.', ['Kent police']],
    ['The letter was signed by the Centre for Women’s Justice and others.', ['Centre for Women’s Justice']],
    ['Government agencies such as Her Majesty’s Revenue and Customs took part.', ['Her Majesty’s Revenue and Customs']],
    ['Figures from the National Police Chief’s Council show a fall.', ['National Police Chief’s Council']],
    ['Nick Price, head of the CPS Special Crime and Counter Terrorism Division, said so.', ['CPS', 'CPS Special Crime and Counter Terrorism Division']],
  ])('%s', (text, expected) => {
    expect(names(extractText(text), 'Body')).toEqual(expected);
  });

  it.each([['Youth justice is a priority for the police.'], ['Overview of the Committee’s activities in 2008-09']])('names no body in: %s', (text) => {
    expect(names(extractText(text), 'Body')).toEqual([]);
  });
});

describe('a heading before an Act is not part of its name', () => {
  it.each([
    ['Summary of the Modern Slavery Act 2015 Act', ['Modern Slavery Act 2015']],
    ['Summary of the Psychoactive Substances Act', ['Psychoactive Substances Act']],
  ])('%s', (text, expected) => {
    expect(names(extractText(text), 'Act')).toEqual(expected);
  });
});

describe('a title and a surname is the person named in full elsewhere in the item', () => {
  it('joins Mr Marshall to Alex Marshall', () => {
    const x = extractText('Alex Marshall was chosen. Mr Marshall started his career in 1980.');
    expect(names(x, 'Person')).toEqual(['Alex Marshall']);
  });

  it('joins a peer, by title and territorial designation, to the name in full', () => {
    const x = extractText('Nick Herbert (Lord Herbert of South Downs) is the new chair. Lord Herbert said he was honoured.');
    expect(names(x, 'Person')).toEqual(['Nick Herbert']);
    // with no name in full, the peer is named by title
    expect(names(extractText('Lord Taylor of Holbeach replied for the Government.'), 'Person')).toEqual(['Taylor of Holbeach']);
  });
});

describe('real-text wordings: offices around names, CPS areas, qualifiers before known names', () => {
  it.each([
    [
      'I have written to David Ford, the Northern Ireland Justice Minister and Kenny MacAskill, the Cabinet Secretary for Justice in Scotland.',
      'Person',
      ['David Ford', 'Kenny MacAskill'],
    ],
    ['Sarah Hammond, Chief Crown Prosecutor for CPS Mersey-Cheshire said so.', 'Body', ['CPS', 'CPS Mersey-Cheshire']],
    ['He was found guilty at Inner London Crown Court on 20 August.', 'Body', ['Inner London Crown Court']],
    ['The event is organised by the Mile End Group and Queen Mary’s School of Law.', 'Body', ['Mile End Group', 'Queen Mary’s School of Law']],
    ['Funding is invested by the West Yorkshire Police and Crime Commissioner and Office of PCC this year.', 'Body', ['Office of PCC']],
    ['Ministers are considering evidence as part of the Victims’ Bill consultation.', 'Act', ['Victims’ Bill']],
    ['The plan includes expanding the National County Lines Co-ordination centre.', 'Body', ['National County Lines Co-ordination centre']],
  ])('%s (%s)', (text, type, expected) => {
    expect(names(extractText(text), type)).toEqual(expected);
  });

  it('names no person for an office after an honorific, or a knight by first name beside the full name', () => {
    expect(names(extractText('Mr Speaker called the next question.'), 'Person')).toEqual([]);
    expect(names(extractText('Sir Tom Winsor retired. I applaud Sir Tom’s achievements.'), 'Person')).toEqual(['Tom Winsor']);
  });
});
