// Two known names that share their head, written once after the last: "Warwickshire and West
// Mercia Police" (Warwickshire Police and West Mercia Police), "Surrey and Sussex Police",
// "Norfolk and Suffolk Constabularies". The name after `and` must be known whole, and the words
// before it must make a known name with that name's last one or two words; otherwise the run is
// left to the other rules ("Hereford and Worcester Fire and Rescue Service" is one name).

import { lookupName, type LexiconEntry } from '../../lexicon.js';
import { spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

/** A known body by its words, also with a plural head (`Suffolk Constabularies`). */
function knownBody(words: string[]): LexiconEntry | undefined {
  const e = lookupName(words.join(' '));
  if (e) return e.type === 'Body' ? e : undefined;
  const last = words[words.length - 1]!;
  if (!/s$/.test(last) || words.length < 2) return undefined;
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  const s = lookupName([...words.slice(0, -1), singular].join(' '));
  return s?.type === 'Body' ? s : undefined;
}

export const sharedHeadRule: ChunkRule = {
  name: 'shared-head',
  words: 'many',
  apply(ctx, { from, to, ws }) {
    for (let a = 1; a < ws.length - 1; a++) {
      if (ws[a] !== 'and' && ws[a] !== '&') continue;
      const left = ws.slice(0, a);
      const rightWords = ws.slice(a + 1);
      const right = knownBody(rightWords);
      if (!right) continue;
      for (const h of [1, 2]) {
        if (rightWords.length <= h) break;
        const shared = knownBody([...left, ...rightWords.slice(-h)]);
        if (!shared || shared === right) continue;
        return [
          { type: 'Body', from, to: from + a - 1, name: spanText(ctx, from, from + a - 1), lexicon: shared },
          { type: 'Body', from: from + a + 1, to, name: spanText(ctx, from + a + 1, to), lexicon: right },
        ];
      }
    }
    return undefined;
  },
};
