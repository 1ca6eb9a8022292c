// A lower-case head right after a capitalised run names a Programme or Body: "the Blue Light
// programme", "the Drugs and Alcohol team", "the Cyber Streetwise campaign" (a descriptive head:
// the name is `Cyber Streetwise`). Heads in data/name-shapes.json `lowercaseHeads`.

import type { Token } from '../../nlp.js';
import { lowercaseHeads } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';

export const LOWERCASE_HEAD = 'lowercase-head';

/** `… programme`, `… action plans` after token `j`, or after a closing quote. */
export function lowercaseHeadAfter(tokens: Token[], j: number, afterQuote = false): { head: string; to: number } | undefined {
  if (afterQuote ? !/^[?!.]*[’”"']?\s+$/.test(tokens[j]!.post) : breaksAfter(tokens[j]!, tokens[j + 1])) return undefined;
  const a = tokens[j + 1],
    b = tokens[j + 2];
  if (!a || !/^[a-z]/.test(a.text)) return undefined;
  if (b && !breaksAfter(a, b)) {
    const two = `${wordOf(a).toLowerCase()} ${wordOf(b).toLowerCase()}`;
    if (two in lowercaseHeads) return { head: two, to: j + 2 };
  }
  const one = wordOf(a).toLowerCase();
  return one in lowercaseHeads ? { head: one, to: j + 1 } : undefined;
}
