// An unknown two- or three-word name in a list of people each followed by their place in brackets
// is a person too: "Commissioners Matthew Ellis (Staffordshire), Jane Kennedy (Merseyside) and
// Martyn Underhill (Dorset)". Only when a neighbouring item of the same shape is a person by its
// own name or office, not merely by the bracket after it.

import type { Token } from '../../nlp.js';
import { officeHeads } from '../../lexicon.js';
import { isCapitalised, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LISTED_WITH_PLACES = 'listed-with-places';

const isOffice = (w: string) => officeHeads.has(w.toLowerCase()) || officeHeads.has(w.toLowerCase().replace(/s$/, ''));

/** The token index of a one-word `(Place)` right after token `at`, or -1. */
function placeInBrackets(tokens: Token[], at: number): number {
  const p = tokens[at + 1];
  if (!p || p.pre !== '(' || !/^\s*$/.test(tokens[at]!.post) || !/^\)/.test(p.post) || !isCapitalised(wordOf(p))) return -1;
  return at + 1;
}

/** Whether only `,`, `and` or `, and` stand between the bracket closing at `close` and token `next`. */
function listJoin(tokens: Token[], close: number, next: number): boolean {
  const words = tokens.slice(close + 1, next).map((t) => wordOf(t).toLowerCase());
  const comma = /^\),\s*$/.test(tokens[close]!.post);
  return (words.length === 0 && comma) || (words.length === 1 && words[0] === 'and' && /^\),?\s*$/.test(tokens[close]!.post));
}

/** Person mentions for the unknown names (`blockers`) listed with their places beside a person listed the same way. */
export function peopleListedWithPlaces(
  tokens: Token[],
  mentions: SentenceMention[],
  blockers: { from: number; to: number }[],
  text: string,
  offset: number,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  const items = [
    ...mentions.filter((m) => m.type === 'Person' && m.rule !== 'person-by-cue').map((m) => ({ from: m.from, to: m.to, person: true })),
    ...blockers.map((b) => ({ ...b, person: false })),
  ]
    .map((x) => ({ ...x, close: placeInBrackets(tokens, x.to) }))
    .filter((x) => x.close > 0)
    .sort((a, b) => a.from - b.from);
  for (let k = 0; k < items.length; k++) {
    const b = { ...items[k]! };
    // "Commissioners Alun Ellis (Staffordshire)": the office before the first name is not part of it
    while (b.from < b.to && isOffice(wordOf(tokens[b.from]!))) b.from++;
    if (b.person || b.to - b.from < 1 || b.to - b.from > 2) continue;
    if (!tokens.slice(b.from, b.to + 1).every((x) => isCapitalised(wordOf(x)) && /^[A-Z][a-z'’-]+$/.test(wordOf(x)))) continue;
    const prev = items[k - 1],
      next = items[k + 1];
    const joined = (prev?.person && listJoin(tokens, prev.close, b.from)) || (next?.person && listJoin(tokens, b.close, next.from));
    if (!joined) continue;
    out.push({
      type: 'Person',
      from: b.from,
      to: b.to,
      name: text.slice(tokens[b.from]!.start - offset, tokens[b.to]!.end - offset),
      start: tokens[b.from]!.start,
      end: tokens[b.to]!.end,
      rule: LISTED_WITH_PLACES,
    });
  }
  return out;
}
