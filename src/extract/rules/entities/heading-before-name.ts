// "Summary of the Modern Slavery Act 2015", "Overview of the Committee’s work": a heading word
// (data/name-shapes.json `headingWords`, maybe after `headingQualifiers`: `Final Report of the
// Royal Commission`) and `of`/`on` before a name are not part of it.

import { headingQualifiers, headingWords } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const headingBeforeNameRule: ChunkRule = {
  name: 'heading-before-name',
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    if (depth !== 0) return undefined;
    // "Final Report of the Royal Commission", "Second Annual Report of …": up to two qualifiers before the heading word
    for (let h = from; h <= Math.min(from + 2, to - 3); h++) {
      if (!headingWords.has(wordOf(ctx.tokens[h]!)) || !/^(of|on)$/.test(wordOf(ctx.tokens[h + 1]!))) continue;
      if (h > from && !ctx.tokens.slice(from, h).every((t) => headingQualifiers.has(wordOf(t)))) return undefined;
      const start = wordOf(ctx.tokens[h + 2]!) === 'the' ? h + 3 : h + 2;
      return start <= to ? classify(start, to, depth) : [];
    }
    return undefined;
  },
};
