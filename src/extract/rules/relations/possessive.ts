// A body's possessive right before a name: its programme (LEADS) or its unit (PART_OF):
// "Cambridge Constabulary’s Programme Metis", "the Cabinet Office’s Centre for Social Action".

import { isPossessive } from '../../internal/words.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const possessiveRule: SentenceRule = {
  name: 'possessive',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, refs } = s;
    refs.forEach((r, i) => {
      if (!isEntity(r, 'Body') || !isPossessive(tokens[r.to]!)) return;
      // past its own acronym in brackets: "the Metropolitan Police Service’s (MPS) Directorate of Professional Standards"
      let j = i + 1;
      while (refs[j] && refs[j]!.group === r.group && refs[j]!.from === refs[j - 1]!.to + 1) j++;
      const n = refs[j];
      if (!isEntity(n) || n.from !== refs[j - 1]!.to + 1) return;
      if (n.group.type === 'Programme') emit.relation('LEADS', r.group, n.group);
      else if (n.group.type === 'Body') emit.relation('PART_OF', n.group, r.group);
    });
  },
};
