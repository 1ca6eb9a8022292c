// The chairs of a committee as a list line heads them: "Chairs: †Mr George Howarth, Mr David
// Nuttall", "Chair: Sir Edward Leigh" (Hansard's Public Bill Committee sittings, committee
// reports). A line that opens with `Chair`/`Chairs`/`Co-Chairs` and a colon gives each person it
// names the office `Chair`. Only a line's opening word counts: `the Chair: …` later in prose, or
// `Chairs of the panels said`, give nothing.

import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

const CHAIRS = /^(chair|chairs|co-chair|co-chairs|chairman|chairmen|chairwoman|chairperson)$/;

export const chairsLineRule: SentenceRule = {
  name: 'chairs-line',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    if (tokens.length < 2 || !CHAIRS.test(words[0] ?? '') || !/^:/.test(tokens[0]!.post)) return;
    const seen = new Set<unknown>();
    for (const r of refs) {
      if (!isEntity(r, 'Person') || r.short || seen.has(r.group)) continue;
      seen.add(r.group);
      emit.relation('HOLDS_ROLE', r.group, 'Chair');
    }
  },
};
