// The names listed after a plural noun of organisations are organisations: "organisations as
// varied as John Lewis & Partners, the English National Opera and Manchester Cathedral",
// "charities such as Mind, Shelter and Crisis". Each capitalised run of the list that no other
// rule typed becomes a Body; a name another rule typed (a known body, a person) keeps its type.
// Generic services (`Social Services`) and single common words (`Crisis`) are left out.
// The kind nouns are `organisationKinds` in data/name-shapes.json.

import type { Token } from '../../nlp.js';
import { organisationKinds, topicNouns } from '../../lexicon.js';
import { breaksAfter, isAcronym, isCapitalised, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LISTED_AFTER_KIND = 'listed-after-kind';

/** `such as`, `including`, `like`, `as varied as`, `as diverse as`: the words that open the list; the index after them, or -1. */
function listOpens(tokens: Token[], k: number): number {
  const w = (i: number) => (tokens[i] ? wordOf(tokens[i]!).toLowerCase() : '');
  if (w(k) === 'such' && w(k + 1) === 'as') return k + 2;
  if (w(k) === 'including' || w(k) === 'like') return k + 1;
  if (w(k) === 'as' && /^(varied|diverse|different)$/.test(w(k + 1)) && w(k + 2) === 'as') return k + 3;
  return -1;
}

/**
 * Not a generic service (`Social Services`, `Education`: a field's noun last) nor one common word
 * (`Crisis`, `Boots`: a word compromise knows, not as a name or organisation).
 */
function namesOrganisation(tokens: Token[], from: number, to: number): boolean {
  const last = wordOf(tokens[to]!);
  if (topicNouns.has(last) || last === 'Services') return false;
  if (from < to) return true;
  const t = tokens[from]!;
  return isAcronym(last) || t.tags.size === 0 || t.tags.has('ProperNoun') || t.tags.has('Organization');
}

/** Body mentions for the untyped names of a list after a noun of organisations; the blockers they replace are dropped. */
export function bodiesListedAfterKind(
  tokens: Token[],
  mentions: SentenceMention[],
  blockers: { from: number; to: number }[],
  text: string,
  offset: number,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let k = 0; k < tokens.length - 2; k++) {
    if (!organisationKinds.has(wordOf(tokens[k]!).toLowerCase()) || /[^\s]/.test(tokens[k]!.post)) continue;
    let i = listOpens(tokens, k + 1);
    if (i < 0) continue;
    const items: { from: number; to: number }[] = [];
    for (;;) {
      if (tokens[i] && wordOf(tokens[i]!).toLowerCase() === 'the') i++;
      const from = i;
      while (tokens[i] && (isCapitalised(wordOf(tokens[i]!)) || (tokens[i]!.text === '&' && i > from))) {
        if (breaksAfter(tokens[i]!, tokens[i + 1]) || !tokens[i + 1] || !(isCapitalised(wordOf(tokens[i + 1]!)) || tokens[i + 1]!.text === '&')) break;
        i++;
      }
      if (!tokens[i] || !isCapitalised(wordOf(tokens[i]!))) break;
      items.push({ from, to: i });
      // the list goes on after a comma or `and`
      const sep = tokens[i]!.post;
      const next = tokens[i + 1];
      if (/^,\s*$/.test(sep) && next && wordOf(next).toLowerCase() === 'and') i += 2;
      else if (/^,\s*$/.test(sep)) i += 1;
      else if (next && !breaksAfter(tokens[i]!, next) && wordOf(next).toLowerCase() === 'and') i += 2;
      else break;
    }
    if (items.length < 2) continue;
    for (const it of items) {
      if ([...mentions, ...out].some((m) => m.from <= it.to && m.to >= it.from)) continue;
      if (!namesOrganisation(tokens, it.from, it.to)) continue;
      const name = text.slice(tokens[it.from]!.start - offset, tokens[it.to]!.end - offset).replace(/\s+/g, ' ');
      out.push({ type: 'Body', from: it.from, to: it.to, name, start: tokens[it.from]!.start, end: tokens[it.to]!.end, rule: LISTED_AFTER_KIND });
      for (let b = blockers.length - 1; b >= 0; b--) if (blockers[b]!.from <= it.to && blockers[b]!.to >= it.from) blockers.splice(b, 1);
    }
  }
  return out;
}
