// An Act cited by its initials and year: "the CPIA 1996", "RIPA 2000", "POCA 2002". UK Acts are
// abbreviated by their initials ending in the A of Act; an acronym of a body (`NCA`) or a generic
// one is not an Act, whatever year follows it.

import { genericAcronyms, lookupAcronym } from '../../lexicon.js';
import { isAcronym, isYear } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const acronymWithYearRule: ChunkRule = {
  name: 'acronym-with-year',
  words: 'many',
  apply(_ctx, { from, to, ws, text }) {
    if (ws.length !== 2 || !isYear(ws[1]!)) return undefined;
    const a = ws[0]!;
    if (!isAcronym(a) || !/^[A-Z]{3,6}$/.test(a) || !a.endsWith('A') || genericAcronyms.has(a) || lookupAcronym(a)) return undefined;
    return [{ type: 'Act', from, to, name: text }];
  },
};
