// An Act whose jurisdiction is written in brackets between its head and its year, as Northern
// Ireland Acts and Orders are cited: "the Justice Act (Northern Ireland) 2015", "the Criminal
// Justice (Northern Ireland) Order 1996" is name-shape's (the bracket before the head). The whole
// run is the Act's name.

import { actHeads, lexiconKey, placeNames, regionNames } from '../../lexicon.js';
import { isYear, wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const ACT_JURISDICTION = 'act-jurisdiction';

export const actJurisdictionRule: ChunkRule = {
  name: ACT_JURISDICTION,
  words: 'many',
  apply(ctx, { from, to, ws, text }) {
    if (!isYear(ws[ws.length - 1]!)) return undefined;
    for (let k = from + 1; k < to - 1; k++) {
      if (!actHeads.has(wordOf(ctx.tokens[k]!)) || !/\(\s*$/.test(ctx.tokens[k]!.post + ctx.tokens[k + 1]!.pre)) continue;
      const inside = ctx.text.slice(ctx.tokens[k + 1]!.start - ctx.offset, ctx.tokens[to - 1]!.end - ctx.offset);
      if (regionNames.has(inside) || placeNames.has(lexiconKey(inside))) return [{ type: 'Act', from, to, name: text }];
    }
    return undefined;
  },
};
