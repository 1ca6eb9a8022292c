// A quoted title: "the ‘This is Abuse’ campaign" (a Programme, with a lower-case programme head
// after the quote), "‘A Fresh Start’ is the name of a 10-week course" (typed by the noun the
// copula gives it, as typing-noun reads), and "also known as “Clare’s Law”" (another name of the
// name before it).

import type { Token } from '../../nlp.js';
import { closesQuote, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';
import { lowercaseHeadAfter } from './lowercase-head.js';
import { lowercaseHeads, typingNouns } from '../../lexicon.js';

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
  // "‘A Fresh Start’ is a 10-week course run by …": the title is the subject of a copula that says what it is
  const typed = k > i ? typedByCopula(tokens, k) : undefined;
  if (typed) return { type: typed, from: i, to: k, name: inner, start: t.start, end: tokens[k]!.end, rule: QUOTED_TITLE };
  return undefined;
}

/**
 * `’ is a 10-week course`, `’ was the name of a scheme`: the type the noun after a copula gives
 * the title closed at token `k`. The noun must be the phrase's own (`is a report by the
 * Committee` is no committee): only modifiers stand between the article and it.
 */
function typedByCopula(tokens: Token[], k: number): 'Programme' | 'Body' | undefined {
  if (!/^[?!]*[’”"']\s+$/.test(tokens[k]!.post)) return undefined;
  const ws = tokens.slice(k + 1, k + 12).map((x) => wordOf(x).toLowerCase());
  let n = 0;
  if (ws[n] !== 'is' && ws[n] !== 'was') return undefined;
  n++;
  // "is the name of a …", "is one of the …"
  if (ws[n] === 'the' && ws[n + 1] === 'name' && ws[n + 2] === 'of') n += 3;
  else if (ws[n] === 'one' && ws[n + 1] === 'of') n += 2;
  if (!/^(a|an|the|\d+)$/.test(ws[n] ?? '')) return undefined;
  for (let m = n + 1; m < Math.min(ws.length, n + 6); m++) {
    const w = ws[m]!;
    if (w in typingNouns) return typingNouns[w];
    const plural = w.replace(/s$/, '');
    if (plural !== w && plural in typingNouns) return typingNouns[plural];
    // only modifiers before the noun: "10-week", "national", "pilot"
    if (/^(of|for|by|at|in|on|to|run|which|that|who|and|or)$/.test(w) || /^\p{Lu}/u.test(wordOf(tokens[k + 1 + m]!))) return undefined;
  }
  return undefined;
}
