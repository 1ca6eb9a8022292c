// People named as a group of a body: "Members of the Board", "Trustees of the Police Foundation",
// "Members of the Home Affairs Committee". The run names the people, not a body; the body after
// `of (the)` is read apart, and a head word alone there (`the Board`) names no body. The nouns are
// `groupOfPeopleNouns` in data/name-shapes.json.

import { bodyHeads, groupOfPeopleNouns } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';

export const MEMBERS_OF = 'members-of';

export const membersOfRule: ChunkRule = {
  name: MEMBERS_OF,
  words: 'many',
  apply(ctx, { from, to, ws, depth }, classify) {
    if (!groupOfPeopleNouns.has(ws[0]!) || ws[1] !== 'of' || to < from + 2) return undefined;
    const b = wordOf(ctx.tokens[from + 2]!) === 'the' ? from + 3 : from + 2;
    if (b > to) return [];
    if (b === to && bodyHeads.has(wordOf(ctx.tokens[b]!))) return [];
    return classify(b, to, depth + 1);
  },
};
