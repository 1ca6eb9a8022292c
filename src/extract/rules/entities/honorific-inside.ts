// An honorific inside a run starts the name: "Letter to Rt Hon Sir Alan Beith MP" names Sir Alan
// Beith; the words before the honorific and its connector name nothing. A list (`… and Baroness
// Butler-Sloss`) is read by names-joined-by-and first.

import { honorifics } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const honorificInsideRule: ChunkRule = {
  name: 'honorific-inside',
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    if (depth !== 0) return undefined;
    for (let k = from + 2; k < to; k++) {
      if (!honorifics.has(wordOf(ctx.tokens[k]!).toLowerCase()) || !/^(to|of|for|on|in|against|from|by)$/.test(wordOf(ctx.tokens[k - 1]!))) continue;
      const found = classify(k, to, 0);
      return found.some((c) => c.type === 'Person') ? found : undefined;
    }
    return undefined;
  },
};
