// Two people each named with an honorific or a post-nominal and joined by `and`: "Lord Rooker and
// Lord Ponsonby of Shulbrede", "Baroness Hamwee and Lady Hale", "Nadia Whittome MP and Bell
// Ribeiro-Addy MP". The first's honorific (the last's post-nominal) was taken off the whole run, so
// each side is read again with its own; each side must name a person.

import { honorifics, postNominals } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const TITLED_PAIR = 'titled-pair';

export const titledPairRule: ChunkRule = {
  name: TITLED_PAIR,
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, depth }, classify) {
    if (depth !== 0 || (from === extentFrom && to === extentTo)) return undefined;
    for (let k = from + 1; k < to; k++) {
      if (!/^(and|&)$/.test(wordOf(ctx.tokens[k]!))) continue;
      if (!honorifics.has(wordOf(ctx.tokens[k + 1]!).toLowerCase()) && !postNominals.has(wordOf(ctx.tokens[k - 1]!))) continue;
      const left = classify(extentFrom, k - 1, 1);
      const right = classify(k + 1, extentTo, 1);
      if (left.length !== 1 || right.length !== 1 || left[0]!.type !== 'Person' || right[0]!.type !== 'Person') return undefined;
      return [left[0]!, right[0]!];
    }
    return undefined;
  },
};
