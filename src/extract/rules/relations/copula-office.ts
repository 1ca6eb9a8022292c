// A person, or `he`/`she` for the person last named, then a copula and an office: "Commander
// Stephen Clayman is National Police Chiefs' Council knife crime lead"; "He became chief
// constable of Hampshire constabulary in 2008"; "Jane Smith is the Chief Executive of the NCA";
// "She was appointed chief executive of the College of Policing in 2019"; past the person's own
// `who` clause ("Jane Smith, who joined in 2019, is the Chief Constable"); a headline's bare
// participle ("Jane Smith appointed Chief Constable of Kent Police"). After `a`/`an`, a
// capitalised known office is held ("He is currently an HM Inspector", "She is a former Chief
// Constable of Kent Police"); a lower-case office or job word gives only the body it is held in
// ("He was a detective with Greater Manchester Police"): `a member`, `an officer` is a place in the body,
// not a title.

import { copulaVerbs, genericOffices } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { closesAfter, officePhraseAt } from './office-phrase.js';
import { isEntity } from './refs.js';
import type { Emit, SentenceRule, SentenceView } from './rule.js';

const COPULA_FIRST = new Set(copulaVerbs.map((c) => c[0]!));

export const copulaOfficeRule: SentenceRule = {
  name: 'copula-office',
  scope: 'sentence',
  apply(s, emit) {
    const { words, refs, focus } = s;
    for (let v = 1; v < words.length - 1; v++) {
      if (!COPULA_FIRST.has(words[v]!)) continue;
      const verb = copulaVerbs.find((c) => c.every((w, k) => words[v + k] === w));
      if (!verb) continue;
      const verbEnd = v + verb.length - 1;
      let person: Group | undefined;
      const before = refs.find((r) => r.kind !== 'blocker' && r.to === v - 1);
      // "Jane Smith, who joined in 2019, is the Chief Constable": past the person's own `who` clause
      // (whoever that clause names: "Jane Smith, who met John Brown, is …")
      const clause = /,/.test(s.tokens[v - 1]!.post) ? interposed(s, v) : undefined;
      if (clause) person = clause;
      else if (isEntity(before, 'Person')) person = before.group;
      // "He became …", "Mr Marshall is …": the person last named, when no one else is named before the verb
      else if (/^(he|she)$/.test(words[v - 1]!) && !refs.some((r) => r.to < v && isEntity(r, 'Person'))) person = focus.person;
      // "I am the Chief Constable of …": the writer or speaker, the person last named (a byline, "X said: “I am …”")
      else if (s.tokens[v - 1]?.text === 'I' && /^(am|was|have been|became)$/.test(verb.join(' ')) && !refs.some((r) => r.to < v && isEntity(r, 'Person')))
        person = focus.person;
      // "Jane Doe joined Kent Police in 1995 and became Chief Constable in 2020": the subject the
      // sentence opened with, when no other person is named before the joined verb
      else if (words[v - 1] === 'and') {
        const people = refs.filter((r) => r.to < v && isEntity(r, 'Person'));
        const subject = people[0];
        if (
          people.length === 1 &&
          subject &&
          (subject.mention?.extentFrom ?? subject.from) <= 1 &&
          !/[;:]/.test(s.cut(s.tokens[subject.to]!.end, s.tokens[v]!.start))
        )
          person = subject.group;
      }
      if (!person) continue;
      // "was previously …", "has been named as the next …"
      let at = verbEnd + 1;
      if (/^(also|previously|formerly|currently|still|already|then)$/.test(words[at] ?? '')) at++;
      if (words[at] === 'as' && /^(named|appointed|confirmed|elected)$/.test(words[verbEnd]!)) at++;
      if (/^(a|an)$/.test(words[at] ?? '')) {
        indefinite(s, person, at + 1, emit);
        continue;
      }
      const office = officePhraseAt(s, at);
      if (!office || !(office.known || closesAfter(s, office.end))) continue;
      emit.holds(person, office.role, office.body);
    }
  },
};

/** The office after `a`/`an` at token `at`: a known capitalised office, or a job in a body. */
function indefinite(s: SentenceView, person: Group, at: number, emit: Emit): void {
  const office = officePhraseAt(s, at);
  if (office?.known && /^\p{Lu}/u.test(office.role) && closesAfter(s, office.end)) {
    emit.holds(person, office.role, office.body);
    return;
  }
  if (office?.body && closesAfter(s, office.end)) {
    emit.relation('AFFILIATED_WITH', person, office.body, office.role);
    return;
  }
  // "a detective with Greater Manchester Police", "a police officer in the Met": lower-case words up to a job word
  let k = at;
  while (k < at + 4 && /^[a-z-]+$/.test(s.tokens[k]?.text ?? '') && !genericOffices.has(s.words[k]!)) k++;
  // `a member of` is member-wording's
  if (!genericOffices.has(s.words[k] ?? '') || /^members?$/.test(s.words[k]!) || !/^(with|at|in|for|of)$/.test(s.words[k + 1] ?? '')) return;
  const b = s.refs.find((r) => r.from === (s.words[k + 2] === 'the' ? k + 3 : k + 2) && r.kind !== 'blocker');
  if (isEntity(b, 'Body') && closesAfter(s, b.to)) emit.relation('AFFILIATED_WITH', person, b.group);
}

/** The person whose `who`/`whose` clause, set off by commas, ends right before the verb at `v`. */
function interposed(s: SentenceView, v: number): Group | undefined {
  for (let k = v - 2; k >= 1 && v - k <= 15; k--) {
    if (!/^(who|whose)$/.test(s.words[k]!)) continue;
    const p = s.refs.find((r) => r.kind !== 'blocker' && r.to === k - 1);
    if (!isEntity(p, 'Person') || !/^\s*,\s*$/.test(s.tokens[k - 1]!.post)) return undefined;
    // one clause: no other comma or break inside it
    if (s.tokens.slice(k, v - 1).some((t) => /[,;:()]/.test(t.post))) return undefined;
    return p.group;
  }
  return undefined;
}
