// A member's party and seat in brackets, as committee reports and member lists write them: "Dame
// Diana Johnson MP (Labour, Kingston upon Hull North) (Chair)", "Marco Longhi MP (Conservative,
// Dudley North)". The words after the party are the seat, a place: they name no one (a seat's
// place before a compass point read as a person, `Dudley North`, `Hull North`). The parties are
// `partyNames` in data/name-shapes.json.

import type { Token } from '../../nlp.js';
import { partyNames } from '../../lexicon.js';

export const SEAT_IN_BRACKETS = 'seat-in-brackets';

/** The tokens of a seat after a party in brackets opening at token `i` (`(Labour, Gower)`), or undefined. */
export function seatInBrackets(tokens: Token[], i: number): { from: number; to: number } | undefined {
  const t = tokens[i]!;
  if (!/\($/.test(t.pre) && !(i > 0 && /\(\s*$/.test(tokens[i - 1]!.post))) return undefined;
  // the party: one to four words, then a comma
  let k = i;
  while (k < i + 4 && k < tokens.length && !/^,/.test(tokens[k]!.post)) k++;
  if (k >= tokens.length || !/^,\s*$/.test(tokens[k]!.post)) return undefined;
  const party = tokens
    .slice(i, k + 1)
    .map((x) => x.text)
    .join(' ');
  if (!partyNames.has(party)) return undefined;
  // the seat: up to the closing bracket on the same line
  let e = k + 1;
  while (e < tokens.length && e < k + 9 && !/\)/.test(tokens[e]!.post)) e++;
  if (e >= tokens.length || !/^\)/.test(tokens[e]!.post) || e === k) return undefined;
  return { from: k + 1, to: e };
}
