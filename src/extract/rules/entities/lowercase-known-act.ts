// A known Act written in lower case and without its year: "since the psychoactive substances act
// was introduced". Titles from data/gazetteers/acts.json (compromise tags their words `KnownAct`).

import type { Token } from '../../nlp.js';
import { lookupAct } from '../../lexicon.js';
import { breaksAfter, isYear, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LOWERCASE_KNOWN_ACT = 'lowercase-known-act';

/** The known Act whose title is the lower-case words from token `i` (and its year, when written). */
export function lowercaseKnownAct(tokens: Token[], i: number, text: string, offset: number): SentenceMention | undefined {
  for (let e = Math.min(tokens.length - 1, i + 12); e > i; e--) {
    if (wordOf(tokens[e]!).toLowerCase() !== 'act') continue;
    if (tokens.slice(i, e).some((x, k) => breaksAfter(x, tokens[i + k + 1]))) continue;
    if (
      !lookupAct(
        tokens
          .slice(i, e + 1)
          .map(wordOf)
          .join(' '),
      )
    )
      continue;
    const to = tokens[e + 1] && isYear(wordOf(tokens[e + 1]!)) && !breaksAfter(tokens[e]!, tokens[e + 1]) ? e + 1 : e;
    const name = text.slice(tokens[i]!.start - offset, tokens[to]!.end - offset).replace(/\s+/g, ' ');
    return { type: 'Act', from: i, to, name, start: tokens[i]!.start, end: tokens[to]!.end, rule: LOWERCASE_KNOWN_ACT };
  }
  return undefined;
}
