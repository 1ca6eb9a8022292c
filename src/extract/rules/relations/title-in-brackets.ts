// An office in brackets after the name, with its body: "Mike Barton (Chief Constable, Durham
// Constabulary)", "Dame Clare Tickell (chair of the EIF)".

import { bracketAfter, wordOf } from '../../internal/words.js';
import { hasRoleWord, isEntity, slice } from './refs.js';
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
    let roleEnd = end + 1;
    while (roleEnd < close && !/,/.test(tokens[roleEnd]!.post) && !/^(of|at|for)$/.test(words[roleEnd + 1] ?? '')) roleEnd++;
    const roleWords = tokens.slice(end + 1, roleEnd + 1).map(wordOf);
    if (!hasRoleWord(roleWords)) return;
    const body = refs.find((r) => isEntity(r, 'Body') && r.from > roleEnd && r.to <= close)?.group;
    // "(Police and Crime Commissioner for Sussex)": with no body named, the office runs to the comma or bracket
    if (!body && /^(of|at|for)$/.test(words[roleEnd + 1] ?? '')) {
      while (roleEnd < close && !/,/.test(tokens[roleEnd]!.post)) roleEnd++;
    }
    emit.holds(person.group, slice(s, end + 1, roleEnd), body);
  },
};
