// Specification of the name families extraction recognises: legislation, programmes, bodies
// and people, on sentences of the corpus and sentences written in the same style.

import { describe, expect, it } from 'vitest';
import { extractText, names } from './extract-item.js';

describe('legislation: … Act 1968, … Bill, … (Amendment) Regulations 2012, Order, codes of practice', () => {
  it.each([
    ['Police forces administer licences (section 1 and 2 weapons as defined by the Firearms Act 1968).', ['Firearms Act 1968']],
    ['Under the proposals, changes to the Police (Conduct) Regulations 2012 would be made.', ['Police (Conduct) Regulations 2012']],
    ['The Serious Crime Bill was introduced in the House of Lords on 5 June.', ['Serious Crime Bill']],
    ['Damages have been paid through the provisions set out in the Riot (Damages) Act 1886.', ['Riot (Damages) Act 1886']],
    ['The proposals include abolishing the role of traffic warden under the Road Traffic Acts.', ['Road Traffic Acts']],
    ['The Misuse of Drugs Act 1971 (Amendment) Order 2014 brings khat under control.', ['Misuse of Drugs Act 1971 (Amendment) Order 2014']],
    ['Organisations must comply with the Surveillance Camera Code of Practice.', ['Surveillance Camera Code of Practice']],
    ['The Anti-social Behaviour, Crime and Policing Act 2014 received Royal Assent.', ['Anti-social Behaviour, Crime and Policing Act 2014']],
    ['The Offensive Weapons Bill will amend the Criminal Justice Act 1988.', ['Criminal Justice Act 1988', 'Offensive Weapons Bill']],
  ])('%s', (text, expected) => {
    expect(names(extractText(text), 'Act')).toEqual(expected);
  });

  it.each([
    ['Domestic Violence Protection Orders can be issued by the police.'],
    ['The consultation seeks views on a new Act for riot compensation.'],
    ['Officers issued £60 Penalty Notices for Disorder.'],
  ])('names no legislation in: %s', (text) => {
    expect(names(extractText(text), 'Act')).toEqual([]);
  });
});

describe('programmes: Programme, Fund, Scheme, Strategy, campaign, Academy, Partnership, Network, Initiative, Pathfinders, quoted titles', () => {
  it.each([
    ['As set out at the Spending Round, a Police Innovation Fund, worth up to £50 million, is being established.', ['Police Innovation Fund']],
    ['The Domestic Violence Disclosure Scheme will allow the police to disclose details.', ['Domestic Violence Disclosure Scheme']],
    ['The Blue Light programme will launch on 5th February 2015.', ['Blue Light programme']],
    ['In early December we will launch the ‘This is Abuse’ campaign.', ['This is Abuse']],
    ['The Government developed the Cyber Streetwise campaign to help people.', ['Cyber Streetwise']],
    ['The Cabinet Office and its partners developed the Commissioning Academy as a development programme.', ['Commissioning Academy']],
    ['The government has also set up the Child Abuse Image Database (CAID).', ['Child Abuse Image Database']],
    ['The Home Office is creating the new Cyber Crime Reduction Partnership.', ['Cyber Crime Reduction Partnership']],
    ['One of the projects highlighted was Cambridge Constabulary’s Programme Metis.', ['Programme Metis']],
    ['They heard from members of the WePROTECT initiative on progress.', ['WePROTECT initiative']],
    ['The Prevent duty came into effect for key bodies on 1 July.', ['Prevent duty']],
    ['The work on the Digital Pathfinders initiative has been progressing well.', ['Digital Pathfinders initiative']],
    ['Policing Minister Nick Hurd announced £20 million for the Serious Violence Fund.', ['Serious Violence Fund']],
    ['The Modern Slavery Police Transformation Programme has trained 5,000 officers.', ['Modern Slavery Police Transformation Programme']],
  ])('%s', (text, expected) => {
    expect(names(extractText(text), 'Programme')).toEqual(expected);
  });
});

describe('bodies: the domain lexicon and the shapes Council, Commission, Agency, Unit, Team, Foundation, Association, University of …, Constabulary, Police', () => {
  it.each([
    ['On 27 November, HM Inspectorate of Constabulary (HMIC) published its assessments.', ['HM Inspectorate of Constabulary']],
    [
      'Speakers included Carlene Firmin MBE, Head of the MsUnderstood Partnership at the University of Bedfordshire.',
      ['MsUnderstood Partnership', 'University of Bedfordshire'],
    ],
    [
      'The National Audit Office, the Public Accounts Committee, and the Home Affairs Select Committee have all recommended it.',
      ['Home Affairs Select Committee', 'National Audit Office', 'Public Accounts Committee'],
    ],
    [
      'Funding will also be provided to the Restorative Justice Council, Restorative Solutions and the Youth Justice Board.',
      ['Restorative Justice Council', 'Restorative Solutions', 'Youth Justice Board'],
    ],
    [
      'UK Border Force and Immigration Enforcement will be included and the National Crime Agency, Police Scotland and Police Service of Northern Ireland have been invited.',
      ['Immigration Enforcement', 'National Crime Agency', 'Police Scotland', 'Police Service of Northern Ireland', 'UK Border Force'],
    ],
    ['You can contact the 24 hour Immigration Command and Control Unit on 0161 261 1640.', ['Immigration Command and Control Unit']],
    ['In its first year the Police Central e-Crime unit has prevented £538 million of harm.', ['Police Central e-Crime unit']],
    ['The Drugs and Alcohol team have been working with Crimestoppers on a campaign.', ['Crimestoppers', 'Drugs and Alcohol team']],
    [
      'The guidance was developed by the Security Systems & Alarms Inspection Board and National Security Inspectorate.',
      ['National Security Inspectorate', 'Security Systems & Alarms Inspection Board'],
    ],
    ['Chief Constable Sara Thornton, chair of the National Police Chiefs’ Council (NPCC), welcomed it.', ['National Police Chiefs’ Council']],
    [
      'Officers from Avon and Somerset Constabulary, Kent Police and Police Scotland attended.',
      ['Avon and Somerset Constabulary', 'Kent Police', 'Police Scotland'],
    ],
    [
      'A new National Taskforce on Sexual Violence against Children and Vulnerable People has been established.',
      ['National Taskforce on Sexual Violence against Children and Vulnerable People'],
    ],
  ])('%s', (text, expected) => {
    expect(names(extractText(text), 'Body')).toEqual(expected);
  });

  it.each([
    ['The police must improve trust, and local authorities and police forces will help.'],
    ['The Home Secretary announced the review on 7 November.'],
    ['Further information will shortly be published on GOV.UK and police.uk.'],
    ['The Third Arab Forum on Asset Recovery met in Geneva.'],
  ])('names no body in: %s', (text) => {
    expect(names(extractText(text), 'Body')).toEqual([]);
  });
});

describe('people: without honorifics, post-nominals or possessives; with titles before them', () => {
  it.each([
    ['Speakers included Dame Clare Tickell (chair of the EIF) and Graham Allen MP.', ['Clare Tickell', 'Graham Allen']],
    ['Speakers included Carlene Firmin MBE, Head of the MsUnderstood Partnership.', ['Carlene Firmin']],
    ['Karen Bradley’s speech on Modern Slavery was well received.', ['Karen Bradley']],
    ['Security Minister James Brokenshire said the threat was growing.', ['James Brokenshire']],
    ['Merseyside Superintendent Rowley Moore talked about the programme.', ['Rowley Moore']],
    ['For further information contact Raza Hussain at the Home Office.', ['Raza Hussain']],
    ['The Home Secretary (Theresa May): Today I am publishing the response.', ['Theresa May']],
    ['The review was led by Frank Field MP, Maria Miller MP and Baroness Butler-Sloss.', ['Butler-Sloss', 'Frank Field', 'Maria Miller']],
  ])('%s', (text, expected) => {
    expect(names(extractText(text), 'Person')).toEqual(expected);
  });
});

describe('names whose first part runs up to a comma', () => {
  it.each([
    ['The Ministry of Housing, Communities and Local Government funds the programme.', 'Body', ['Ministry of Housing, Communities and Local Government']],
    ['The Department for Digital, Culture, Media and Sport published the strategy.', 'Body', ['Department for Digital, Culture, Media and Sport']],
    ['The Police, Crime, Sentencing and Courts Act 2022 extends the duty.', 'Act', ['Police, Crime, Sentencing and Courts Act 2022']],
  ])('%s', (text, type, expected) => {
    expect(names(extractText(text), type)).toEqual(expected);
  });
});

describe('names in the forms strategies and peers take', () => {
  it.each([
    ['The government has appointed Lord Carlile of Berriew to lead the review.', 'Person', ['Carlile of Berriew']],
    ['The Home Office has funded the Building a Stronger Britain Together programme.', 'Programme', ['Building a Stronger Britain Together programme']],
    ['Prevent is part of CONTEST, the counter-terrorism strategy.', 'Programme', ['CONTEST', 'Prevent']],
    ['Prepare for the worst, the guidance says.', 'Programme', []],
    ['Sara Khan, the Lead Commissioner for Countering Extremism, published a report.', 'Body', []],
  ])('%s', (text, type, expected) => {
    expect(names(extractText(text), type)).toEqual(expected);
  });
});

describe('legislation with a bracket of several words', () => {
  it('reads the Police (Complaints and Misconduct) Regulations 2020 whole', () => {
    expect(names(extractText('The Police (Complaints and Misconduct) Regulations 2020 introduced reflective practice.'), 'Act')).toEqual([
      'Police (Complaints and Misconduct) Regulations 2020',
    ]);
  });
});

describe('a name with no head word, typed by the noun set after it', () => {
  it.each([
    ['The NCA has launched Cyber Choices, a programme to steer young people away from cyber crime.', 'Programme', ['Cyber Choices']],
    ['Money went to Safer Streets Together, the local crime reduction scheme in Leeds.', 'Programme', ['Safer Streets Together']],
    ['Money went to Safer Streets Together, the local crime reduction partnership in Leeds.', 'Body', ['Safer Streets Together']],
    ['Grants went to Hope Street Works, a small charity in Bristol.', 'Body', ['Hope Street Works']],
  ])('%s', (text, type, expected) => {
    expect(names(extractText(text), type)).toEqual(expected);
  });

  it.each([
    ['Stephen Rimmer, the head of the unit, spoke.', 'Stephen Rimmer'],
    ['Jane Wells, a member of the council, spoke.', 'Jane Wells'],
    ['As set out at the Spending Round, a new Police Innovation Fund is being established.', 'Spending Round'],
  ])('does not type a name by a noun after `of` or by a second name: %s', (text, name) => {
    const x = extractText(text);
    expect([...names(x, 'Body'), ...names(x, 'Programme')]).not.toContain(name);
  });
});

describe('a name and its longer form that only adds a place or a year are one entity in the item', () => {
  it.each([
    ['The Policing Board met today. The Northern Ireland Policing Board oversees the police.', 'Body', ['Northern Ireland Policing Board'], 'Policing Board'],
    [
      'The Crime Survey for England and Wales was published. The Crime Survey shows a fall.',
      'Programme',
      ['Crime Survey for England and Wales'],
      'Crime Survey',
    ],
    ['Section 12 of the Police Act 1964 applies. Section 30 of the Police Act does not.', 'Act', ['Police Act 1964'], 'Police Act'],
  ] as [string, string, string[], string][])('%s', (text, type, expected, alias) => {
    const x = extractText(text);
    expect(names(x, type)).toEqual(expected);
    expect(x.entities.find((e) => e.name === expected[0])!.aliases).toContain(alias);
  });

  it('keeps two Acts of one short title apart when the short form could be either', () => {
    expect(names(extractText('The Police Act 1964 and the Police Act 1996 differ. The Police Act is old.'), 'Act')).toEqual([
      'Police Act',
      'Police Act 1964',
      'Police Act 1996',
    ]);
  });
});

describe('a body and the body named after it with `, the`', () => {
  it('is one body when the first is its acronym or a name no list knows (BCS, the Chartered Institute for IT)', () => {
    const x = extractText('BCS, the Chartered Institute for IT, said it would help.');
    expect(x.entities.filter((e) => e.type === 'Body').map((e) => [e.name, e.aliases])).toEqual([['Chartered Institute for IT', ['BCS']]]);
  });

  it('is two bodies when the lists know them as two (a list, not a description)', () => {
    expect(names(extractText('Organisations like Barnardo’s, the Children’s Society and NSPCC agreed.'), 'Body')).toEqual([
      'Barnardo',
      'Children’s Society',
      'NSPCC',
    ]);
    expect(names(extractText('Guidance came from the NPCC, the College of Policing and the Home Office.'), 'Body')).toEqual([
      'College of Policing',
      'Home Office',
      'NPCC',
    ]);
  });
});
