// An office written in the person's own name chunk: "Security Minister James Brokenshire",
// "Merseyside Superintendent Rowley Moore" (the place names the force), "Chief Executive of the
// College of Policing Andy Marsh" (the office names its body).

import { groupOfMention, officesIn, titleInName, wordBefore } from './refs.js';
import { forcePlaces } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import type { PersonRule } from './rule.js';

export const titleInNameRule: PersonRule = {
  name: 'title-in-name',
  scope: 'person',
  apply(s, person, _i, emit) {
    const title = titleInName(s, person);
    if (!title) return;
    s.holders.add(title);
    const m = person.mention;
    let force: Group | undefined;
    if (m?.placeForce) force = s.refs.find((r) => r.group?.lexicon === m.placeForce)?.group;
    if (title.mention?.roleOf !== undefined) force = groupOfMention(s, title.mention.roleOf);
    let role = title.role!;
    // "former Chief Constable for Dorset James Vaughan": a past office is written as past, the place aside
    if (s.words[title.from - 1] === 'former' && !/^former\b/i.test(role)) {
      const place = /\s+(?:of|for)\s+([A-Z][a-z]+)$/.exec(role);
      role = `former ${place && forcePlaces.has(place[1]!) ? role.slice(0, place.index) : role}`;
    }
    emit.holds(person.group, role, undefined, wordBefore(s, title.from));
    // the title as written is the role, even with an article in front; a "body" named by a title that
    // holds two offices is no employer ("Senior National Coordinator for CT Assistant Commissioner")
    if (force?.type === 'Body' && !(force.forms.includes(role) && officesIn(role).length > 1)) emit.relation('AFFILIATED_WITH', person.group, force, role);
  },
};
