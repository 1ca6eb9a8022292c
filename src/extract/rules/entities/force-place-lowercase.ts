// A force named gov.uk style, by its place and a lower-case head: "Hampshire constabulary", "the
// Kent police force", "the Metropolitan police" (a known force's name with its head in lower case).
// The place must be a known force's (gazetteers/police-forces.json `place`);
// heads in data/name-shapes.json `forceHeadsLowercase`.

import type { Token } from '../../nlp.js';
import { forceForPlace, forceHeadsLowercase, lookupName } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const FORCE_PLACE_LOWERCASE = 'force-place-lowercase';

/** The force named by the place in tokens `i..j` and the lower-case head after it. */
export function forceWrittenLower(tokens: Token[], i: number, j: number, text: string, offset: number): SentenceMention | undefined {
  if (breaksAfter(tokens[j]!, tokens[j + 1])) return undefined;
  const place = text.slice(tokens[i]!.start - offset, tokens[j]!.end - offset).replace(/\s+/g, ' ');
  const byPlace = forceForPlace(place);
  // "the Metropolitan police": a known force's own name with its head in lower case
  const byName = (head: string) => {
    const e = lookupName(`${place} ${head.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}`);
    return e && e.type === 'Body' && /\b(Police|Constabulary|Police Service)$/.test(e.name) ? e : undefined;
  };
  if (!byPlace && !forceHeadsLowercase.has(wordOf(tokens[j + 1] ?? tokens[j]!))) return undefined;
  let to = j;
  for (let k = j + 1; k < Math.min(tokens.length, j + 3); k++) {
    const head = tokens
      .slice(j + 1, k + 1)
      .map((t) => wordOf(t))
      .join(' ');
    if (forceHeadsLowercase.has(head) && (k === j + 1 || !breaksAfter(tokens[k - 1]!, tokens[k]))) to = k;
  }
  if (to === j) return undefined;
  const entry =
    byPlace ??
    byName(
      tokens
        .slice(j + 1, to + 1)
        .map((t) => wordOf(t))
        .join(' '),
    );
  if (!entry) return undefined;
  // "the Sussex police and crime commissioner": the office, not the force
  const after = tokens
    .slice(to + 1, to + 4)
    .map((t) => wordOf(t).toLowerCase())
    .join(' ');
  if (/^(and crime commissioner|fire and crime)\b/.test(after)) return undefined;
  // "Gwent police authority": the force's former authority, a body of its own that no list names
  if (/^authority\b/.test(after) && !breaksAfter(tokens[to]!, tokens[to + 1])) {
    const authority = text.slice(tokens[i]!.start - offset, tokens[to + 1]!.end - offset).replace(/\s+/g, ' ');
    return { type: 'Body', from: i, to: to + 1, name: authority, start: tokens[i]!.start, end: tokens[to + 1]!.end, rule: FORCE_PLACE_LOWERCASE };
  }
  const name = text.slice(tokens[i]!.start - offset, tokens[to]!.end - offset).replace(/\s+/g, ' ');
  return { type: 'Body', from: i, to, name, lexicon: entry, start: tokens[i]!.start, end: tokens[to]!.end, rule: FORCE_PLACE_LOWERCASE };
}
