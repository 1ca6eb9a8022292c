// A body's own programme named right after `its`: "HMIC has published its PEEL assessment".

import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const itsProgrammeRule: SentenceRule = {
  name: 'its-programme',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let k = 1; k < tokens.length - 1; k++) {
      if (words[k] !== 'its') continue;
      const obj = refs.find((r) => r.from === k + 1 || (r.from === k + 2 && words[k + 1] === 'new'));
      const subj = [...refs].reverse().find((r) => r.to < k);
      if (!isEntity(obj, 'Programme') || !isEntity(subj, 'Body') || subj.short || k - subj.to > 4) continue;
      // only verbs between them: "X worked with Y on its …" has Y in the way, "and"/"with" change the owner
      if (words.slice(subj.to + 1, k).some((w) => /^(and|with|to|for|of|on|in)$/.test(w))) continue;
      emit.relation('LEADS', subj.group, obj.group);
    }
  },
};
