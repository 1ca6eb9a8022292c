// A place ending a list of places joined by slashes is not part of the name after it: a table
// row flattened to "Cornwall/Dorset/Gloucestershire South-west Region Shared Services Programme"
// names the programme from `South-west` on. Only force places (`Gloucestershire`, `North Wales`)
// are skipped, so a name that merely follows a slash keeps its first word.

import type { Token } from '../../nlp.js';
import { forcePlaces } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';

export const SLASH_LIST_PLACE = 'slash-list-place';

/** How many words at token `at` are the last place of a slash-joined list with a name after them (0 when none). */
export function placeEndingSlashList(tokens: Token[], at: number): number {
  const before = tokens[at - 1];
  if (!before || before.post !== '/') return 0;
  for (const n of [3, 2, 1]) {
    const words = tokens.slice(at, at + n);
    if (words.length < n || words.slice(0, -1).some((t, k) => breaksAfter(t, words[k + 1]))) continue;
    const last = words[n - 1]!,
      next = tokens[at + n];
    // the list goes on, or nothing follows in the same run: the place is the list's, not a name's prefix
    if (!next || breaksAfter(last, next) || !/^[A-Z]/.test(next.text)) continue;
    if (forcePlaces.has(words.map(wordOf).join(' '))) return n;
  }
  return 0;
}
