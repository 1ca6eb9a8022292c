// A plan or strategy is named with the years it runs for, or without them: "the NCA Annual Plan
// 2020–2021", "PEEL 2018/19", "Policing Vision 2025". A span of years right after a Programme's
// name is written with it: the dated form is another form of the name, which stays undated (one
// programme across its years). A name that ends in one year (`Policing Vision 2025`) keeps it,
// and the name without it is another form.

import type { Token } from '../../nlp.js';
import { breaksAfter, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const PROGRAMME_YEAR = 'programme-year';

/** `2020–2021`, `2020-21`, `2019/20`: a span of years written as one word. */
const YEAR_SPAN = /^(1[89]|20)\d\d[–—\-/]((1[89]|20)\d\d|\d\d)$/;
const YEAR_AT_END = /\s+((1[89]|20)\d\d([–—\-/]((1[89]|20)\d\d|\d\d))?)$/;

/** Extend Programme mentions over a span of years right after them (the dated form an alias); give a name ending in a year its undated form. */
export function datedProgrammes(tokens: Token[], mentions: SentenceMention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.type !== 'Programme' || m.aliasOf !== undefined) continue;
    const next = tokens[m.to + 1];
    if (next && !breaksAfter(tokens[m.to]!, next) && YEAR_SPAN.test(wordOf(next)) && !/['’]s$/.test(tokens[m.to]!.text)) {
      // the programme keeps its undated name (`PEEL`, not `PEEL 2018/19`), so that it is one entity across years
      m.to += 1;
      m.end = next.end;
      m.bareName ??= `${m.name} ${text.slice(next.start - offset, next.end - offset)}`;
      continue;
    }
    const dated = YEAR_AT_END.exec(m.name);
    if (dated && m.name.slice(0, dated.index).includes(' ')) m.bareName ??= m.name.slice(0, dated.index);
  }
}
