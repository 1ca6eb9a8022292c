// An organisation named by the office that follows it and the person who holds it: "Mencap chief
// executive Jon Sparkes", "Voscur director Sam Jones". A capitalised name we do not know, then an
// organisation's office in lower case (`organisationOffices`: chief executive, director, chair,
// founder, …), then a capitalised name: the first name is the organisation's, whatever its head.
// Not a place (`London director …`), nor a word that never names anything.

import type { Token } from '../../nlp.js';
import { commonWordsNeverNames, forceForPlace, nonNameWords, organisationOffices } from '../../lexicon.js';
import { breaksAfter, isCapitalised, wordOf } from '../../internal/words.js';

export const BODY_BEFORE_OFFICE = 'body-before-office';

/** True when the unknown name `from..to` is followed by an organisation's office and then a name. */
export function bodyBeforeOffice(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    const w = wordOf(t);
    if (t.tags.has('Place') || forceForPlace(w) || commonWordsNeverNames.has(w) || nonNameWords.has(w) || t.tags.has('FirstName')) return false;
  }
  for (let n = 1; n <= 3; n++) {
    const office = tokens.slice(to + 1, to + 1 + n);
    const after = tokens[to + 1 + n];
    if (office.length < n || !after) return false;
    if (office.some((x) => !/^[a-z-]+$/.test(x.text))) return false;
    const chain = [tokens[to]!, ...office, after];
    if (chain.slice(0, -1).some((x, k) => breaksAfter(x, chain[k + 1]))) return false;
    if (organisationOffices.has(office.map((x) => x.text).join(' ')) && isCapitalised(wordOf(after))) return true;
  }
  return false;
}
