// A name the lexicon or a gazetteer knows, whole: `National Crime Agency`, `HMIC`, `Prevent`.
// A one-word programme named like a verb and used as one at the start of a sentence
// (`Prepare for …`) names nothing.

import { lookupAcronym, wordsAfterVerbUse } from '../../lexicon.js';
import type { Candidate } from '../../internal/classify-name.js';
import { wordOf } from '../../internal/words.js';
import { knownAt, lower } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const knownNameRule: ChunkRule = {
  name: 'known-name',
  words: 'any',
  apply(ctx, { from, to, ws, text }) {
    const whole = knownAt(ctx, from, to);
    if (!whole || whole.end !== to) return undefined;
    // "My Lords", "noble Lords": a form of address in a debate, not the House
    if (ws.length === 1 && from > 0 && /^(my|noble)$/i.test(wordOf(ctx.tokens[from - 1]!))) return [];
    // "the Police Bill [Lords]": the House a Bill came from, as its title is printed, names no body
    if (ws.length === 1 && from > 0 && /\[$/.test(ctx.tokens[from]!.pre) && wordOf(ctx.tokens[from - 1]!) === 'Bill') return [];
    const nextWord = ctx.tokens[to + 1] ? lower(wordOf(ctx.tokens[to + 1]!)) : '';
    if (ws.length === 1 && ctx.sentenceInitial && from === 0 && whole.entry.type === 'Programme' && wordsAfterVerbUse.has(nextWord)) return [];
    const out: Candidate[] = [{ type: whole.entry.type, from, to, name: text, lexicon: whole.entry }];
    // "CPS Mersey-Cheshire", "CPS Special Crime Division": a known body's acronym opens the name, and is its parent
    const parent = to > from ? lookupAcronym(ws[0]!) : undefined;
    if (parent && parent !== whole.entry && parent.type === 'Body') out.push({ type: 'Body', from, to: from, name: ws[0]!, lexicon: parent, nestedIn: 0 });
    return out;
  },
};
