// A name-shaped phrase inside a longer title in quotes is part of that title, not a name: "the
// lecture, entitled ‘The Importance of a Plan to Win’" names no `Plan to Win`, and a report
// called ‘Policing for the Future: a Strategy’ names no strategy. The quote must read as a title
// (every word capitalised but the short function words), so that quoted speech ("‘We will open
// the Safer Streets Fund,’ she said") keeps its names; a known name inside a title is still
// that name (`‘Home Office Annual Report’` names the Home Office).

import type { Token } from '../../nlp.js';
import { closesQuote, isCapitalised, opensQuote, wordOf } from '../../internal/words.js';
import { knownAndRest } from './known-inside.js';
import { leadsNoName } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const INSIDE_QUOTED_TITLE = 'inside-quoted-title';

/** The short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = /^(a|an|the|of|for|and|or|to|in|on|at|by|with|from|into|is|are|not|but|as|vs?|&)$/;
const MAX_TITLE_WORDS = 14;

/** The quoted title `[open, close]` (token indices) that holds tokens `from..to`, if any. */
export function quotedTitleAround(tokens: Token[], from: number, to: number): [number, number] | undefined {
  let open = -1;
  for (let k = from; k >= Math.max(0, from - MAX_TITLE_WORDS); k--) {
    if (k < from && closesQuote(tokens[k]!)) return undefined;
    if (opensQuote(tokens[k]!)) {
      open = k;
      break;
    }
  }
  if (open < 0) return undefined;
  let close = -1;
  for (let k = open; k < Math.min(tokens.length, open + MAX_TITLE_WORDS); k++) {
    if (k > open && opensQuote(tokens[k]!)) return undefined;
    if (closesQuote(tokens[k]!)) {
      close = k;
      break;
    }
  }
  if (close < to) return undefined;
  for (let k = open; k <= close; k++) {
    const w = wordOf(tokens[k]!);
    if (!isCapitalised(w) && !TITLE_SMALL_WORDS.test(w) && !/^\d/.test(w)) return undefined;
  }
  return [open, close];
}

export const insideQuotedTitleRule: ChunkRule = {
  name: INSIDE_QUOTED_TITLE,
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    if (depth > 0) return undefined;
    const q = quotedTitleAround(ctx.tokens, from, to);
    if (!q) return undefined;
    let open = q[0];
    while (open < from && leadsNoName(ctx.tokens, open)) open++;
    // the quote is the name itself ("the ‘Safer Streets Fund’"): other rules read it
    if (open >= from && q[1] <= to) return undefined;
    return knownAndRest(ctx, from, to, classify);
  },
};
