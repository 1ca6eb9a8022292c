// A person's name by itself: two or three name-shaped words (any Latin letters, apostrophes,
// hyphens) that start with a known first name (compromise's lexicon or
// data/gazetteers/first-names.json, accent-folded), or with an honorific or post-nominal around them.

import { isPersonByItself } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const personNameRule: ChunkRule = {
  name: 'person-name',
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, marked, postRole, text }) {
    if (!isPersonByItself(ctx, from, to, marked)) return undefined;
    return [{ type: 'Person', from, to, name: text, postNominalRole: postRole, extentFrom, extentTo }];
  },
};
