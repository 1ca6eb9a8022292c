// An Act cited back by its year alone: "the 1919 Act", "the 2011 Regulations". Where the item
// names the legislation of that year in full, the reference is another form of it (joined by
// `yearReferenceKey` in internal/item-entities.ts); where it does not, the reference is the only
// name the text gives the Act, and it is kept as written.

import type { Token } from '../../nlp.js';
import { actHeads } from '../../lexicon.js';
import { breaksAfter, isCapitalised, isYear, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const YEAR_ACT_REFERENCE = 'year-act-reference';

/** Heads a year alone can stand before: `the 1996 Act`, not `the 2015 Code` (a year's edition of a code is not cited so). */
const HEADS = /^(Act|Regulations|Order|Rules)$/;

/** Act mentions for `the <year> <head>` references that no other mention covers. */
export function yearActReferences(tokens: Token[], mentions: SentenceMention[], text: string, offset: number): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const y = tokens[i]!,
      head = tokens[i + 1]!,
      after = tokens[i + 2];
    if (!isYear(wordOf(y)) || !/^(the|that|this)$/i.test(wordOf(tokens[i - 1]!))) continue;
    if (!HEADS.test(wordOf(head)) || !actHeads.has(wordOf(head)) || breaksAfter(tokens[i - 1]!, y) || breaksAfter(y, head)) continue;
    // "the 1998 Crime and Disorder Act" is year-before-act's; the head must end the words
    if (after && !breaksAfter(head, after) && (isCapitalised(wordOf(after)) || /^(of|for)$/.test(wordOf(after)))) continue;
    if (mentions.some((m) => m.from <= i + 1 && m.to >= i)) continue;
    const name = text
      .slice(y.start - offset, head.end - offset)
      .replace(/\s+/g, ' ')
      .replace(/['’]s$/, '');
    out.push({ type: 'Act', from: i, to: i + 1, name, start: y.start, end: head.end, rule: YEAR_ACT_REFERENCE });
  }
  return out;
}

/**
 * The key of the year reference a full Act name can be cited back by: `police act 1919` and
 * `1919 police act` → `1919 act`; undefined for a key with no year.
 */
export function yearReferenceKey(key: string): string | undefined {
  const m = /^(?:((?:1[89]|20)\d\d) (.+)|(.+) ((?:1[89]|20)\d\d))$/.exec(key);
  if (!m) return undefined;
  const year = m[1] ?? m[4]!;
  const words = (m[2] ?? m[3]!).split(' ');
  const head = words[words.length - 1]!;
  return words.length > 1 && /^(act|regulations|order|rules)$/.test(head) ? `${year} ${head}` : undefined;
}
