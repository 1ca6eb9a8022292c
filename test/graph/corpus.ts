// A small resolved corpus written by hand, shaped like two of the fixtures' items, for testing
// the graph stage without running extraction.

import type { Document } from '../../src/ingest/types.js';
import type { Entity, ResolvedCorpus } from '../../src/resolve/types.js';

const documents: Document[] = [
  {
    id: '002_ee3d19f2939ad4a4',
    source: '002_ee3d19f2939ad4a4.txt',
    title: 'Crime and policing news update: June 2014',
    published: '2014-06-26',
    format: 'text',
    encoding: 'utf-8',
    items: [
      { number: '2', title: 'Serious Crime Bill', text: 'The Serious Crime Bill … amending the Proceeds of Crime Act 2002 …', offset: 713 },
      {
        number: '3',
        title: 'Local action against serious and organised crime',
        text: 'On 14 July, Mike Barton (Chief Constable, Durham Constabulary) …',
        offset: 1782,
      },
    ],
  },
  {
    id: '003_13024b2ea9e40c59',
    source: '003_13024b2ea9e40c59.txt',
    title: 'Crime and Policing newsletter: March 2013',
    published: '2013-04-02',
    format: 'text',
    encoding: 'utf-8',
    items: [{ number: '0.4', title: 'National Crime Agency update', text: 'There are now just six months to go … Durham Constabulary …', offset: 4756 }],
  },
];

const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'type' | 'name' | 'mentions'>): Entity => ({
  aliases: [],
  mentionCount: e.mentions.reduce((n, m) => n + m.count, 0),
  ...e,
});

export function handMadeCorpus(): ResolvedCorpus {
  return {
    documents: structuredClone(documents),
    items: [],
    entities: [
      entity({
        id: 'person:mike-barton',
        type: 'Person',
        name: 'Mike Barton',
        mentions: [{ item: '002_ee3d19f2939ad4a4#3', count: 2, evidence: ['On 14 July, Mike Barton …'] }],
      }),
      entity({
        id: 'body:durham-constabulary',
        type: 'Body',
        name: 'Durham Constabulary',
        mentions: [
          { item: '002_ee3d19f2939ad4a4#3', count: 1, evidence: [] },
          { item: '003_13024b2ea9e40c59#0.4', count: 1, evidence: [] },
        ],
      }),
      entity({
        id: 'act:serious-crime-bill',
        type: 'Act',
        name: 'Serious Crime Bill',
        kind: 'Bill',
        mentions: [{ item: '002_ee3d19f2939ad4a4#2', count: 3, evidence: [] }],
      }),
      entity({
        id: 'act:proceeds-of-crime-act-2002',
        type: 'Act',
        name: 'Proceeds of Crime Act 2002',
        kind: 'Act',
        year: 2002,
        aliases: ['POCA'],
        mentions: [{ item: '002_ee3d19f2939ad4a4#2', count: 1, evidence: [] }],
      }),
      entity({
        id: 'body:national-crime-agency',
        type: 'Body',
        name: 'National Crime Agency',
        acronym: 'NCA',
        aliases: ['NCA'],
        mentions: [
          { item: '003_13024b2ea9e40c59#0.4', count: 4, evidence: [] },
          { item: '002_ee3d19f2939ad4a4#3', count: 1, evidence: [] },
        ],
      }),
    ],
    roles: [{ id: 'role:chief-constable', title: 'Chief Constable' }],
    relations: [
      {
        type: 'AFFILIATED_WITH',
        source: 'person:mike-barton',
        target: 'body:durham-constabulary',
        role: 'Chief Constable',
        items: ['002_ee3d19f2939ad4a4#3'],
        evidence: ['On 14 July, Mike Barton (Chief Constable, Durham Constabulary) …'],
      },
      {
        type: 'HOLDS_ROLE',
        source: 'person:mike-barton',
        target: 'role:chief-constable',
        items: ['002_ee3d19f2939ad4a4#3'],
        evidence: ['On 14 July, Mike Barton (Chief Constable, Durham Constabulary) …'],
      },
      {
        type: 'AMENDS',
        source: 'act:serious-crime-bill',
        target: 'act:proceeds-of-crime-act-2002',
        items: ['002_ee3d19f2939ad4a4#2'],
        evidence: ['amending the Proceeds of Crime Act 2002'],
      },
      // The same relation stated again elsewhere: one edge, items and evidence joined.
      {
        type: 'AMENDS',
        source: 'act:serious-crime-bill',
        target: 'act:proceeds-of-crime-act-2002',
        items: ['003_13024b2ea9e40c59#0.4'],
        evidence: ['another sentence'],
      },
      // An end that is not in the corpus: left out.
      { type: 'PART_OF', source: 'body:durham-constabulary', target: 'body:nowhere', items: [], evidence: [] },
    ],
    mergeLog: [{ rule: 'acronym-in-brackets', type: 'Body', into: 'National Crime Agency', name: 'NCA', item: '003_13024b2ea9e40c59#0.4' }],
  };
}
