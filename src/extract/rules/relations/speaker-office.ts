// A speaker introduced by office, the name in brackets, as Hansard prints a minister's answer:
// "The Minister for Security, Counter-Terrorism, Crime and Policing (Mr. Vernon Coaker): We will …";
// "The Parliamentary Under-Secretary of State for the Home Department (Mr. Paul Goggins): …".
// The office opens the sentence and runs to the bracket; the bracket holds only the name (with
// its honorific) and closes with a colon. The whole office is the title: a minister's portfolio is
// the office.

import { bracketAfter, wordOf } from '../../internal/words.js';
import { officeHeads } from '../../lexicon.js';
import { slice } from './refs.js';
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
    if (!/^\)\s*:/.test(tokens[end]!.post)) return;
    const from = words[0] === 'the' ? 1 : 0;
    const last = open - 1;
    if (last - from > 15 || last < from) return;
    const office = tokens.slice(from, last + 1).map(wordOf);
    if (!office.every((w, k) => /^[A-Z]/.test(w) || (k > 0 && connector(words[from + k]!)))) return;
    // the office's head: the word before its first of/for, or its last word
    const tail = office.findIndex((w) => w === 'of' || w === 'for');
    const head = tail > 0 ? office[tail - 1]! : office[office.length - 1]!;
    if (!officeHeads.has(head.toLowerCase()) && !officeHeads.has(head.split('-').pop()!.toLowerCase())) return;
    emit.holds(person.group, slice(s, from, last));
  },
};
