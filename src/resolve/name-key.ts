// The key under which two written forms of a name count as the same name across the corpus:
// case, quotes, punctuation, `&`/`and`, a leading `the` and a possessive do not count.

import { nameKey as computeNameKey, oneWordInserted } from '../extract/index.js';

export { oneWordInserted };

/** Above this many names the memo starts again, so a long-lived process does not grow without end. */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>();

/**
 * `nameKey` of the extraction stage, remembered: resolution asks for the key of the same few
 * thousand names millions of times on a large corpus (a fifth of its time at 1,000 newsletters).
 *
 * @example nameKey("the Home Office's") === nameKey('Home Office') // true
 */
export function nameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeNameKey(name);
    memo.set(name, key);
  }
  return key;
}
