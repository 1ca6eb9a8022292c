// A unit named with its body after `of`: "the Professional Standards Department of the Metropolitan
// Police", "the Serious Fraud Unit of Kent Police". The unit (a unit head of `unitHeads` in
// data/cues.json before `of`) and the known body are two names; the body is marked as written
// inside the unit's phrase, which makes the unit part of it. A name known whole (`Department of
// Health`) is known-name's, read before this rule.

import { unitHeads } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import { knownAt, lower, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const UNIT_OF_KNOWN_BODY = 'unit-of-known-body';

export const unitOfKnownBodyRule: ChunkRule = {
  name: UNIT_OF_KNOWN_BODY,
  words: 'many',
  apply(ctx, { from, to, ws }) {
    const k = ws.indexOf('of');
    // two words at least before `of`: "Department of the Home Office" alone names no unit
    if (k < 2 || !unitHeads.has(lower(ws[k - 1]!))) return undefined;
    let b = from + k + 1;
    if (b < to && wordOf(ctx.tokens[b]!) === 'the') b++;
    const body = knownAt(ctx, b, to);
    if (!body || body.end !== to || body.entry.type !== 'Body') return undefined;
    return [
      { type: 'Body', from, to: from + k - 1, name: spanText(ctx, from, from + k - 1) },
      { type: 'Body', from: b, to, name: spanText(ctx, b, to), lexicon: body.entry, nestedIn: 0, rule: 'known-name' },
    ];
  },
};
