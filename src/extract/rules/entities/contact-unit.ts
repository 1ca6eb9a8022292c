// A body's communications desk, as contact lines, bylines and page footers name it: "CPS News
// Centre", "Home Office Press Office", "Press Office". It is no organisation of its own; a body
// named before it is read apart. The desks are `contactUnits` in data/name-shapes.json.

import { contactUnits } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';

export const CONTACT_UNIT = 'contact-unit';

/** The last words of the desks: a run that ends in none is read no further (this rule sees every run). */
const LAST_WORDS: ReadonlySet<string> = new Set([...contactUnits].map((u) => u.split(' ').pop()!));

export const contactUnitRule: ChunkRule = {
  name: CONTACT_UNIT,
  words: 'many',
  apply(ctx, { from, to, ws, depth }, classify) {
    if (!LAST_WORDS.has(ws[ws.length - 1]!.toLowerCase())) return undefined;
    for (let k = from; k < to; k++) {
      if (!contactUnits.has(spanText(ctx, k, to).toLowerCase())) continue;
      return k > from ? classify(from, k - 1, depth + 1) : [];
    }
    return undefined;
  },
};
