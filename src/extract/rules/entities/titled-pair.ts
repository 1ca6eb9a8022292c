// Two people each named with an honorific and joined by `and`: "Lord Rooker and Lord Ponsonby of
// Shulbrede", "Baroness Hamwee and Lady Hale", "Mr Smith and Mrs Jones". The honorific of the
// first was taken off the whole run, so the first is read again with it; each side must name a person.

import { honorifics } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const TITLED_PAIR = 'titled-pair';

export const titledPairRule: ChunkRule = {
  name: TITLED_PAIR,
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, depth }, classify) {
    if (depth !== 0 || from <= extentFrom) return undefined;
    for (let k = from + 1; k < to; k++) {
      if (!/^(and|&)$/.test(wordOf(ctx.tokens[k]!)) || !honorifics.has(wordOf(ctx.tokens[k + 1]!).toLowerCase())) continue;
      const left = classify(extentFrom, k - 1, 1);
      const right = classify(k + 1, extentTo, 1);
      if (left.length !== 1 || right.length !== 1 || left[0]!.type !== 'Person' || right[0]!.type !== 'Person') return undefined;
      return [left[0]!, right[0]!];
    }
    return undefined;
  },
};
