// A person named by initials and a surname, as older Hansard and signatures write them: "Sir F.
// Bennett", "Mr. R. A. Butler", "J. K. Smith". Initials with full stops (or after an honorific)
// then one or two surname words; the surname is not a head word, an office or a known name.

import { bodyHeads, actHeads, lookupName, nonNameWords, programmeHeads, roleHeads } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const INITIALS_NAME = 'initials-name';

const SURNAME = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;

export const initialsNameRule: ChunkRule = {
  name: INITIALS_NAME,
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, marked, text }) {
    let k = from;
    let dotted = true;
    while (k < to && /^\p{Lu}$/u.test(ctx.tokens[k]!.text)) {
      if (!/^\./.test(ctx.tokens[k]!.post)) dotted = false;
      k++;
    }
    if (k === from || to - k > 1 || !(dotted || marked)) return undefined;
    for (let s = k; s <= to; s++) {
      const w = wordOf(ctx.tokens[s]!);
      if (
        !SURNAME.test(w) ||
        bodyHeads.has(w) ||
        actHeads.has(w) ||
        programmeHeads.has(w) ||
        roleHeads.has(w.toLowerCase()) ||
        nonNameWords.has(w) ||
        lookupName(w)
      )
        return undefined;
    }
    return [{ type: 'Person', from, to, name: text, extentFrom, extentTo }];
  },
};
