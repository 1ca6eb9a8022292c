// A programme then `that/which` and its maker: "the ‘Phoenix Leadership Programme’ that
// Merseyside Police set up", "the scheme, which the Home Office has funded since 2019".

import { auxiliaries, leadVerbs } from '../../lexicon.js';
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
      const end = r.mention?.extentTo ?? r.to;
      if (!isEntity(n, 'Body', 'Person') || !/^(that|which)$/.test(words[end + 1] ?? '') || n.from !== end + (words[end + 2] === 'the' ? 3 : 2)) return;
      // auxiliaries between the maker and its verb ("which the Home Office has funded")
      let v = (n.mention?.extentTo ?? n.to) + 1;
      while (v - n.to <= 3 && auxiliaries.has(words[v] ?? '') && !leadVerbs.has(words[v] ?? '')) v++;
      if (leadVerbs.has(words[v] ?? '') || leadVerbs.has(`${words[v]} ${words[v + 1]}`)) emit.relation('LEADS', n.group, r.group);
    });
  },
};
