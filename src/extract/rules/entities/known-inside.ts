// Known names inside an otherwise unknown run: "College of Policing Ryton site" names the College;
// the words around a known name that name nothing we annotate are kept as `Unknown` (they stop
// relation cues from reaching across).

import { innerConnectors } from '../../lexicon.js';
import { isCapitalised, wordOf } from '../../internal/words.js';
import type { Candidate, ChunkContext } from '../../internal/classify-name.js';
import { knownAt, spanText, words } from './name-parts.js';
import { ruleOn, type Classify, type ChunkRule } from './rule.js';

export function knownAndRest(ctx: ChunkContext, from: number, to: number, classify: Classify): Candidate[] {
  if (!ruleOn(ctx, 'known-inside')) return [];
  const out: Candidate[] = [];
  const rest = (a: number, b: number) => {
    const c = classify(a, b, 1);
    if (c.length > 0) out.push(...c);
    else if (words(ctx, a, b).some((w) => isCapitalised(w) && !innerConnectors.has(w)))
      out.push({ type: 'Unknown', from: a, to: b, name: spanText(ctx, a, b) });
  };
  let segStart = from;
  for (let i = from; i <= to; i++) {
    const k = knownAt(ctx, i, to);
    if (!k) continue;
    // "Noble Lords: Hear, hear!", "LORD DERWENT My Lords, …": a form of address in a debate, not the House
    if (k.end === i && i > 0 && /^(my|noble)$/i.test(wordOf(ctx.tokens[i - 1]!))) continue;
    if (i > segStart) rest(segStart, i - 1);
    out.push({ type: k.entry.type, from: i, to: k.end, name: spanText(ctx, i, k.end), lexicon: k.entry, rule: 'known-inside' });
    i = k.end;
    segStart = k.end + 1;
  }
  if (out.length > 0 && segStart <= to) rest(segStart, to);
  return out.some((c) => c.type !== 'Unknown') ? out : [];
}

export const knownInsideRule: ChunkRule = {
  name: 'known-inside',
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    return depth > 0 ? [] : knownAndRest(ctx, from, to, classify);
  },
};
