// Specification of the core title: the office the graph keeps, without the body written before it
// or the place it serves; a minister's portfolio and a lead's field stay.

import { describe, expect, it } from 'vitest';
import { coreTitle } from '../../../src/extract/rules/relations/core-title.js';
import { ruleRelations } from '../extract-item.js';

describe('core title', () => {
  it.each([
    ['Police and Crime Commissioner for Sussex', { title: 'Police and Crime Commissioner' }],
    ['Police and Crime Commissioner for Avon and Somerset', { title: 'Police and Crime Commissioner' }],
    ['Chief Constable of Kent', { title: 'Chief Constable' }],
    ['Lord Chancellor', { title: 'Lord Chancellor' }],
    ["National Police Chiefs' Council Lead for Race and Religion", { title: 'Lead for Race and Religion', bodyName: "National Police Chiefs' Council" }],
    ['NPCC Lead for Counter-terrorism', { title: 'Lead for Counter-terrorism', bodyName: 'NPCC' }],
    ['NPCC lead for roads policing', { title: 'lead for roads policing', bodyName: 'NPCC' }],
    // an MP's seat is the place served
    ['MP for Bristol West', { title: 'MP' }],
    ['Minister of State for Policing', { title: 'Minister of State for Policing' }],
    ['Secretary of State for Wales', { title: 'Secretary of State for Wales' }],
    ['Lead for Knife Crime', { title: 'Lead for Knife Crime' }],
    ['National Policing Lead for Roads Policing', { title: 'Lead for Roads Policing', written: 'National Policing Lead for Roads Policing' }],
    ['National Police Lead for Hate Crime', { title: 'Lead for Hate Crime', written: 'National Police Lead for Hate Crime' }],
    // a lower-case description is no written title: it stays whole
    ['national policing lead for restorative justice', { title: 'national policing lead for restorative justice' }],
    ['national lead for child abuse investigations', { title: 'lead for child abuse investigations', written: 'national lead for child abuse investigations' }],
    ['national police lead for Protective Security', { title: 'lead for Protective Security', written: 'national police lead for Protective Security' }],
    // a former office: the office is the core, the whole stays as written
    ['former Prime Minister', { title: 'Prime Minister', written: 'former Prime Minister' }],
    ['former NPCC Lead for Finance', { title: 'Lead for Finance', bodyName: 'NPCC', written: 'former Lead for Finance' }],
    ['former Chief Constable for Dorset', { title: 'Chief Constable', written: 'former Chief Constable' }],
    ['Chief Executive of Surrey Heath Borough Council', { title: 'Chief Executive of Surrey Heath Borough Council' }],
    // any county, region, city or area served (data/gazetteers/office-areas.json), and lists of them
    ['Chief Crown Prosecutor for Yorkshire and Humberside', { title: 'Chief Crown Prosecutor' }],
    ['Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly', { title: 'Police and Crime Commissioner' }],
    ['Chief Fire and Rescue Inspector for England', { title: 'Chief Fire and Rescue Inspector' }],
    ['Chief Executive of Oxfordshire County Council', { title: 'Chief Executive of Oxfordshire County Council' }],
    // a place's possessive before the office is the place served
    ['Staffordshire’s Police and Crime Commissioner', { title: 'Police and Crime Commissioner' }],
    ["the UK's Chief Medical Officer", { title: 'Chief Medical Officer' }],
    // not a person's or an unknown owner's
    ["Toronto's Chief of Police", { title: "Toronto's Chief of Police" }],
  ])('%s', (written, core) => {
    expect(coreTitle(written)).toEqual(core);
  });

  it('gives the body written before the office to the person, when the item names it', () => {
    const text = "The National Police Chiefs' Council met. NPCC Lead for Race and Religion, Commander Mak Chishty, said it was a tragedy.";
    expect(ruleRelations(text, 'title-before')).toEqual([
      "AFFILIATED_WITH Mak Chishty -> National Police Chiefs' Council (Lead for Race and Religion)",
      'HOLDS_ROLE Mak Chishty -> Lead for Race and Religion',
    ]);
  });

  it('keeps a national lead both as its core and as written', () => {
    const text = 'National Policing Lead for Roads Policing, Chief Constable Jane Doe, said it worked.';
    expect(ruleRelations(text, 'title-before')).toEqual([
      'HOLDS_ROLE Jane Doe -> Lead for Roads Policing',
      'HOLDS_ROLE Jane Doe -> National Policing Lead for Roads Policing',
    ]);
  });
});
