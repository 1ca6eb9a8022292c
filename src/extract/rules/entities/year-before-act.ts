// An Act cited with its year first: "under the 1989 Children Act", "the 1998 Crime and Disorder
// Act". The year between `the` and the Act's name is part of the name as written. (An Act cited by
// its year alone, "the 2011 Act": year-act-reference.ts.)

import type { Token } from '../../nlp.js';
import { breaksAfter, isYear, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const YEAR_BEFORE_ACT = 'year-before-act';

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
