// An office written in the person's own name chunk: "Security Minister James Brokenshire",
// "Merseyside Superintendent Rowley Moore" (the place names the force), "Chief Executive of the
// College of Policing Andy Marsh" (the office names its body).

import { groupOfMention, isEntity, officesIn, titleInName, wordBefore } from './refs.js';
import { determiners, forcePlaces, officeHeads, roleAbbreviations, roleTitles, verbalWords } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import type { Group } from '../../internal/item-entities.js';
import type { PersonRule, SentenceView } from './rule.js';

/**
 * The office a lead's field opens before a titled name: "<Body> lead for Roads Policing Chief
 * Constable X" (the field's capitalised words were read into the name's title), "the NPCC lead for
 * knife crime Chief Constable X" (a lower-case field). `rank` is the title the name keeps, `office`
 * the lead's office with its field, `owner` the body written before it.
 */
function fieldOfOfficeBefore(s: SentenceView, from: number, role: string): { rank: string; office: string; owner?: Group } | undefined {
  const { tokens, words } = s;
  // the rank: the longest known title ending the written title; the words before it are the field
  const ws = role.split(/\s+/);
  let cut = 0;
  while (cut < ws.length - 1 && !roleTitles.has(ws.slice(cut).join(' ').toLowerCase()) && !(ws.slice(cut).join(' ') in roleAbbreviations)) cut++;
  if (!roleTitles.has(ws.slice(cut).join(' ').toLowerCase()) && !(ws.slice(cut).join(' ') in roleAbbreviations)) return undefined;
  const capitalField = ws.slice(0, cut);
  if (capitalField.some((w) => officeHeads.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w))) return undefined;
  // lower-case field words before the title, back to `for`/`on` after an office head
  let k = from - 1;
  while (
    k >= 0 &&
    from - k <= 5 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) &&
    !/^(for|on)$/.test(words[k]!) &&
    !officeHeads.has(words[k]!) &&
    !determiners.has(words[k]!)
  )
    k--;
  const lowerField = k + 1 < from ? s.cut(tokens[k + 1]!.start, tokens[from - 1]!.end) : '';
  if ((!lowerField && capitalField.length === 0) || k < 1 || !/^(for|on)$/.test(words[k]!) || !officeHeads.has(words[k - 1]!)) return undefined;
  if (tokens.slice(k - 1, from).some((t) => !/^\s+$/.test(t.post))) return undefined;
  // the office's own words: qualifiers in lower case before the head ("national policing lead")
  let start = k - 1;
  while (start > 0 && /^\p{Ll}+$/u.test(tokens[start - 1]!.text) && officeModifierOrField(words[start - 1]!) && /^\s+$/.test(tokens[start - 1]!.post)) start--;
  const owner = s.refs.find((r) => isEntity(r, 'Body') && r.to === start - 1 && (/^\s+$/.test(s.tokens[r.to]!.post) || isPossessive(s.tokens[r.to]!)));
  const office = [s.cut(tokens[start]!.start, tokens[k]!.end), lowerField, capitalField.join(' ')].filter(Boolean).join(' ');
  return { rank: ws.slice(cut).join(' '), office, owner: owner?.group };
}

/** Lower-case words that may qualify a lead before its head: "national", "policing", "force". */
const officeModifierOrField = (w: string) => !determiners.has(w) && !verbalWords.has(w) && !/^(of|for|on|in|at|to|and|or|by|with|said|says)$/.test(w);

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
    // "Hampshire Constabulary's Chief Constable Olivia Pinkney": a body's possessive right before the
    // office is the office's body
    if (!force && title.from >= 1 && isPossessive(s.tokens[title.from - 1]!)) {
      const owner = s.refs.find((r) => isEntity(r, 'Body') && r.to === title.from - 1);
      if (owner) force = owner.group;
    }
    let role = title.role!;
    // "NPCC lead for Roads Policing Chief Constable Jane Doe": a lead's field runs into the rank
    // written in the name; the field belongs to the office before it, the rank is the person's title
    const field = fieldOfOfficeBefore(s, title.from, role);
    if (field) {
      role = field.rank;
      emit.holds(person.group, field.office, field.owner);
    }
    // "former Chief Constable for Dorset James Vaughan": a past office is written as past, the place aside
    // (the core title drops the place)
    if (s.words[title.from - 1] === 'former' && !/^former\b/i.test(role)) role = `former ${role}`;
    // "Children's Minister Tim Loughton": a plural possessive right before the office is its field
    const plural = s.tokens[title.from - 1];
    if (
      !field &&
      plural &&
      // the apostrophe may be the token's or stand after it ("Victims’ Minister")
      (/^\s+$/.test(plural.post) || (/^['’]\s+$/.test(plural.post) && /^[A-Z][a-z]+s$/.test(plural.text))) &&
      (/^[A-Z][a-z]+s['’]?$/.test(plural.text) || /^(Children|Women|Men|People)['’]s$/.test(plural.text)) &&
      (/['’]$/.test(plural.text) || /^['’]/.test(plural.post) || /['’]s$/.test(plural.text)) &&
      !s.refs.some((r) => r.from <= title.from - 1 && r.to >= title.from - 1)
    )
      role = `${s.cut(plural.start, s.tokens[title.from]!.start).trimEnd()} ${role}`;
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
