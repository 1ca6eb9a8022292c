// A peer named by the title: "The Earl of Listowel", "the Countess of Mar", "the Duke of
// Wellington" (a territorial title with no surname: the title and its place are the name), and
// "Lord McFall of Alcluith", "Baroness O’Loan", "Lord MacKenzie of Culkein" (a surname with an
// inner capital, which the plain name shapes miss). Hansard names peers this way in every period;
// the peerage's ranks are `peerTitles` in data/roles.json. Offices are not names (`the Lord
// Speaker`, `the Lord Chancellor`).

import { actHeads, bodyHeads, lookupName, nonNameWords, officesNotSurnames, peerTitles, programmeHeads, roleHeads, roleTitles } from '../../lexicon.js';
import { isCapitalised, wordOf } from '../../internal/words.js';
import { spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const PEER_TITLE = 'peer-title';

/** A surname as peers' titles write it, inner capitals allowed: `McFall`, `MacGregor`, `O’Loan`, `Lloyd-Webber`. */
const SURNAME = /^(?:Mc|Mac|O['’]|D['’]|Fitz)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;
/** Ranks that can stand with `of <Place>` and no surname. */
const TERRITORIAL = /^(Earl|Countess|Marquess|Marchioness|Duke|Duchess|Viscount|Viscountess)$/;

const isOffice = (w: string) => officesNotSurnames.has(w) || roleHeads.has(w.toLowerCase()) || roleTitles.has(w.toLowerCase());

/** One to three capitalised place words from `from` to `to`, nothing else. */
function placeWords(ctx: Parameters<ChunkRule['apply']>[0], from: number, to: number): boolean {
  if (to < from || to - from > 2) return false;
  for (let k = from; k <= to; k++) {
    const w = wordOf(ctx.tokens[k]!);
    if (!isCapitalised(w) || nonNameWords.has(w) || isOffice(w) || bodyHeads.has(w) || programmeHeads.has(w) || actHeads.has(w)) return false;
  }
  return true;
}

export const peerTitleRule: ChunkRule = {
  name: PEER_TITLE,
  words: 'any',
  apply(ctx, { from, to, extentFrom, extentTo }) {
    if (from <= extentFrom) return undefined;
    const title = wordOf(ctx.tokens[from - 1]!);
    if (!peerTitles.has(title) && wordOf(ctx.tokens[from]!) !== 'of') return undefined;
    // "The Earl of Listowel": the rank, `of` and the place are the name
    if (wordOf(ctx.tokens[from]!) === 'of' && TERRITORIAL.test(title) && placeWords(ctx, from + 1, to))
      return [{ type: 'Person', from: from - 1, to, name: spanText(ctx, from - 1, to), extentFrom, extentTo }];
    if (!peerTitles.has(title)) return undefined;
    const surname = wordOf(ctx.tokens[from]!);
    // names the plain shapes read already are theirs
    if (/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(surname) || !SURNAME.test(surname) || isOffice(surname) || lookupName(surname)) return undefined;
    // "Lord McFall", "Lord McFall of Alcluith"
    if (from === to) return [{ type: 'Person', from, to, name: spanText(ctx, from, to), extentFrom, extentTo }];
    if (wordOf(ctx.tokens[from + 1]!) === 'of' && placeWords(ctx, from + 2, to))
      return [{ type: 'Person', from, to, name: spanText(ctx, from, to), extentFrom, extentTo }];
    return undefined;
  },
};
