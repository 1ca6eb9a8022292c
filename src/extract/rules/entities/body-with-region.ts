// A known body, then a nation or region: its branch there, named whole ("CPS London", "National
// Crime Agency Northern Ireland"). The places are `regionNames` in data/name-shapes.json and the
// places police forces are named after.

import { forcePlaces, regionNames } from '../../lexicon.js';
import { knownAt, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const bodyWithRegionRule: ChunkRule = {
  name: 'body-with-region',
  words: 'many',
  apply(ctx, { from, to, text }) {
    const k = knownAt(ctx, from, to);
    if (!k || k.entry.type !== 'Body' || k.end >= to) return undefined;
    const place = spanText(ctx, k.end + 1, to);
    if (!regionNames.has(place) && !forcePlaces.has(place)) return undefined;
    return [{ type: 'Body', from, to, name: text }];
  },
};
