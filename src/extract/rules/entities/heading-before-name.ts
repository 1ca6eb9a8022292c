// "Summary of the Modern Slavery Act 2015", "Overview of the Committee’s work": a heading word
// (data/name-shapes.json `headingWords`) and `of`/`on` before a name are not part of it.

import { headingWords } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const headingBeforeNameRule: ChunkRule = {
  name: 'heading-before-name',
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    if (depth !== 0 || to - from < 3 || !headingWords.has(wordOf(ctx.tokens[from]!)) || !/^(of|on)$/.test(wordOf(ctx.tokens[from + 1]!))) return undefined;
    const start = wordOf(ctx.tokens[from + 2]!) === 'the' ? from + 3 : from + 2;
    return start <= to ? classify(start, to, depth) : [];
  },
};
