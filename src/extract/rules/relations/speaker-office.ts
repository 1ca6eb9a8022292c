// A speaker introduced by office, the name in brackets, as Hansard prints a minister's answer:
// "The Minister for Security, Counter-Terrorism, Crime and Policing (Mr. Vernon Coaker): We will …";
// "The Parliamentary Under-Secretary of State for the Home Department (Mr. Paul Goggins): …".
// The office opens the sentence and runs to the bracket; the bracket holds only the name (with
// its honorific) and closes with a colon (past a party's bracket, `(Con):`), or ends a heading line
// of its own. The whole office is the title: a minister's portfolio is the office; a department
// after a comma is the body it is held in ("The Minister of State, Home Office (Lord Hanson of Flint):"
// -> Minister of State, and the Home Office).

import { bracketAfter, wordOf } from '../../internal/words.js';
import { officeHeads } from '../../lexicon.js';
import { isEntity, slice } from './refs.js';
import type { PersonRule } from './rule.js';

/** Words that may stand inside an office besides capitalised ones. */
const connector = (w: string) => /^(of|for|the|and|to|on)$/.test(w);

export const speakerOfficeRule: PersonRule = {
  name: 'speaker-office',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words } = s;
    const start = person.mention?.extentFrom ?? person.from;
    const end = person.mention?.extentTo ?? person.to;
    // the bracket opens right before the name, or before its honorific
    let open = start;
    if (open > 0 && !bracketAfter(tokens[open - 1]!, tokens[open]) && /^(mr|mrs|ms|miss|dr|sir|dame|lord|baroness)$/.test(words[open - 1]!)) open--;
    if (open < 2 || !bracketAfter(tokens[open - 1]!, tokens[open])) return;
    const from = words[0] === 'the' ? 1 : 0;
    // the bracket closes with a colon, perhaps past a party's bracket ("(Lord Sharpe of Epsom) (Con):"),
    // or ends a heading line of its own ("THE MINISTER OF STATE, HOME OFFICE (LORD DERWENT)")
    const post = tokens[end]!.post;
    const next = tokens[end + 1];
    const party = /^\)\s*$/.test(post) && !!next && next.pre === '(' && /^\)\s*:/.test(next.post) && /^\p{Lu}/u.test(next.text);
    const heading = /^\)\s*(\n|$)/.test(post) && (end === tokens.length - 1 || /\n/.test(post));
    if (!/^\)\s*:/.test(post) && !party && !heading) return;
    const last = open - 1;
    if (last - from > 15 || last < from) return;
    const office = tokens.slice(from, last + 1).map(wordOf);
    if (!office.every((w, k) => /^[A-Z]/.test(w) || (k > 0 && connector(words[from + k]!)))) return;
    // the office's head: the word before its first of/for, or its last word
    const tail = office.findIndex((w) => /^(of|for)$/i.test(w));
    const head = tail > 0 ? office[tail - 1]! : office[office.length - 1]!;
    if (!officeHeads.has(head.toLowerCase()) && !officeHeads.has(head.split('-').pop()!.toLowerCase())) return;
    // "Minister of State, Home Office": the department after the comma is the body the office is held in
    const comma = tokens.findIndex((t, k) => k >= from && k < last && /^,\s*$/.test(t.post));
    const dept = comma > from ? s.refs.find((r) => r.from === comma + 1 && r.to === last && isEntity(r, 'Body')) : undefined;
    if (dept?.group) emit.holds(person.group, slice(s, from, comma), dept.group);
    else emit.holds(person.group, slice(s, from, last));
  },
};
