// An acronym alone (`IDIOM`, `PIB`): typed later by its definition in the document, the lexicon,
// or the words around it; generic acronyms (`UK`, `CCTV`) and office abbreviations (`ACC`) name nothing.

import { genericAcronyms, roleAbbreviations } from '../../lexicon.js';
import { isAcronym } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const bareAcronymRule: ChunkRule = {
  name: 'bare-acronym',
  words: 'one',
  apply(_ctx, { from, to, ws }) {
    const w = ws[0]!;
    if (!isAcronym(w) || w in roleAbbreviations || genericAcronyms.has(w)) return undefined;
    return [{ type: 'Acronym', from, to, name: w }];
  },
};
