// A list of people closed by the one body they all belong to, as staff lists, credits and
// signature blocks write it: "Senior Crown Prosecutor Jane Doe, Caseworker John Roe and Paralegal
// Ann Poe, CPS Wales"; "Jane Doe, John Roe, Ann Poe, Kent Police." Each person listed is affiliated
// with the body, with the title written in their name as the role. The body must follow the list's
// last comma and close the phrase (the sentence's or line's end, `;` or `)`), and
// the list must hold two people or more: one person beside a body is `name-from-body`'s reading,
// and a list that goes on past the body ("…, Kent Police and the NCA") names no one's employer.

import { isEntity, titleInName } from './refs.js';
import type { EntityRef, SentenceRule, SentenceView } from './rule.js';

/**
 * Whether the body ends the list: nothing, a stop, `;`, `)` or a line break after it. Not a speech
 * verb: in "named the victims as Jane Doe and John Roe, Kent Police said" the body is the speaker.
 */
function closesList(s: SentenceView, body: EntityRef): boolean {
  return s.words[body.to + 1] === undefined || /[.;)\n]/.test(s.tokens[body.to]!.post);
}

export const listedWithBodyRule: SentenceRule = {
  name: 'listed-with-body',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, refs } = s;
    for (const body of refs) {
      if (!isEntity(body, 'Body') || body.from < 1 || !/^\s*,\s*$/.test(tokens[body.from - 1]!.post) || !closesList(s, body)) continue;
      // walk back over the listed items, each ended by a separator: a person's name (with its own
      // title) ends the item; an item of capitalised words only is a name we could not read, and the
      // list goes on past it; anything else opens the list
      const listed: EntityRef[] = [];
      let end = body.from - 1;
      while (end >= 0) {
        let k = end;
        while (k > 0 && !/^\s*[,;]\s*$/.test(tokens[k - 1]!.post) && s.words[k - 1] !== 'and') k--;
        const person = refs.find((r) => isEntity(r, 'Person') && !r.short && (r.mention?.extentTo ?? r.to) === end) as EntityRef | undefined;
        if (person) listed.push(person);
        else if (!tokens.slice(k, end + 1).every((t) => /^[\p{Lu}(]/u.test(t.text) || /^(of|for|and|the)$/.test(t.text))) break;
        if (!person && listed.length === 0) break;
        // past the separator: "and" (after an optional comma) or the comma itself
        end = s.words[k - 1] === 'and' ? k - 2 : k - 1;
      }
      if (listed.length < 2) continue;
      for (const person of listed) {
        const title = titleInName(s, person);
        emit.relation('AFFILIATED_WITH', person.group, body.group, title?.role);
      }
    }
  },
};
