// Parliament's publications and registers as debates cite them: "the Register of Members’ Financial
// Interests", "the Register of Lords’ Interests", "House of Commons Hansard", "Official Report". A
// publication is not an entity (GUIDELINES: reports and publications); a body named before a
// publication's head is read apart. The names and heads are `publicationNames` and
// `publicationHeads` in data/name-shapes.json.

import { lexiconKey, publicationHeads, publicationNames } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';

export const PUBLICATION_NAME = 'publication-name';

/** The last words of the publications and their heads: a run that ends in none is read no further. */
const LAST_WORDS: ReadonlySet<string> = new Set([...publicationNames, ...[...publicationHeads].map(lexiconKey)].map((n) => n.split(' ').pop()!));

export const publicationNameRule: ChunkRule = {
  name: PUBLICATION_NAME,
  words: 'any',
  apply(ctx, { from, to, ws, depth }, classify) {
    if (!LAST_WORDS.has(ws[ws.length - 1]!.toLowerCase())) return undefined;
    if (publicationNames.has(lexiconKey(spanText(ctx, from, to)))) return [];
    for (let k = from + 1; k <= to; k++) {
      if (!publicationHeads.has(spanText(ctx, k, to))) continue;
      return classify(from, k - 1, depth + 1);
    }
    return undefined;
  },
};
