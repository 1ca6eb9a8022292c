// Parliament's publications and registers as debates cite them: "the Register of Members’ Financial
// Interests", "the Register of Lords’ Interests", "House of Commons Hansard", "Official Report". A
// publication is not an entity (GUIDELINES: reports and publications); a body named before a
// publication's head is read apart. The names and heads are `publicationNames` and
// `publicationHeads` in data/name-shapes.json.

import { lexiconKey, publicationHeads, publicationNames } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';

export const PUBLICATION_NAME = 'publication-name';

export const publicationNameRule: ChunkRule = {
  name: PUBLICATION_NAME,
  words: 'any',
  apply(ctx, { from, to, depth }, classify) {
    if (publicationNames.has(lexiconKey(spanText(ctx, from, to)))) return [];
    for (let k = from + 1; k <= to; k++) {
      if (!publicationHeads.has(spanText(ctx, k, to))) continue;
      return classify(from, k - 1, depth + 1);
    }
    return undefined;
  },
};
