// Specification of the `name-shape` entity rule: the head word gives the type.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names, ruleEntities } from '../../extract-item.js';

describe('name-shape', () => {
  it.each([
    ['The Firearms Act 1968 applies.', ['Act Firearms Act 1968']],
    // `against the` inside an Act's title
    ['The Offences against the Person Act 1861 remains in force.', ['Act Offences against the Person Act 1861']],
    // a pledge run as a programme
    ["The Government's new Neighbourhood Policing Guarantee will put officers back on the beat.", ['Programme Neighbourhood Policing Guarantee']],
    // a plural's possessive inside an Act's title
    ["The Police and Magistrates' Courts Act 1994 reformed police authorities.", ["Act Police and Magistrates' Courts Act 1994"]],
    // `from` inside an Act's title; `on the` after a legislation head
    ['The Protection from Harassment Act 1997 was amended.', ['Act Protection from Harassment Act 1997']],
    [
      'We support the Protection from Sex-based Harassment in Public Bill of my right hon. Friend.',
      ['Act Protection from Sex-based Harassment in Public Bill'],
    ],
    ['The UN Convention on the Rights of the Child applies.', ['Act UN Convention on the Rights of the Child']],
    // one-word brackets one after another inside a statutory instrument's title
    ['The Police (Conduct) (Amendment) Regulations 2024 came into force.', ['Act Police (Conduct) (Amendment) Regulations 2024']],
    ['The Criminal Justice Act 2003 (Surcharge) (Amendment) Order 2022 was made.', ['Act Criminal Justice Act 2003 (Surcharge) (Amendment) Order 2022']],
    ['Officers from the Regional Fraud Team attended.', ['Body Regional Fraud Team']],
    ['Our friends at Police Care UK have released a study.', ['Body Police Care UK']],
    ['The Rail Ombudsman found fault.', ['Body Rail Ombudsman']],
    // a common word hyphened to the next is half of one word of the name, not a word before it
    ['The All-Party Parliamentary Group for Missing Children and Adults met.', ['Body All-Party Parliamentary Group for Missing Children and Adults']],
    // a date after `on`/`in` ends the name before it
    ['Cash was seized by the Organised Crime Partnership on April 14.', ['Programme Organised Crime Partnership']],
    // a church is an organisation
    ['A former ordained Church of England priest was found guilty.', ['Body Church of England']],
    // a bank is an organisation (a food or furniture bank, a company)
    ['He has regular work at the Stroud Furniture Bank near Stroud.', ['Body Stroud Furniture Bank']],
    // an office's possessive before a programme's head names one programme
    // a span of years closes a plan's name as a year does
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'name-shape')).toEqual(expect.arrayContaining(expected));
  });

  it('names a known programme opening a longer programme’s name once, as the longer name', () => {
    expect(names(extractText('The Integrated Offender Management Strategy was published.'), 'Programme')).toEqual(['Integrated Offender Management Strategy']);
  });

  it('runs on past `on the` and `from` only inside legislation titles', () => {
    const x = extractText('The work of the Home Office on the Digital Pathfinders initiative went well. Officers from Kent Police attended.');
    expect(names(x, 'Body')).toEqual(['Home Office', 'Kent Police']);
  });

  it('reads no name from a Roman numeral that numbers a part', () => {
    expect(extractText('Part I of the Bill includes a new parenting order.').entities).toEqual([]);
  });

  it('names no body inside an Act’s title', () => {
    const x = extractText('Section 1 of the Metropolitan Police Act 1829 gives the power.');
    expect(names(x, 'Act')).toEqual(['Metropolitan Police Act 1829']);
    expect(names(x, 'Body')).toEqual([]);
  });

  it('names each known body joined by `and` before the head', () => {
    const x = extractText('Cash was seized by the joint NCA and Met Police Organised Crime Partnership on April 14.');
    expect(names(x, 'Body')).toEqual(['Met Police', 'NCA']);
    expect(names(x, 'Programme')).toEqual(['NCA and Met Police Organised Crime Partnership']);
  });

  it.each([
    ['Domestic Violence Protection Orders can be issued by the police.'],
    // a place from the places gazetteer, whatever its last word
    ['Talks on the West Bank continued for a week.'],
    // a kind of legislation, not named legislation
    ['The Bill will become an Act of Parliament before the election.'],
    // an award's title
    ['The Fund was nominated for Police Service of the Year at the awards.'],
    // head words alone name no particular body; a programme's prefix before an office names the office's field
    ['The report was called Reforming the Police Force.'],
    ['She joined as Programme Manager in May.'],
    ['The Deputy Ombudsman found fault.'],
    ['The session was called “A Balancing Act” and looked at health.'],
    // an office written with `&`, or cut at the comma of "Police, Fire and Crime Commissioner", is still the office
    ['The choice falls to the Police & Crime Commissioner for Surrey.'],
    ['The Police, Fire and Crime Commissioner (PFCC) for Staffordshire is investing.'],
    // a body's name that no list knows, after an article or a count, names a kind, not one body
    ['Chief officers have called for a Royal Commission to review policing.'],
    ['£10,000 will go to each of Cheshire’s eight Local Policing Unit to support bids.'],
    ['The trust has been announced as the operator of the country’s first Secure School.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'name-shape')).toEqual([]);
  });

  it('leaves out a sentence-opening preposition or linking word: it starts no name', () => {
    expect(ruleEntities('Despite British Crime Survey statistics showing a fall, people worry.', 'name-shape')).toEqual(['Programme British Crime Survey']);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('The Firearms Act 1968 applies.', []);
    const off = entitiesWithout('The Firearms Act 1968 applies.', ['name-shape']);
    expect(all.some((x) => x.startsWith('name-shape: '))).toBe(true);
    expect(off.some((x) => x.startsWith('name-shape: '))).toBe(false);
    expect(entitiesWithout('Domestic Violence Protection Orders can be issued by the police.', ['name-shape'])).toEqual(
      entitiesWithout('Domestic Violence Protection Orders can be issued by the police.', []),
    );
  });
});
