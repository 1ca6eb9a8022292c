// A law named after a person is legislation: "Helen’s Law", "Finn’s Law", "Martyn’s Law" (UK
// usage for an Act or Bill campaigned for in someone's name). The possessive and `Law` are one
// name, an Act, not the person; a scheme so called that a list knows keeps its entry and type
// (`Clare’s Law`, the Domestic Violence Disclosure Scheme; `Sarah’s Law`).

import type { Token } from '../../nlp.js';
import { lookupName } from '../../lexicon.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const EPONYMOUS_LAW = 'eponymous-law';

const POSSESSIVE_NAME = /^\p{Lu}[\p{L}-]*['’]s$/u;

/** Mentions for `<Name>’s Law` that no other mention of the sentence covers. */
export function lawsNamedAfterPeople(tokens: Token[], mentions: SentenceMention[], text: string, offset: number): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!,
      law = tokens[i + 1]!;
    if (!POSSESSIVE_NAME.test(t.text) || law.text !== 'Law' || !/^\s+$/.test(t.post) || law.pre !== '') continue;
    if (mentions.some((m) => m.from <= i + 1 && m.to >= i)) continue;
    const name = text.slice(t.start - offset, law.end - offset).replace(/\s+/g, ' ');
    const known = lookupName(name);
    out.push({ type: known?.type ?? 'Act', from: i, to: i + 1, name, start: t.start, end: law.end, rule: EPONYMOUS_LAW, ...(known ? { lexicon: known } : {}) });
  }
  return out;
}
