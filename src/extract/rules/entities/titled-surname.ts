// "Baroness Butler-Sloss", "Lord Farmer", "Mr Marshall", "Cllr O’Neill": an honorific and a surname name a person;
// but not an office (`Mr Speaker`, `the Chancellor`) or a known name.

import { honorifics, lookupName, nonNameWords, officesNotSurnames, roleHeads, roleTitles } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';

/** A surname, inner capitals allowed: `Farmer`, `Butler-Sloss`, `O’Neill`, `McFall`, `MacLeod`. */
const SURNAME = /^(?:Mc|Mac|O['’]|D['’]|Fitz)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;

export const titledSurnameRule: ChunkRule = {
  name: 'titled-surname',
  words: 'one',
  apply(_ctx, { from, to, extentFrom, extentTo, marked, ws, text }) {
    const w = ws[0]!;
    if (!marked || from <= extentFrom || !SURNAME.test(w) || lookupName(w) || nonNameWords.has(w)) return undefined;
    // "The Rt Hon the Lord …": honorifics alone, cut from the name by `the`, name no one
    if (officesNotSurnames.has(w) || roleHeads.has(w.toLowerCase()) || roleTitles.has(w.toLowerCase()) || honorifics.has(w.toLowerCase())) return [];
    return [{ type: 'Person', from, to, name: text, extentFrom, extentTo }];
  },
};
