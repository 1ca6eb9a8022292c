// An amending verb before an Act: "the bill … amending the Proceeds of Crime Act 2002"; the
// source is the Act named before the verb, or the item's Act in focus at the start of a sentence.
// Every Act joined on by `and`/`or` is amended too.

import { amendVerbs } from '../../lexicon.js';
import { isEntity, withCoordinated } from './refs.js';
import type { SentenceRule } from './rule.js';

export const amendingVerbRule: SentenceRule = {
  name: 'amending-verb',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    for (let v = 0; v < tokens.length; v++) {
      if (!amendVerbs.has(words[v]!)) continue;
      const target = refs.find((r) => r.from > v && r.from <= v + 4 && isEntity(r, 'Act'));
      if (!isEntity(target)) continue;
      const src = [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Act') && r.group !== target.group);
      const source = src?.group ?? (v <= 1 ? focus.act : undefined);
      if (!source) continue;
      for (const t of withCoordinated(target, refs, words, 'Act')) if (source !== t.group) emit.relation('AMENDS', source, t.group);
    }
  },
};
