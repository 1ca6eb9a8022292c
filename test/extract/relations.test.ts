// Specification of the relations read from sentence structure: roles and affiliations from
// titles, brackets and apposition; LEADS from lead verbs; PART_OF; AMENDS. Each keeps its sentence.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { documentOf, extractText, relations } from './extract-item.js';

describe('people with titles, roles and affiliations', () => {
  it.each([
    ['Minister of State for Policing, Damian Green announced the fund.', 'HOLDS_ROLE', ['Damian Green -> Minister of State for Policing']],
    [
      'The Minister of State for Policing, Criminal Justice and Victims, Mike Penning is due to speak.',
      'HOLDS_ROLE',
      ['Mike Penning -> Minister of State for Policing, Criminal Justice and Victims'],
    ],
    [
      'On 14 July, Mike Barton (Chief Constable, Durham Constabulary) will be co-hosting a workshop.',
      'AFFILIATED_WITH',
      ['Mike Barton -> Durham Constabulary (Chief Constable)'],
    ],
    [
      'Speakers included Carey Oppenheim, the Chief Executive of the Early Intervention Foundation, on intervening early.',
      'AFFILIATED_WITH',
      ['Carey Oppenheim -> Early Intervention Foundation (Chief Executive)'],
    ],
    [
      'Merseyside Superintendent Rowley Moore talked about the scheme that Merseyside Police set up.',
      'AFFILIATED_WITH',
      ['Rowley Moore -> Merseyside Police (Superintendent)'],
    ],
    ['Security Minister James Brokenshire said: ‘We are committed.’', 'HOLDS_ROLE', ['James Brokenshire -> Security Minister']],
    [
      'Speakers included Andy Rhodes (deputy chief constable of Lancashire Constabulary).',
      'AFFILIATED_WITH',
      ['Andy Rhodes -> Lancashire Constabulary (deputy chief constable)'],
    ],
    [
      'You can find out more from the webchat, which featured ACC Gary Shewan, national policing lead for restorative justice.',
      'HOLDS_ROLE',
      ['Gary Shewan -> ACC', 'Gary Shewan -> national policing lead for restorative justice'],
    ],
    [
      'Witnesses, including Chief Constable Dave Thompson of West Midlands Police, described the change.',
      'AFFILIATED_WITH',
      ['Dave Thompson -> West Midlands Police (Chief Constable)'],
    ],
    [
      'The Taskforce on Child Sexual Exploitation, chaired by Stephen Rimmer, met for the first time.',
      'AFFILIATED_WITH',
      ['Stephen Rimmer -> Taskforce on Child Sexual Exploitation (chair)'],
    ],
    ['Kevin Hyland, the Independent Anti-Slavery Commissioner, welcomed the review.', 'HOLDS_ROLE', ['Kevin Hyland -> Independent Anti-Slavery Commissioner']],
    ['The Home Secretary announced a review of police pay.', 'HOLDS_ROLE', []],
    [
      "Chief Constable Simon Cole, who leads on mental health for the National Police Chiefs' Council (NPCC), welcomed it.",
      'AFFILIATED_WITH',
      ["Simon Cole -> National Police Chiefs' Council"],
    ],
    [
      "Chief Constable Simon Cole of Leicestershire Police, who leads on mental health for the National Police Chiefs' Council, welcomed it.",
      'AFFILIATED_WITH',
      ['Simon Cole -> Leicestershire Police (Chief Constable)', "Simon Cole -> National Police Chiefs' Council"],
    ],
    ['Jane Wells, who worked at the Serious Fraud Office for ten years, joins the board.', 'AFFILIATED_WITH', ['Jane Wells -> Serious Fraud Office']],
    ['Jane Wells, who spoke at the Home Office event, was thanked.', 'AFFILIATED_WITH', []],
    ['Jane Wells, who works with the National Crime Agency, spoke.', 'AFFILIATED_WITH', []],
  ])('%s', (text, type, expected) => {
    expect(relations(extractText(text), type)).toEqual(expected);
  });

  it('keeps the sentence that states the relation as evidence', () => {
    const x = extractText('The rules were welcomed. Security Minister James Brokenshire said so.');
    const r = x.relations.find((y) => y.type === 'HOLDS_ROLE')!;
    expect(r.evidence.sentence).toBe('Security Minister James Brokenshire said so.');
    expect(r.evidence.item).toBe('doc#1');
  });
});

describe('LEADS: a person or body runs, launched, developed, hosts or funds a programme', () => {
  it.each([
    [
      'The Early Intervention Foundation (EIF) launched its Academy for Police Leaders on 21 September.',
      ['Early Intervention Foundation -> Academy for Police Leaders'],
    ],
    ['The Cabinet Office and its partners developed the Commissioning Academy.', ['Cabinet Office -> Commissioning Academy']],
    ['One of the projects highlighted was Cambridge Constabulary’s Programme Metis.', ['Cambridge Constabulary -> Programme Metis']],
    ['IDIOM is a national IT system provided by the Home Office.', ['Home Office -> IDIOM']],
    ['The Serious Violence Fund is administered by the Home Office.', ['Home Office -> Serious Violence Fund']],
    ['He talked about the ‘Phoenix Leadership Programme’ that Merseyside Police set up.', ['Merseyside Police -> Phoenix Leadership Programme']],
    ['The Victim Care Fund is run by the charity Unseen and the Salvation Army.', ['Salvation Army -> Victim Care Fund', 'Unseen -> Victim Care Fund']],
    // the panel, not the Fund, is what Dame Anne Owers chairs
    ['The Fund is run by the Home Office and bids are assessed by a panel chaired by Dame Anne Owers.', ['Home Office -> Police Innovation Fund']],
  ])('%s', (text, expected) => {
    expect(relations(extractText(text, 'Police Innovation Fund'), 'LEADS')).toEqual(expected);
  });
});

describe("LEADS from funding a programme, or from a body's own programme after its", () => {
  it.each([
    ['The Ministry of Justice has announced £5 million for the Rape Support Fund.', ['Ministry of Justice -> Rape Support Fund']],
    ['The Home Office has committed £20 million to the Police Innovation Fund.', ['Home Office -> Police Innovation Fund']],
    ['HM Inspectorate of Constabulary (HMIC) has published its PEEL assessment of police efficiency.', ['HM Inspectorate of Constabulary -> PEEL']],
    ['The Home Office will publish its new Modern Slavery Strategy in the autumn.', ['Home Office -> Modern Slavery Strategy']],
    ['The NCA worked with the College of Policing on its Cyber Streetwise campaign.', []],
    // announcing without money is not funding, and the money must go to the programme
    ['The Home Office announced the Police Innovation Fund.', []],
    ['The Home Office announced £3 million of new money, and the Police Innovation Fund continues.', []],
  ])('%s', (text, expected) => {
    expect(relations(extractText(text), 'LEADS')).toEqual(expected);
  });
});

describe('PART_OF and AMENDS', () => {
  it.each([
    ['We want to go further through the creation of the National Cyber Crime Unit within the NCA.', 'PART_OF', ['National Cyber Crime Unit -> NCA']],
    [
      'The Prevent duty, introduced as part of the Counter Terrorism and Security Act 2015, came into effect.',
      'PART_OF',
      ['Prevent duty -> Counter Terrorism and Security Act 2015'],
    ],
    ['The Fund is a new funding stream through the Cabinet Office’s Centre for Social Action.', 'PART_OF', ['Centre for Social Action -> Cabinet Office']],
    [
      'The Committee recommends that the National Crime Agency (NCA) and its National Cyber Crime Unit receive funding.',
      'PART_OF',
      ['National Cyber Crime Unit -> National Crime Agency'],
    ],
    ['The Offensive Weapons Bill will amend the Criminal Justice Act 1988.', 'AMENDS', ['Offensive Weapons Bill -> Criminal Justice Act 1988']],
    [
      'The Policing and Crime Bill amends the Police Act 1996 and the Police Reform Act 2002.',
      'AMENDS',
      ['Policing and Crime Bill -> Police Act 1996', 'Policing and Crime Bill -> Police Reform Act 2002'],
    ],
    [
      'The Serious Crime Bill amends the Computer Misuse Act 1990, the Proceeds of Crime Act 2002 or the Children Act 1989.',
      'AMENDS',
      ['Serious Crime Bill -> Children Act 1989', 'Serious Crime Bill -> Computer Misuse Act 1990', 'Serious Crime Bill -> Proceeds of Crime Act 2002'],
    ],
    [
      'The Serious Crime Bill amends the Computer Misuse Act 1990 and was welcomed by the Home Office.',
      'AMENDS',
      ['Serious Crime Bill -> Computer Misuse Act 1990'],
    ],
    ['Further information can be seen on amendments to the Misuse of Drugs Act 1971.', 'AMENDS', []],
  ])('%s', (text, type, expected) => {
    expect(relations(extractText(text), type)).toEqual(expected);
  });

  it('reads AMENDS from bullets that continue a sentence about "the bill"', () => {
    const text =
      'The Serious Crime Bill was introduced in the Lords.\n\nIn particular, the bill includes measures to recover criminal assets by:\n\n  • amending the Proceeds of Crime Act 2002\n  • amending the Computer Misuse Act 1990 to ensure sentences reflect the damage';
    const x = extractDocument(documentOf([{ title: 'Serious Crime Bill', text }]))[0]!;
    expect(relations(x, 'AMENDS')).toEqual(['Serious Crime Bill -> Computer Misuse Act 1990', 'Serious Crime Bill -> Proceeds of Crime Act 2002']);
  });
});

describe('offices named with the body they belong to', () => {
  it.each([
    ['Metropolitan Police Commissioner Sir Mark Rowley said the force would change.', ['Mark Rowley -> Metropolitan Police (Commissioner)']],
    ["Victims' Commissioner Dame Vera Baird called for reform.", ["Vera Baird -> Victims' Commissioner (Victims' Commissioner)"]],
    ['Durham Constabulary Chief Constable Mike Barton will speak.', ['Mike Barton -> Durham Constabulary (Chief Constable)']],
  ])('%s', (text, expected) => {
    expect(relations(extractText(text), 'AFFILIATED_WITH')).toEqual(expected);
  });
});

describe('a programme announced before it is named', () => {
  it.each([
    [
      'The Cabinet Office has awarded Mind funding to develop a major new programme. Mind will support Time to Change action plans. The Blue Light programme will launch in February.',
      ['Cabinet Office -> Blue Light programme', 'Mind -> Blue Light programme'],
    ],
    [
      'The Home Office announced it will roll-out two initiatives to tackle abuse. The Domestic Violence Disclosure Scheme will allow the police to disclose details.',
      ['Home Office -> Domestic Violence Disclosure Scheme'],
    ],
    ['The Home Office launched a consultation on fees. The Police Innovation Fund will open in April.', []],
  ])('%s', (text, expected) => {
    expect(relations(extractText(text), 'LEADS')).toEqual(expected);
  });
});

describe('offices in the forms press releases use', () => {
  it.each([
    ['Police and Crime Commissioner for Essex, Roger Hirst, said the money was welcome.', 'HOLDS_ROLE', ['Roger Hirst -> Police and Crime Commissioner']],
    ['The Rt Hon Amber Rudd MP, Home Secretary, visited the Met.', 'HOLDS_ROLE', ['Amber Rudd -> Home Secretary', 'Amber Rudd -> MP']],
    [
      'Nick Hurd, Minister of State for Policing and the Fire Service, said the units would help.',
      'HOLDS_ROLE',
      ['Nick Hurd -> Minister of State for Policing and the Fire Service'],
    ],
    [
      'Lord Hogan-Howe, the former Commissioner of the Metropolitan Police Service, gave evidence.',
      'AFFILIATED_WITH',
      ['Hogan-Howe -> Metropolitan Police Service (former Commissioner)'],
    ],
  ])('%s', (text, type, expected) => {
    expect(relations(extractText(text), type)).toEqual(expected);
  });
});

describe('people of an organisation, and offices after a possessive body', () => {
  it.each([
    ['I pay tribute to Gavin Stephens of Surrey Police, who will succeed him.', 'AFFILIATED_WITH', ['Gavin Stephens -> Surrey Police']],
    ['The measures follow campaigning by Martin Lewis of MoneySavingExpert.', 'AFFILIATED_WITH', ['Martin Lewis -> MoneySavingExpert']],
    ['The report was written by Sarah Jones of London.', 'AFFILIATED_WITH', []],
    [
      "Finally, the College of Policing's new Chief Executive, Andy Marsh, will lead a review of training.",
      'AFFILIATED_WITH',
      ['Andy Marsh -> College of Policing (Chief Executive)'],
    ],
    ["Finally, the College of Policing's new Chief Executive, Andy Marsh, will lead a review of training.", 'HOLDS_ROLE', ['Andy Marsh -> Chief Executive']],
    ['Graeme Biggar, Director General of the National Economic Crime Centre, said the change would help.', 'HOLDS_ROLE', ['Graeme Biggar -> Director General']],
  ])('%s (%s)', (text, type, expected) => {
    expect(relations(extractText(text), type)).toEqual(expected);
  });
});

describe('offices introduced by its and whose', () => {
  it.each([
    [
      'The Independent Office for Police Conduct (IOPC) replaced the IPCC. Its Director General, Michael Lockwood, told us more.',
      ['Michael Lockwood -> Independent Office for Police Conduct (Director General)'],
    ],
    [
      'We heard from the Police Federation of England and Wales, whose National Chair, John Apter, warned about delays.',
      ['John Apter -> Police Federation of England and Wales (National Chair)'],
    ],
  ])('%s', (text, expected) => {
    expect(relations(extractText(text), 'AFFILIATED_WITH')).toEqual(expected);
  });
});
