// A body then `its` and another body: "the National Crime Agency (NCA) and its National Cyber
// Crime Unit" (PART_OF).

import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const andItsUnitRule: SentenceRule = {
  name: 'and-its-unit',
  scope: 'sentence',
  apply(s, emit) {
    const { words, refs } = s;
    refs.forEach((r, i) => {
      const n = refs[i + 1];
      if (!isEntity(r, 'Body') || !isEntity(n, 'Body')) return;
      const gap = words.slice(r.to + 1, n.from).join(' ');
      if (/^(and |, )?its$/.test(gap) || /^(and |, )?its own$/.test(gap)) emit.relation('PART_OF', n.group, r.group);
    });
  },
};
