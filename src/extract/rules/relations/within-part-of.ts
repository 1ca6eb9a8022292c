// `within`, `part of` and `delivering` between two names: "the National Cyber Crime Unit within
// the NCA"; "introduced as part of the … Act 2015"; a programme delivering a larger one; each name of
// a plural subject ("the A Unit and the B Unit are both part of the NCA").

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
      // a plural subject ("A and B are both part of C", "A, B and C, all within D"): each name listed
      const subjects = [subj.group];
      if (!delivering && words.slice(subj.to + 1, k).some((w) => /^(are|were|both|all)$/.test(w))) {
        let last = refs.indexOf(subj);
        for (let j = last - 1; j >= 0; j--) {
          const r = refs[j]!;
          const gap = words.slice(r.to + 1, refs[last]!.from).join(' ');
          if (!isEntity(r, subj.group.type) || !(/^(and|and the|the)?$/.test(gap) && (gap.startsWith('and') || /,/.test(tokens[r.to]!.post)))) break;
          subjects.push(r.group);
          last = j;
        }
      }
      for (const one of subjects) {
        const [part, whole] = delivering ? [obj.group, one] : [one, obj.group];
        if (part === whole) continue;
        const ok = part.type === 'Body' ? whole.type === 'Body' : !within && part.type === 'Programme' && (whole.type === 'Programme' || whole.type === 'Act');
        if (ok && !(delivering && (part.type !== 'Programme' || whole.type !== 'Programme'))) emit.relation('PART_OF', part, whole);
      }
    }
  },
};
