// An office in lower case, owned by `its`, a possessive or a body written before it, then a
// comma before the name: "Its chief executive, Ciaran Martin,"; "the NCSC's chief executive,
// Ciaran Martin,"; "National policing lead for child protection, Chief Constable Simon Bailey".

import { determiners, officeHeads, officeModifiers } from '../../lexicon.js';
import { breaksAfter, isPossessive } from '../../internal/words.js';
import { commaAfter, hasRoleWord, isEntity, slice } from './refs.js';
import { wordOf } from '../../internal/words.js';
import type { PersonRule } from './rule.js';

export const lowercaseTitleBeforeRule: PersonRule = {
  name: 'lowercase-title-before',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words, refs } = s;
    const st = person.mention?.extentFrom ?? person.from;
    if (st < 3 || !commaAfter(tokens[st - 1])) return;
    let k = st - 1;
    // a capitalised topic after a lower-case office and `for`: "National Police Chiefs' Council lead
    // for Child Protection, Deputy Chief Constable Ian Critchley" — the topic belongs to the office
    let t = k;
    while (t > 1 && st - t < 6 && /^[A-Z]/.test(tokens[t]!.text) && !breaksAfter(tokens[t - 1]!, tokens[t])) t--;
    if (t < k && words[t] === 'for' && /^[a-z]/.test(tokens[t - 1]!.text) && officeHeads.has(words[t - 1]!)) k = t;
    // lower-case words, and capitalised office words ("the Met's Commissioner, Sir Mark Rowley")
    const officeWord = (j: number) => /^[a-z]/.test(tokens[j]!.text) || officeHeads.has(words[j]!) || officeModifiers.has(words[j]!) || words[j] === 'general';
    while (k > 0 && st - k < 12 && officeWord(k) && !words[k]!.match(/^(its|the|their|his|her|a|an)$/) && !breaksAfter(tokens[k - 1]!, tokens[k])) k--;
    // stopped by a possessive that breaks the run: "the NCSC's chief executive" — the owner is the possessive
    if (k > 0 && officeWord(k) && !/^(its|the|their|his|her|a|an)$/.test(words[k]!) && isPossessive(tokens[k - 1]!)) k--;
    // "its new chief executive": the owner stays `its`, the title leaves out `new`
    let roleFrom = words[k + 1] === 'new' ? k + 2 : k + 1;
    let owner: string | undefined = words[k];
    // "National policing lead for child protection, …": the sentence's capital opens the title
    const opensSentence = k === 0 && /^[A-Z][a-z]+$/.test(tokens[0]!.text) && !determiners.has(words[0]!) && !refs.some((r) => r.from === 0);
    if (opensSentence) {
      roleFrom = 0;
      owner = undefined;
    }
    const roleWords = tokens.slice(roleFrom, st).map(wordOf);
    const possessed = k >= 0 && isPossessive(tokens[k]!) && refs.some((r) => isEntity(r, 'Body') && r.to === k);
    if (roleFrom > st - 1 || roleWords.length === 0 || !hasRoleWord(roleWords) || !(opensSentence || possessed || /^[a-z]/.test(roleWords[0]!))) return;
    // "the NCSC's chief executive", and a body written straight before the office: "National Police
    // Chiefs' Council lead for knife crime, Deputy Assistant Commissioner Graham McNulty"
    const byPossessive = refs.find((r) => isEntity(r, 'Body') && r.to === k && (isPossessive(tokens[k]!) || !breaksAfter(tokens[k]!, tokens[k + 1])));
    const body = owner === 'its' ? s.focus.body : byPossessive?.group;
    emit.holds(person.group, slice(s, roleFrom, st - 1), body);
  },
};
