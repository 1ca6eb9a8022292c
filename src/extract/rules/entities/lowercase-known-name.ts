// A known body or programme written in lower case: "the serious and organised crime strategy",
// "the college of policing", "the metropolitan police". Two lower-case words name a body only
// when the second is a body head ("the home office", not "youth justice"), and not from the broad
// GOV.UK list (`the planning court` is as often a kind of court); a service in lower case is the
// kind of service (`the prison service`: servicesInLowerCase in data/name-shapes.json).

import type { Token } from '../../nlp.js';
import { bodyHeads, isBroadEntry, longestKnownName, lookupName, servicesInLowerCase } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LOWERCASE_KNOWN_NAME = 'lowercase-known-name';

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function lowercaseKnownName(tokens: Token[], i: number): SentenceMention | undefined {
  for (let e = Math.min(tokens.length - 1, i + longestKnownName - 1); e >= i + 1; e--) {
    const span = tokens
      .slice(i, e + 1)
      .map(wordOf)
      .join(' ');
    const entry = lookupName(span);
    // "the prison service", "the probation service": a service written in lower case is the kind
    if (!entry || servicesInLowerCase.has(span)) continue;
    if (e === i + 1 && !(entry.type === 'Body' && bodyHeads.has(capitalise(wordOf(tokens[e]!))))) continue;
    // "the planning court", "the design council": two words of the broad GOV.UK list in lower case are a kind as often as the body
    if (e === i + 1 && isBroadEntry(entry)) continue;
    if (tokens.slice(i, e).some((x, k) => breaksAfter(x, tokens[i + k + 1]))) continue;
    return { type: entry.type, from: i, to: e, name: span, lexicon: entry, start: tokens[i]!.start, end: tokens[e]!.end, rule: LOWERCASE_KNOWN_NAME };
  }
  return undefined;
}
