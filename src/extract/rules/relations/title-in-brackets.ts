// An office in brackets after the name, with its body: "Mike Barton (Chief Constable, Durham
// Constabulary)", "Dame Clare Tickell (chair of the EIF)", "Alison Saunders (the current DPP)";
// in a list of names each with its office: "A (CEO of the College of Policing); B (Programme Manager)".

import { bracketAfter, wordOf } from '../../internal/words.js';
import { officeHeads } from '../../lexicon.js';
import { hasRoleWord, isEntity, portfolioEnd, slice } from './refs.js';
import type { PersonRule } from './rule.js';

export const titleInBracketsRule: PersonRule = {
  name: 'title-in-brackets',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words, refs } = s;
    const end = person.mention?.extentTo ?? person.to;
    if (!bracketAfter(tokens[end]!, tokens[end + 1])) return;
    let close = end + 1;
    while (close < tokens.length && !/\)/.test(tokens[close]!.post)) close++;
    if (close >= tokens.length || close - end > 16) return;
    // "(the current DPP)": a determiner or a word of time before the office is no part of it
    let roleFrom = end + 1;
    while (roleFrom < close && /^(the|a|an|current|then|new|newly-appointed|long-serving)$/.test(words[roleFrom]!)) roleFrom++;
    let roleEnd = roleFrom;
    while (roleEnd < close && !/,/.test(tokens[roleEnd]!.post) && !/^(of|at|for)$/.test(words[roleEnd + 1] ?? '')) roleEnd++;
    const roleWords = tokens.slice(roleFrom, roleEnd + 1).map(wordOf);
    // "(Programme Manager)", "(CEO of …)": any office head, capitalised as a title is
    if (!hasRoleWord(roleWords) && !roleWords.some((w) => /^[A-Z]/.test(w) && officeHeads.has(w.toLowerCase()))) return;
    const body = refs.find((r) => isEntity(r, 'Body') && r.from > roleEnd && r.to <= close)?.group;
    // "(Minister for Policing, Fire, Criminal Justice and Victims)": a minister's portfolio list is the office's
    const office = body ? undefined : refs.find((r) => r.kind === 'role' && r.from === roleFrom && r.to < close);
    const listEnd = office ? portfolioEnd(s, office) : undefined;
    if (listEnd !== undefined && listEnd <= close) roleEnd = listEnd;
    // "(Police and Crime Commissioner for Sussex)": with no body named, the office runs to the comma or bracket
    else if (!body && /^(of|at|for)$/.test(words[roleEnd + 1] ?? '')) {
      while (roleEnd < close && !/,/.test(tokens[roleEnd]!.post)) roleEnd++;
    }
    emit.holds(person.group, slice(s, roleFrom, roleEnd), body);
  },
};
