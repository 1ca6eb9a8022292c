// A known body's possessive before another name: "the Scottish Parliament’s Criminal Justice
// Committee", "the Northern Ireland Assembly’s Justice Committee", "the Mayor’s Office for Policing
// and Crime’s Violence Reduction Unit". The owner is a name of its own and the rest is read apart,
// as the tokenizer already does for an acronym's possessive (`the NCA’s National Cyber Crime Unit`);
// a name the lists know whole with the possessive inside (`Information Commissioner’s Office`) is
// known-name's, before this rule.

import { lookupName } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import { spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const POSSESSIVE_OWNER = 'possessive-owner';

export const possessiveOwnerRule: ChunkRule = {
  name: POSSESSIVE_OWNER,
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    // the last possessive that closes a known name: the owner nearest the name it owns
    for (let k = to - 1; k >= from; k--) {
      if (!isPossessive(ctx.tokens[k]!)) continue;
      for (let s = from; s <= k; s++) {
        const owner = lookupName(spanText(ctx, s, k));
        if (!owner || owner.type !== 'Body') continue;
        // "Women’s Aid", "Children’s Society": a possessive word that opens a body's name owns nothing
        if (s === k && /^(Women|Men|Children|People|Victims)/.test(ctx.tokens[k]!.text)) continue;
        const rest = classify(k + 1, to, depth + 1);
        const before = s > from ? classify(from, s - 1, depth + 1) : [];
        return [...before, { type: 'Body', from: s, to: k, name: spanText(ctx, s, k), lexicon: owner, rule: 'known-name' }, ...rest];
      }
    }
    return undefined;
  },
};
