// A name whose parts are joined by commas: "the Anti-social Behaviour, Crime and Policing Act
// 2014" (any run of pieces before an Act), "Department for Digital, Culture, Media and Sport"
// (pieces after or before a body, when the whole is a known name; after a department's name, up to
// the list's `and`: "Ministry for Communities, Housing and Local Government").

import type { Token } from '../../nlp.js';
import { wordOf } from '../../internal/words.js';
import { lookupName } from '../../lexicon.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const NAME_ACROSS_COMMAS = 'name-across-commas';

/** A department named by its fields: `Department for …`, `Ministry of …` (a minister's office is read elsewhere). */
const DEPARTMENT = /^(Department|Ministry) (for|of) \p{Lu}/u;

type Span = { from: number; to: number };

/** Extend the sentence's Act and Body mentions over the comma-separated pieces (blockers, single words) beside them; the pieces used are removed. */
export function joinNamesAcrossCommas(
  tokens: Token[],
  mentions: SentenceMention[],
  blockers: Span[],
  singles: { word: string; from: number }[],
  text: string,
  offset: number,
): void {
  const comma = (k: number) => /^,\s*$/.test(tokens[k]!.post);
  const pieceBefore = (at: number) => {
    const b = blockers.findIndex((x) => x.to === at - 1 && comma(x.to));
    if (b >= 0) return { from: blockers[b]!.from, drop: () => blockers.splice(b, 1) };
    const g = singles.findIndex((x) => x.from === at - 1 && comma(x.from));
    if (g >= 0) return { from: singles[g]!.from, drop: () => singles.splice(g, 1) };
    return undefined;
  };
  const pieceAfter = (at: number) => {
    if (!comma(at)) return undefined;
    const b = blockers.findIndex((x) => x.from === at + 1);
    if (b >= 0) return { to: blockers[b]!.to, drop: () => blockers.splice(b, 1) };
    const g = singles.findIndex((x) => x.from === at + 1);
    if (g >= 0) return { to: singles[g]!.from, drop: () => singles.splice(g, 1) };
    return undefined;
  };
  for (const m of mentions) {
    if (m.type !== 'Body' || m.nestedIn !== undefined || m.lexicon) continue;
    const parts: { to: number; drop: () => unknown }[] = [];
    for (let p = pieceAfter(m.to); p && parts.length < 4; p = pieceAfter(p.to)) parts.push(p);
    // "Ministry for Communities, Housing and Local Government": a department's fields listed up to their `and`
    const portfolio = DEPARTMENT.test(m.name);
    for (let k = parts.length; k > 0; k--) {
      const to = parts[k - 1]!.to;
      const joined = text.slice(m.start - offset, tokens[to]!.end - offset).replace(/\s+/g, ' ');
      const known = lookupName(joined);
      const listEnds = portfolio && tokens.slice(m.to + 1, to).some((t) => /^(and|&)$/.test(wordOf(t)));
      if (!known && !listEnds) continue;
      Object.assign(m, { to, end: tokens[to]!.end, name: joined, lexicon: known, rule: NAME_ACROSS_COMMAS });
      for (const p of parts.slice(0, k)) p.drop();
      break;
    }
  }
  for (const m of mentions) {
    if ((m.type !== 'Act' && m.type !== 'Body') || m.nestedIn !== undefined) continue;
    const parts: { from: number; drop: () => unknown }[] = [];
    for (let p = pieceBefore(m.from); p; p = pieceBefore(p.from)) parts.push(p);
    for (let k = parts.length; k > 0; k--) {
      const from = parts[k - 1]!.from;
      const joined = text.slice(tokens[from]!.start - offset, m.end - offset).replace(/\s+/g, ' ');
      const known = lookupName(joined);
      if (m.type === 'Body' && !known) continue;
      Object.assign(m, { from, start: tokens[from]!.start, name: joined, lexicon: known ?? m.lexicon, rule: NAME_ACROSS_COMMAS });
      for (const p of parts.slice(0, k)) p.drop();
      break;
    }
  }
}
