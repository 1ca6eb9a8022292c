// An Act cited with its year first: "under the 1989 Children Act", "the 1998 Crime and Disorder
// Act". The year between `the` and the Act's name is part of the name as written. An Act cited by
// its year alone ("the 2011 Act") is an Act too, another name of the item's Act of that year.

import type { Token } from '../../nlp.js';
import { breaksAfter, isYear, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const YEAR_BEFORE_ACT = 'year-before-act';

/**
 * "the 1919 Act", "the 2011 Act": an Act cited by its year alone is an Act named `1919 Act`; the
 * item's one Act of that year takes it as another name (item-entities `mergeReducedForms`).
 */
export function actsByYear(tokens: Token[], mentions: SentenceMention[], text: string, offset: number): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const the = tokens[i - 1]!,
      y = tokens[i]!,
      act = tokens[i + 1]!;
    if (!/^(1[89]|20)\d\d$/.test(wordOf(y)) || wordOf(the).toLowerCase() !== 'the' || !/^(Act|Bill)$/.test(wordOf(act))) continue;
    if (breaksAfter(the, y) || breaksAfter(y, act)) continue;
    // "the 1998 Crime and Disorder Act" is read by prefixYearToActs
    const next = tokens[i + 2];
    if (next && !breaksAfter(act, next) && /^\p{Lu}/u.test(wordOf(next))) continue;
    if (mentions.some((m) => m.from <= i + 1 && m.to >= i)) continue;
    const name = text.slice(y.start - offset, act.end - offset).replace(/\s+/g, ' ').replace(/['’]s$/, '');
    out.push({ type: 'Act', from: i, to: i + 1, name, start: y.start, end: act.end, rule: YEAR_BEFORE_ACT });
  }
  return out;
}

/** Extend each Act mention with no year of its own over a year written right before it, after `the`. */
export function prefixYearToActs(tokens: Token[], mentions: SentenceMention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.type !== 'Act' || m.from < 2 || /\b(1[89]|20)\d\d\b/.test(m.name)) continue;
    const y = tokens[m.from - 1]!;
    const the = tokens[m.from - 2]!;
    if (!isYear(wordOf(y)) || wordOf(the).toLowerCase() !== 'the' || breaksAfter(the, y) || breaksAfter(y, tokens[m.from])) continue;
    m.from -= 1;
    m.start = y.start;
    m.name = text
      .slice(y.start - offset, m.end - offset)
      .replace(/\s+/g, ' ')
      .replace(/['’]s$/, '');
    m.rule = YEAR_BEFORE_ACT;
  }
}
