// An unknown name listed between two bodies is a body: "the Restorative Justice Council,
// Restorative Solutions and the Youth Justice Board".

import type { Token } from '../../nlp.js';
import { isCapitalised, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LISTED_BETWEEN_BODIES = 'listed-between-bodies';

/** Body mentions for the short unknown names (`blockers`) that sit in a list between two bodies. */
export function bodiesListedBetween(
  tokens: Token[],
  mentions: SentenceMention[],
  blockers: { from: number; to: number }[],
  text: string,
  offset: number,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const b of blockers) {
    if (b.to - b.from > 3 || b.from === 0) continue;
    const left = mentions.find((m) => m.type === 'Body' && m.to < b.from && b.from - m.to <= 1 && /^,\s*$/.test(tokens[m.to]!.post));
    const gapRight = (m: SentenceMention) =>
      tokens
        .slice(b.to + 1, m.from)
        .map((x) => wordOf(x).toLowerCase())
        .join(' ');
    const right = mentions.find(
      (m) =>
        m.type === 'Body' &&
        m.from > b.to &&
        m.from - b.to <= 3 &&
        /^(and|and the|,|, the)?$/.test(gapRight(m)) &&
        (m.from === b.to + 1 ? /^,\s*$/.test(tokens[b.to]!.post) : true),
    );
    if (!left || !right) continue;
    if (!tokens.slice(b.from, b.to + 1).every((x) => isCapitalised(wordOf(x)))) continue;
    out.push({
      type: 'Body',
      from: b.from,
      to: b.to,
      name: text.slice(tokens[b.from]!.start - offset, tokens[b.to]!.end - offset),
      start: tokens[b.from]!.start,
      end: tokens[b.to]!.end,
      rule: LISTED_BETWEEN_BODIES,
    });
  }
  return out;
}
