// An office written in the person's own name chunk: "Security Minister James Brokenshire",
// "Merseyside Superintendent Rowley Moore" (the place names the force), "Chief Executive of the
// College of Policing Andy Marsh" (the office names its body).

import { groupOfMention, isEntity, officesIn, titleInName, wordBefore } from './refs.js';
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
    // "National Police Chiefs' Council (NPCC) Chair Chief Constable Sara Thornton": the body, its
    // acronym in brackets, then the office — the brackets split the chunk, not the body from its office
    const acronym = s.tokens[title.from - 1];
    if (!force && acronym && /\(\s*$/.test(acronym.pre) && /^\)\s/.test(acronym.post) && /^[A-Z]{2,}$/.test(acronym.text)) {
      const body = s.refs.find((r) => isEntity(r, 'Body') && r.to === title.from - 2 && !/[,;:.()]/.test(s.tokens[r.to]!.post.replace(/\s+\($/, '')));
      const same = s.refs.find((r) => isEntity(r, 'Body') && r.from === title.from - 1 && r.to === title.from - 1);
      if (body && (!same || same.group === body.group)) force = body.group;
    }
    let role = title.role!;
    // "former Chief Constable for Dorset James Vaughan": a past office is written as past, the place aside
    // (the core title drops the place)
    if (s.words[title.from - 1] === 'former' && !/^former\b/i.test(role)) role = `former ${role}`;
    // "Children's Minister Tim Loughton": a plural possessive right before the office is its field
    const field = s.tokens[title.from - 1];
    if (
      field &&
      /^\s+$/.test(field.post) &&
      (/^[A-Z][a-z]+s['’]$/.test(field.text) || /^(Children|Women|Men|People)['’]s$/.test(field.text)) &&
      !s.refs.some((r) => r.from <= title.from - 1 && r.to >= title.from - 1)
    )
      role = `${field.text} ${role}`;
    // "Kent Police and Crime Commissioner Matthew Scott": a commissioner's office is named by its
    // force area, written in front ("West Yorkshire Police and Crime Commissioner")
    if (/^Police,? (Fire and )?(and )?Crime Commissioner$/i.test(role)) {
      for (const n of [2, 1]) {
        const from = title.from - n;
        if (from < 0 || s.tokens.slice(from, title.from).some((t) => !/^\s+$/.test(t.post))) continue;
        const place = s.cut(s.tokens[from]!.start, s.tokens[title.from - 1]!.end);
        if (forcePlaces.has(place)) {
          role = `${place} ${role}`;
          break;
        }
      }
    }
    emit.holds(person.group, role, undefined, wordBefore(s, title.from));
    // the title as written is the role, even with an article in front; a "body" named by a title that
    // holds two offices is no employer ("Senior National Coordinator for CT Assistant Commissioner")
    // with two offices ("Chair Chief Constable") the body's is the one written next to it
    const offices = officesIn(role);
    if (force?.type === 'Body' && !(force.forms.includes(role) && offices.length > 1))
      emit.relation('AFFILIATED_WITH', person.group, force, offices.length > 1 ? offices[0] : role);
  },
};
