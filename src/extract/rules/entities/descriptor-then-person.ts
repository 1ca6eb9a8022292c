// Capitalised words that are no known name, then a person's name: "Independent Member Carolyn
// Dhanraj", "Lay Member Jo Smith", "Youth Commissioner Amir Khan". The general shape of a title
// we do not list written before a name; the name must be a known first name and a surname, and
// the words before it must name nothing we know (no body, place, head word or acronym), so a
// body's name before a person (`Thames Valley Police Sarah Crew`) is left to the other rules.

import { honorifics, actHeads, bodyHeads, forceForPlace, lookupName, nameParticles, nonNameWords, programmeHeads } from '../../lexicon.js';
import { isAcronym, wordOf } from '../../internal/words.js';
import { isPersonByItself, knownAt, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const descriptorThenPersonRule: ChunkRule = {
  name: 'descriptor-then-person',
  words: 'many',
  apply(ctx, { from, to, extentTo, depth }) {
    if (depth > 1) return undefined;
    // "Jean Charles de Menezes": a name with a particle inside is one name, not a title and a name
    if (ctx.tokens.slice(from, to + 1).some((t) => nameParticles.has(wordOf(t)))) return undefined;
    for (const tail of [2, 3]) {
      const pFrom = to - tail + 1;
      if (pFrom <= from || pFrom - from > 3 || !isPersonByItself(ctx, pFrom, to, false)) continue;
      let plain = true;
      for (let i = from; i < pFrom && plain; i++) {
        const t = ctx.tokens[i]!;
        const w = wordOf(t);
        plain =
          /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) &&
          !isAcronym(w) &&
          !t.tags.has('Place') &&
          !forceForPlace(w) &&
          !lookupName(w) &&
          !nonNameWords.has(w) &&
          !bodyHeads.has(w) &&
          !programmeHeads.has(w) &&
          !actHeads.has(w) &&
          knownAt(ctx, i, to) === undefined;
      }
      // "Commissioners A (X), B (Y) and C": a plural introduces a list, which listed-with-places reads
      if (!plain || /[^s]s$/.test(wordOf(ctx.tokens[pFrom - 1]!))) continue;
      // "General Sir Nick Parker": a rank before an honorific; the person alone, no office read
      if (honorifics.has(wordOf(ctx.tokens[pFrom - 1]!).toLowerCase()))
        return [{ type: 'Person', from: pFrom, to, name: spanText(ctx, pFrom, to), extentFrom: pFrom - 1, extentTo }];
      return [
        { type: 'Role', from, to: pFrom - 1, name: spanText(ctx, from, pFrom - 1), holder: 1 },
        { type: 'Person', from: pFrom, to, name: spanText(ctx, pFrom, to), extentFrom: pFrom, extentTo },
      ];
    }
    return undefined;
  },
};
