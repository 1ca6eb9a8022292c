// A quoted title: "the ‘This is Abuse’ campaign" (a Programme, with a lower-case programme head
// after the quote), and "also known as “Clare’s Law”" (another name of the name before it).

import type { Token } from '../../nlp.js';
import { lowercaseHeads } from '../../lexicon.js';
import { closesQuote } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';
import { lowercaseHeadAfter } from './lowercase-head.js';

export const QUOTED_TITLE = 'quoted-title';

/** The mention a quote opening at token `i` makes, given the mentions before it in the sentence. */
export function quotedTitle(tokens: Token[], i: number, text: string, offset: number, before: SentenceMention[]): SentenceMention | undefined {
  const t = tokens[i]!;
  let k = i;
  while (k < tokens.length && k - i < 12 && !closesQuote(tokens[k]!)) k++;
  if (k >= tokens.length || k - i >= 12) return undefined;
  const inner = text.slice(t.start - offset, tokens[k]!.end - offset).replace(/^[‘“"']+|[’”"']+$/g, '') + (/^[?!]+/.exec(tokens[k]!.post)?.[0] ?? '');
  const head = lowercaseHeadAfter(tokens, k, true);
  const words = tokens
    .slice(Math.max(0, i - 3), i)
    .map((x) => x.text.toLowerCase())
    .join(' ');
  if (/known as$|dubbed$|called$/.test(words) && before.length > 0) {
    const prev = before[before.length - 1]!;
    return {
      type: prev.type,
      from: i,
      to: k,
      name: inner,
      start: t.start,
      end: tokens[k]!.end,
      aliasOf: before.length - 1,
      lexicon: prev.lexicon,
      rule: QUOTED_TITLE,
    };
  }
  if (head && lowercaseHeads[head.head] === 'Programme' && k > i) {
    return { type: 'Programme', from: i, to: head.to, name: inner, start: t.start, end: tokens[head.to]!.end, rule: QUOTED_TITLE };
  }
  return undefined;
}
