// The shape of the name: its principal head word (the noun before `of/for`, else the last word)
// against the head lists of data/name-shapes.json: `… Act 1968` an Act, `… Fund` a Programme,
// `… Agency`, `University of …` a Body. A known name at its start is kept as a nested mention;
// when the head belongs to a known name inside ("… Powers for the Forensic Science Regulator"),
// the known name is what the run names. Known bodies joined by `and` at its start are each named
// ("the joint NCA and Met Police Organised Crime Partnership").

import { andInsideName, bodyHeads, commonWordsNeverNames, innerConnectors } from '../../lexicon.js';
import { closesQuote, opensQuote, wordOf } from '../../internal/words.js';
import type { Candidate } from '../../internal/classify-name.js';
import { knownAndRest } from './known-inside.js';
import { knownAt, principalHead, shapeType, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const nameShapeRule: ChunkRule = {
  name: 'name-shape',
  words: 'many',
  apply(ctx, { from, to, ws, text, depth }, classify) {
    // "the Mayor’s Office": head words alone name nothing, but an office's possessive makes them one body's name
    // (a programme's, "the Commissioner’s Fund", is possessive-programme's)
    const owned = ctx.tokens.slice(from, to).some((t) => /['’]s$/.test(t.text));
    const last = ws[ws.length - 1]!;
    const shape = shapeType(ws) ?? (owned && bodyHeads.has(last) ? 'Body' : undefined);
    if (!shape) return undefined;
    // "“Rebalancing Act” – tackling health issues": a title in quotes that ends in Act but has no year is a publication's
    const quoted = opensQuote(ctx.tokens[from]!) || (from > 0 && opensQuote(ctx.tokens[from - 1]!) && commonWordsNeverNames.has(wordOf(ctx.tokens[from - 1]!)));
    if (shape === 'Act' && !principalHead(ws).hasYear && quoted && closesQuote(ctx.tokens[to]!)) return [];
    if (depth === 0) {
      const headAt = from + principalHead(ws).index;
      for (let i = from + 1; i <= headAt; i++) {
        // "Inner London Crown Court": capitalised words right before a known name qualify it; the whole is the name
        if (!innerConnectors.has(wordOf(ctx.tokens[i - 1]!)) && wordOf(ctx.tokens[i - 1]!) !== 'the') continue;
        const k = knownAt(ctx, i, to);
        if (k && k.end >= headAt) return knownAndRest(ctx, from, to, classify);
      }
    }
    const out: Candidate[] = [{ type: shape, from, to, name: text }];
    const inner = knownAt(ctx, from, to);
    // "College of Policing Ryton" is the College: the head of a longer name must come after the known part
    if (inner && inner.end < to && principalHead(ws).index <= inner.end - from) return depth > 0 ? [] : knownAndRest(ctx, from, to, classify);
    // "Hampshire’s Police and Crime Panel": a known name cut inside a pair that `and` joins in one name is no name here
    const cutInPair =
      inner !== undefined &&
      inner.end + 2 <= to &&
      wordOf(ctx.tokens[inner.end + 1]!) === 'and' &&
      andInsideName.has(`${wordOf(ctx.tokens[inner.end]!)} ${wordOf(ctx.tokens[inner.end + 2]!)}`);
    // "the Metropolitan Police Act 1829", "the Serious Fraud Office Act": an Act's title names no body
    // "the Integrated Offender Management Strategy": a known programme opening a longer programme's name is that programme's name, not a second one
    // (but "Operation Yewtree and Operational Bullfinch" is a list the run misread)
    const sameProgramme = shape === 'Programme' && inner?.entry.type === 'Programme' && !/^(and|&)$/.test(wordOf(ctx.tokens[Math.min(inner.end + 1, to)]!));
    if (inner && inner.end < to && !cutInPair && shape !== 'Act' && !sameProgramme) {
      out.push({ type: inner.entry.type, from, to: inner.end, name: spanText(ctx, from, inner.end), lexicon: inner.entry, nestedIn: 0, rule: 'known-name' });
      // "the joint NCA and Met Police Organised Crime Partnership": each known body joined by `and` before the head is named too
      for (let i = inner.end + 2; i < to; i++) {
        if (!/^(and|&)$/.test(wordOf(ctx.tokens[i - 1]!))) continue;
        const k = knownAt(ctx, i, to);
        if (!k || k.end >= to || k.entry.type !== 'Body') continue;
        out.push({ type: 'Body', from: i, to: k.end, name: spanText(ctx, i, k.end), lexicon: k.entry, rule: 'known-name' });
        i = k.end;
      }
    }
    return out;
  },
};
