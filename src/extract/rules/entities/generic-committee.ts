// A kind of parliamentary committee written alone: "Public Bill Committee Tuesday 12 April 2016" (a
// sitting's heading), "the Bill went to Grand Committee", "a Delegated Legislation Committee". Each
// Bill has its own; the words name a kind, not one body. The kinds are `genericCommittees` in
// data/name-shapes.json; a committee named for its subject (`Home Affairs Select Committee`) is not one.

import { genericCommittees, lexiconKey } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';

export const GENERIC_COMMITTEE = 'generic-committee';

const LAST_WORDS: ReadonlySet<string> = new Set([...genericCommittees].map((n) => n.split(' ').pop()!));

export const genericCommitteeRule: ChunkRule = {
  name: GENERIC_COMMITTEE,
  words: 'many',
  apply(ctx, { from, to, ws }) {
    if (!LAST_WORDS.has(ws[ws.length - 1]!.toLowerCase())) return undefined;
    return genericCommittees.has(lexiconKey(spanText(ctx, from, to))) ? [] : undefined;
  },
};
