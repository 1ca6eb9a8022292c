// A programme then `that/which` and its maker: "the ‘Phoenix Leadership Programme’ that
// Merseyside Police set up".

import { leadVerbs } from '../../lexicon.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const programmeSetUpByRule: SentenceRule = {
  name: 'programme-set-up-by',
  scope: 'sentence',
  apply(s, emit) {
    const { words, refs } = s;
    refs.forEach((r, i) => {
      if (!isEntity(r, 'Programme')) return;
      const n = refs[i + 1];
      if (!isEntity(n, 'Body', 'Person') || !/^(that|which)$/.test(words[r.to + 1] ?? '') || n.from !== r.to + 2) return;
      if (leadVerbs.has(words[n.to + 1] ?? '') || leadVerbs.has(`${words[n.to + 1]} ${words[n.to + 2]}`)) emit.relation('LEADS', n.group, r.group);
    });
  },
};
