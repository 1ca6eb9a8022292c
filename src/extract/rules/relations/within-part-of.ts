// `within`, `part of` and `delivering` between two names: "the National Cyber Crime Unit within
// the NCA"; "introduced as part of the … Act 2015"; a programme delivering a larger one.

import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const withinPartOfRule: SentenceRule = {
  name: 'within-part-of',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let k = 0; k < tokens.length; k++) {
      const within = words[k] === 'within';
      const partOf = words[k] === 'part' && words[k + 1] === 'of';
      const delivering = words[k] === 'delivering';
      if (!within && !partOf && !delivering) continue;
      const objStart = within || delivering ? k + 1 : k + 2;
      const obj = refs.find((r) => r.from >= objStart && r.from <= objStart + 3 && r.kind !== 'role');
      const subj = [...refs].reverse().find((r) => r.to < k && r.kind !== 'role' && !r.short);
      if (!isEntity(obj) || !isEntity(subj) || k - subj.to > 5) continue;
      if (refs.some((r) => r.from > subj.to && r.to < k && r.kind === 'blocker')) continue;
      const [part, whole] = delivering ? [obj.group, subj.group] : [subj.group, obj.group];
      if (part === whole) continue;
      const ok = part.type === 'Body' ? whole.type === 'Body' : !within && part.type === 'Programme' && (whole.type === 'Programme' || whole.type === 'Act');
      if (ok && !(delivering && (part.type !== 'Programme' || whole.type !== 'Programme'))) emit.relation('PART_OF', part, whole);
    }
  },
};
