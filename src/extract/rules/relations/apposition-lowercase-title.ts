// An office in lower case in apposition, with `of/at <body>` or ending the clause: "ACC Gary
// Shewan, national policing lead for restorative justice", "Andy Marsh, chief executive of the
// College of Policing", "Alex Marshall, CEO designate,"; not "Andy Marsh, will lead a review".

import { officeHeads, roleAbbreviations, verbalWords } from '../../lexicon.js';
import { breaksAfter, isPossessive, wordOf } from '../../internal/words.js';
import { closesAfter, officePhraseAt } from './office-phrase.js';
import { appositionAfter } from './apposition.js';
import { describedBody, isEntity, lower, refAt, slice } from './refs.js';
import type { PersonRule } from './rule.js';

const isAbbreviatedOffice = (w: string) => w in roleAbbreviations || (/^[A-Z]{2,4}$/.test(w) && officeHeads.has(lower(w)));

export const appositionLowercaseTitleRule: PersonRule = {
  name: 'apposition-lowercase-title',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens } = s;
    const app = appositionAfter(s, person);
    if (!app || app.next?.kind === 'role') return;
    const n = app.at;
    // "Andy Marsh, the College of Policing's chief executive,": a body's possessive before the office
    if (isEntity(app.next, 'Body') && isPossessive(tokens[app.next.to]!)) {
      const office = officePhraseAt(s, app.next.from);
      if (office && closesAfter(s, office.end)) emit.holds(person.group, office.role, office.body);
      return;
    }
    // "Alex Marshall, CEO designate,": an office's abbreviation may open it
    if (n >= tokens.length || !(/^[a-z]/.test(tokens[n]!.text) || isAbbreviatedOffice(wordOf(tokens[n]!)))) return;
    let e = n;
    while (e < tokens.length - 1 && e - n < 8 && (tokens[e]!.post === '-' || !breaksAfter(tokens[e]!, tokens[e + 1])) && /^[a-z]/.test(tokens[e + 1]!.text))
      e++;
    const ws = tokens.slice(n, e + 1).map(wordOf);
    const roleAt = ws.findIndex((w) => officeHeads.has(lower(w)) || isAbbreviatedOffice(w));
    // a verb before the head means no office is given
    const verbal = ws.slice(0, Math.max(roleAt, 0) + 1).some((w) => verbalWords.has(lower(w)));
    if (roleAt < 0 || roleAt > 3 || verbal) return;
    // "a detective inspector with Kent Police", "a spokesperson for Kent Police": `with`, and `for`
    // when a body follows it (not "lead for roads policing")
    const bodyAt = (k: number) => refAt(s, n + k + (ws[k + 1] === 'the' ? 2 : 1));
    const ofAt = ws.findIndex((w, k) => k > roleAt && (/^(of|at|with)$/.test(w) || (w === 'for' && isEntity(bodyAt(k), 'Body'))));
    let b = ofAt > 0 ? refAt(s, n + ofAt + (ws[ofAt + 1] === 'the' ? 2 : 1)) : undefined;
    // "head of the Home Office's Crime and Policing Group": the unit after the possessive
    if (isEntity(b, 'Body') && isPossessive(tokens[b.to]!)) {
      const unit = s.refs.find((r) => r.from === b!.to + 1);
      if (isEntity(unit, 'Body')) b = unit;
    }
    // "head of the CPS Special Crime Division": a known body cut short by the rest of a name is not the body
    const cutShort = isEntity(b, 'Body') && s.refs.some((r) => r.kind === 'blocker' && r.from === b.to + 1);
    if (isEntity(b, 'Body')) emit.holds(person.group, slice(s, n, n + ofAt - 1), cutShort ? undefined : b.group);
    // "head of the Organised Crime Unit at Kent Police": the unit's parent after `at`
    if (isEntity(b, 'Body') && !cutShort && s.words[b.to + 1] === 'at') {
      const parent = refAt(s, s.words[b.to + 2] === 'the' ? b.to + 3 : b.to + 2);
      if (isEntity(parent, 'Body') && parent.group !== b.group) emit.relation('PART_OF', b.group, parent.group);
    } else if (e + 1 >= tokens.length || breaksAfter(tokens[e]!, tokens[e + 1])) {
      // "the force's head of crime"; "chief constable of the force": the body a description stands for
      const described = ofAt > 0 && !isEntity(b, 'Body') ? describedBody(s, n + ofAt + 1) : undefined;
      if (described && described.to === e) emit.holds(person.group, slice(s, n, n + ofAt - 1), described.group);
      else emit.holds(person.group, slice(s, n, e), app.owner);
    }
  },
};
