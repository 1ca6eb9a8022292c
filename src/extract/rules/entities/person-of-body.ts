// A person `of` or `at` a body: "Chief Constable Dave Thompson of West Midlands Police", "Chief
// Constable Siân Thomas of Dyfed-Powys Police", "Gavin Stephens of Surrey Police", "Martin Lewis of
// MoneySavingExpert" (an organisation, not a place); "Lord Carlile of Berriew" (a peer's title) is
// the person's name whole.

import { nonNameWords, peerTitles } from '../../lexicon.js';
import { isCapitalised, wordOf } from '../../internal/words.js';
import { spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const personOfBodyRule: ChunkRule = {
  name: 'person-of-body',
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, depth }, classify) {
    if (depth > 1) return undefined;
    for (let k = from + 1; k < to; k++) {
      const w = wordOf(ctx.tokens[k]!);
      if (w !== 'of' && w !== 'at') continue;
      const left = classify(from, k - 1, 2);
      const bFrom = wordOf(ctx.tokens[k + 1]!) === 'the' ? k + 2 : k + 1;
      const right = bFrom <= to ? classify(bFrom, to, 2) : [];
      if (
        left.length === 2 &&
        left[0]!.type === 'Role' &&
        left[1]!.type === 'Person' &&
        right.length === 1 &&
        right[0]!.type === 'Body' &&
        right[0]!.to === to
      ) {
        return [left[0]!, { ...left[1]!, affiliation: 2, extentTo: k - 1 }, right[0]!];
      }
      if (
        k === from + 1 &&
        w === 'of' &&
        from > extentFrom &&
        peerTitles.has(wordOf(ctx.tokens[from - 1]!)) &&
        to - k <= 2 &&
        /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(wordOf(ctx.tokens[from]!))
      ) {
        return [{ type: 'Person', from, to, name: spanText(ctx, from, to), extentFrom, extentTo }];
      }
      if (left.length === 1 && left[0]!.type === 'Person' && w === 'of' && left[0]!.to === k - 1) {
        const body =
          right.length === 1 && right[0]!.type === 'Body' && right[0]!.to === to
            ? right[0]!
            : right.length === 0 &&
                to - bFrom <= 2 &&
                ctx.tokens.slice(bFrom, to + 1).every((t) => isCapitalised(wordOf(t)) && !t.tags.has('Place') && !nonNameWords.has(wordOf(t)))
              ? { type: 'Body' as const, from: bFrom, to, name: spanText(ctx, bFrom, to) }
              : undefined;
        if (body) return [{ ...left[0]!, affiliation: 1, extentTo: k - 1 }, body];
      }
    }
    return undefined;
  },
};
