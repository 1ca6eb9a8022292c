// "the work of the College of Policing and the Home Office on the Digital Pathfinders initiative".

import type { Group } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const workOfOnRule: SentenceRule = {
  name: 'work-of-on',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let w = 0; w < tokens.length - 2; w++) {
      if (words[w] !== 'work' || words[w + 1] !== 'of') continue;
      const agents: Group[] = [];
      let k = refs.findIndex((r) => r.from > w + 1);
      for (; k >= 0 && k < refs.length; k++) {
        const r = refs[k]!;
        if (isEntity(r, 'Body')) {
          agents.push(r.group);
          continue;
        }
        break;
      }
      const obj = refs[k];
      if (isEntity(obj, 'Programme') && words[obj.from - 1] === 'the' && words[obj.from - 2] === 'on')
        for (const g of agents) emit.relation('LEADS', g, obj.group);
    }
  },
};
