// An office, then a surname alone: "Justice Minister Ford has submitted…", "President Zelensky",
// "Chief Constable Thornton". The general shape of running text that names an office-holder by
// title and surname. The last word must look like a surname (capitalised, not a word compromise
// knows as a verb, date or plain noun, not a place, head or known name), so a title-case
// heading (`Home Secretary Responds`) is not read as one.

import {
  innerConnectors,
  actHeads,
  bodyHeads,
  forceForPlace,
  lookupName,
  nonNameWords,
  commonWordsNeverNames,
  officesNotSurnames,
  programmeHeads,
  roleHeads,
  roleTitles,
} from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import { hasCommonWordEnding, isRoleWords, lower, spanText, words } from './name-parts.js';
import type { ChunkRule } from './rule.js';

/** compromise's tags that a surname may carry; any other (Verb, Date, Plural, Adjective, …) says it is a word. */
const SURNAME_TAGS = new Set(['Noun', 'Singular', 'ProperNoun', 'Person', 'LastName', 'Organization']);

export const officeThenSurnameRule: ChunkRule = {
  name: 'office-then-surname',
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, postRole, depth }) {
    if (depth > 0) return undefined;
    const t = ctx.tokens[to]!;
    const w = wordOf(t);
    if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) || lookupName(w) || forceForPlace(w) || t.tags.has('Place') || t.tags.has('FirstName')) return undefined;
    if (nonNameWords.has(w) || commonWordsNeverNames.has(w) || officesNotSurnames.has(w)) return undefined;
    if (roleHeads.has(lower(w)) || roleTitles.has(lower(w)) || bodyHeads.has(w) || programmeHeads.has(w) || actHeads.has(w)) return undefined;
    if (hasCommonWordEnding(w)) return undefined;
    if ([...t.tags].some((g) => !SURNAME_TAGS.has(g))) return undefined;
    // a plain noun (`Statement`, `Hope`) is a word unless compromise also knows it as a name
    if (t.tags.size > 0 && !t.tags.has('LastName') && !t.tags.has('Person') && !t.tags.has('ProperNoun')) return undefined;
    const roleWords = words(ctx, from, to - 1);
    // "Minister of State for Policing": after of/for the word is the office's field, not a surname
    if (roleWords.some((x) => innerConnectors.has(x)) || !isRoleWords(roleWords)) return undefined;
    return [
      { type: 'Role', from, to: to - 1, name: spanText(ctx, from, to - 1), holder: 1 },
      { type: 'Person', from: to, to, name: spanText(ctx, to, to), postNominalRole: postRole, extentFrom, extentTo },
    ];
  },
};
