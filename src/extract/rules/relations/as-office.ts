// An office given with `as` or `to be` after a person: "welcoming Gordon Meldrum … as the new
// director of the NCA"; "Alex Marshall … was chosen … to be the college's first chief executive
// officer". The person is the nearest one named before, with no other person between, or the
// person last named for `he`/`she` opening the sentence ("He also served as the deputy director-general
// of the National Crime Agency"). In a succession (`X succeeds Y as Z`, `X has taken over from Y as
// Z`) both held the office: the successor holds it too; `in the role of Z` is read like `as Z`. In a
// quote, `my role as Z` and `As Z, I …` are the speaker's, the person last named.

import type { Group } from '../../internal/item-entities.js';
import { breaksAfter } from '../../internal/words.js';
import { closesAfter, officePhraseAt } from './office-phrase.js';
import { coreTitle } from './core-title.js';
import { isEntity, lower, withCoordinated } from './refs.js';
import { allAcronyms, officeQualifiers, roleTitles } from '../../lexicon.js';
import type { EntityRef, SentenceRule } from './rule.js';
import { subjectOf } from './career.js';
import { speakerIn } from './speaker.js';

/** Acronyms of bodies the lexicon knows (`PSNI`), as against an office's own prefix (`HM`). */
const bodyAcronyms = new Set(allAcronyms);

export const asOfficeRule: SentenceRule = {
  name: 'as-office',
  scope: 'sentence',
  apply(s, emit) {
    const { words, refs, tokens } = s;
    for (let t = 0; t < words.length - 1; t++) {
      const to = words[t] === 'to' && /^(be|become)$/.test(words[t + 1]!);
      // "will take up the post of Chief Constable", "has taken on the role of …": the office named as a post
      // (one word may qualify the post: "take up the dual roles of …", "the interim role of …")
      const qualified = /^(the|a)$/.test(words[t - 3] ?? '') && /^[a-z-]+$/.test(tokens[t - 2]?.text ?? '') ? 1 : 0;
      const post =
        words[t] === 'of' &&
        /^(posts?|roles?|positions?|offices?|jobs?)$/.test(words[t - 1]!) &&
        /^(the|a)$/.test(words[t - 2 - qualified] ?? '') &&
        /^(up|on|into|to|in|assume|assumed|assumes|fill|filled|fills|hold|holds|held|holding|accepted|accept|accepts)$/.test(words[t - 3 - qualified] ?? '');
      if (words[t] !== 'as' && !to && !post) continue;
      let at = to ? t + 2 : t + 1;
      const prev = [...refs].reverse().find((r) => r.to < t && isEntity(r, 'Person'));
      // "He also served as …", "She previously worked as …": `he`/`she` opening the sentence is the person last named
      // "During that time he also served as …": the pronoun may follow an opening phrase, still the
      // subject of the clause that has `as`, with no name between
      const subject = words.slice(0, t).findIndex((w) => w === 'he' || w === 'she');
      const pronoun =
        !prev && subject >= 0 && subject <= 4 && t - subject <= (post ? 8 : 4) && s.focus.person && !refs.some((r) => r.to < t && r.kind === 'entity')
          ? s.focus.person
          : undefined;
      // "my role as Chair of the Local Criminal Justice Board", "As Chief Constable, I …": in a quote, the
      // speaker, the person last named
      // (in the sentence that tells of the speaker, or one after it that names no one before `as`)
      const said = speakerIn(refs, tokens);
      // `as` opening the sentence or the quote
      const opening = t === 0 || /[:“"‘]\s*$/.test(tokens[t - 1]!.post) || /[“"‘]/.test(tokens[t]!.pre);
      const mine =
        !pronoun && words[t] === 'as' && (opening || words.slice(Math.max(0, t - 3), t).includes('my'))
          ? (said ?? (!prev ? s.focus.speaker : undefined))
          : undefined;
      if (!pronoun && !mine && (!isEntity(prev, 'Person') || t - prev.to > 40)) continue;
      if (!mine && tokens.slice(prev?.to ?? 0, t).some((x) => /[;:]/.test(x.post))) continue;
      const holder = (pronoun ?? mine ?? prev!.group) as Group;
      // "Jane Smith succeeds John Brown as Chief Constable", "X has taken over from Y as …": both held the office, the successor now
      let successor: Group | undefined;
      if (!pronoun && prev) {
        let j = (prev.mention?.extentFrom ?? prev.from) - 1;
        while (j > 0 && /^\p{Lu}/u.test(tokens[j]!.text) && !/[,;:]/.test(tokens[j]!.post)) j--;
        const succession =
          /^(succeeds|succeeded|succeed|succeeding|replaces|replaced|replace|replacing)$/.test(words[j] ?? '') ||
          (words[j] === 'from' && words[j - 1] === 'over');
        if (succession) successor = subjectOf(s, words[j] === 'from' ? j - 2 : j);
        if (successor === holder) successor = undefined;
      }
      // "Kent Police has appointed Jane Doe as its new Chief Constable": `its` is the appointing body's
      let owner: Group | undefined;
      if (words[at] === 'its') {
        if (!prev) continue;
        const subject = [...refs].reverse().find((r) => r.to < prev.from && r.kind !== 'blocker');
        if (
          !isEntity(subject, 'Body') ||
          !/^(has|have|had|is|was)?\s*(appointed|named|chosen|selected|confirmed)$/.test(words.slice(subject.to + 1, prev.from).join(' '))
        )
          continue;
        owner = subject.group as Group;
        at++;
      }
      const office = officePhraseAt(s, at);
      // "served as Victims’ Commissioner": a statutory office named like a body is the title held
      if (!office) {
        let k = words[at] === 'the' ? at + 1 : at;
        while (officeQualifiers.has(words[k] ?? '')) k++;
        const named = refs.find((r) => r.from === k && r.kind !== 'blocker');
        if (isEntity(named, 'Body') && /\b(Commissioner|Regulator|Ombudsman)$/.test(named.mention?.name ?? '') && closesAfter(s, named.to))
          emit.relation('HOLDS_ROLE', holder, named.mention!.name);
        continue;
      }
      if (!(office.known || closesAfter(s, office.end))) continue;
      // "As Chief Constable, I …": the speaker only when `I` follows the opening phrase
      if (mine && opening && !(/,/.test(tokens[office.end]!.post) && tokens[office.end + 1]?.text === 'I')) continue;
      // "spoke as Her Majesty's Chief Inspector published the report": `as` opens a clause whose subject is the office
      const after = office.end + 1;
      // "as Chief Constable Smith wished": the office is the title of the name after it
      if (refs.some((r) => isEntity(r, 'Person') && r.from === after)) continue;
      if (words[after] && !breaksAfter(tokens[office.end]!, tokens[after]) && /^([a-z]+ed|has|had|was|is|will|would)$/.test(tokens[after]!.text)) continue;
      // "as new PSNI Chief Constable": the body's acronym in front names where, not the office
      const lead = /^([A-Z][A-Z0-9&]+)\s+(.+)$/.exec(office.role);
      const role = lead && bodyAcronyms.has(lead[1]!) && roleTitles.has(lower(lead[2]!)) && !roleTitles.has(lower(office.role)) ? lead[2]! : office.role;
      emit.holds(holder, role, office.body ?? owner);
      if (successor) emit.holds(successor, role, office.body ?? owner);
      // "the dual roles of Her Majesty's Inspector of Constabulary and Inspector of Fire & Rescue
      // Authorities": a second office joined by `and`, which closes the clause too
      if (words[office.end + 1] === 'and') {
        const second = officePhraseAt(s, office.end + 2);
        if (second && (second.known || closesAfter(s, second.end)) && !refs.some((r) => isEntity(r, 'Person') && r.from === second.end + 1))
          emit.holds(holder, second.role, second.body ?? owner);
      }
      // "as Chief Constable at Norfolk Constabulary and Police Scotland": the same office at each body
      // joined on, when the list closes the clause (not "… of the NCA and the Home Office said")
      const bodyRef = refs.find((r): r is EntityRef => isEntity(r, 'Body') && r.group === office.body && r.to === office.end);
      if (bodyRef) {
        const joined = withCoordinated(bodyRef, refs, words, 'Body');
        const last = joined[joined.length - 1]!;
        const next = words[last.to + 1];
        const closes =
          next === undefined || breaksAfter(tokens[last.to]!, tokens[last.to + 1]) || /^(in|since|until|from|for|between|before|after|during)$/.test(next);
        if (closes) for (const b of joined.slice(1)) emit.relation('AFFILIATED_WITH', holder, b.group, coreTitle(role).title);
      }
    }
  },
};
