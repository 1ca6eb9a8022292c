// Specification of resolution: acronyms defined anywhere, short forms within an item, case and
// punctuation variants, distinct entities sharing a short form, stable ids, the merge log.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { entityId, resolveCorpus, roleId, slug } from '../../src/resolve/index.js';
import { documentOf } from '../extract/extract-item.js';

function resolve(docs: { title?: string; text: string }[][]) {
  const documents = docs.map((items, i) => documentOf(items, `doc${i}`));
  return resolveCorpus(documents, documents.flatMap(extractDocument));
}

const entity = (c: ReturnType<typeof resolve>, name: string) => c.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('acronyms', () => {
  it('joins an acronym used alone to the name that defines it in another document', () => {
    const c = resolve([
      [{ text: 'The Association of Convenience Stores (ACS) has issued guidance.' }],
      [{ text: 'Retailers can read the new ACS guide to self-service checkouts.' }],
    ]);
    const acs = entity(c, 'Association of Convenience Stores')!;
    expect(acs.aliases).toContain('ACS');
    expect(acs.mentions.map((m) => m.item)).toEqual(['doc0#1', 'doc1#1']);
    expect(c.mergeLog).toContainEqual(expect.objectContaining({ rule: 'acronym-defined', into: 'Association of Convenience Stores', name: 'ACS' }));
  });

  it('joins a known acronym to its full name through the lexicon', () => {
    const c = resolve([[{ text: 'There are six months until the National Crime Agency goes live.' }, { text: 'The NCA will lead the national response.' }]]);
    const nca = c.entities.filter((e) => e.type === 'Body');
    expect(nca.map((e) => e.name)).toEqual(['National Crime Agency']);
    expect(nca[0]!.aliases).toContain('NCA');
  });
});

describe('short forms within an item', () => {
  it.each([
    ['The College of Policing has published its strategy. The College carried out the survey.', 'College of Policing', 'College'],
    ['A Police Innovation Fund is being established. The Fund will incentivise collaboration.', 'Police Innovation Fund', 'Fund'],
    ['The Surveillance Camera Commissioner has launched a tool. It was developed by the Commissioner.', 'Surveillance Camera Commissioner', 'Commissioner'],
    ['The Modern Slavery Bill was introduced. The bill will ensure tougher sentences.', 'Modern Slavery Bill', 'bill'],
    ['The Forensic Science Regulator has set standards. The Regulator has no statutory powers.', 'Forensic Science Regulator', 'Regulator'],
  ])('%s', (text, name, short) => {
    const c = resolve([[{ text }]]);
    expect(entity(c, name)!.aliases).toContain(short);
    expect(c.mergeLog).toContainEqual(expect.objectContaining({ rule: 'short-form', into: name, name: short }));
  });

  it('never joins two funds across items because both are called "the Fund"', () => {
    const c = resolve([
      [
        { text: 'A Police Innovation Fund is being established. The Fund will incentivise collaboration.' },
        { text: 'The Vulnerable and Disengaged Young People Fund has up to £2m. The Fund will focus on outcomes.' },
      ],
    ]);
    const funds = c.entities
      .filter((e) => e.type === 'Programme')
      .map((e) => e.name)
      .sort();
    expect(funds).toEqual(['Police Innovation Fund', 'Vulnerable and Disengaged Young People Fund']);
  });

  it('gives a short form to the nearest name before it when two could fit', () => {
    const c = resolve([
      [
        {
          text: 'The Police Innovation Fund opens in April. A £20 million Precursor Fund will be made available first. The Fund will support digital working.',
        },
      ],
    ]);
    expect(entity(c, 'Precursor Fund')!.aliases).toContain('Fund');
    expect(entity(c, 'Police Innovation Fund')!.aliases).not.toContain('Fund');
  });
});

describe('variants in case, punctuation and quotes', () => {
  it('joins names that differ only in case, quotes and plurals', () => {
    const c = resolve([
      [
        { text: 'The Serious and Organised Crime Strategy sets out four strands.' },
        { text: 'Workshops promote the serious and organised crime strategy locally.' },
      ],
      [{ text: 'November marks a milestone for the Emergency Services Mobile Communications Programme.' }],
      [{ text: 'The Emergency Services Mobile Communication Programme team received the tenders.' }],
    ]);
    const programmes = c.entities
      .filter((e) => e.type === 'Programme')
      .map((e) => e.name)
      .sort();
    expect(programmes).toEqual(['Emergency Services Mobile Communications Programme', 'Serious and Organised Crime Strategy']);
  });

  it('keeps distinct bodies apart even when one name is inside the other', () => {
    const c = resolve([[{ text: 'The guidance was developed by the Home Office Crime Prevention Panel with the Home Office.' }]]);
    expect(c.entities.map((e) => e.name).sort()).toEqual(['Home Office', 'Home Office Crime Prevention Panel']);
  });
});

describe('stable ids', () => {
  it.each([
    ['Body', 'College of Policing', 'body:college-of-policing'],
    ['Act', 'Police (Conduct) Regulations 2012', 'act:police-conduct-regulations-2012'],
    ['Programme', 'What’s your information story?', 'programme:whats-your-information-story'],
    ['Body', 'Security Systems & Alarms Inspection Board', 'body:security-systems-and-alarms-inspection-board'],
  ] as const)('%s %s → %s', (type, name, id) => {
    expect(entityId(type, name)).toBe(id);
  });

  it('derives role ids from the title', () => {
    expect(roleId('Minister of State for Policing, Criminal Justice and Victims')).toBe('role:minister-of-state-for-policing-criminal-justice-and-victims');
    expect(slug('  Home  Secretary ')).toBe('home-secretary');
  });

  it('gives the same ids and relations when the corpus is resolved twice', () => {
    const docs = [[{ text: 'Security Minister James Brokenshire announced the Cyber Crime Reduction Partnership, led by the Home Office.' }]];
    expect(JSON.stringify(resolve(docs))).toBe(JSON.stringify(resolve(docs)));
    const c = resolve(docs);
    expect(c.relations).toContainEqual(expect.objectContaining({ type: 'HOLDS_ROLE', source: 'person:james-brokenshire', target: 'role:security-minister' }));
    expect(c.roles).toEqual([{ id: 'role:security-minister', title: 'Security Minister' }]);
  });
});
