// An office given with `as` or `to be` after a person: "welcoming Gordon Meldrum … as the new
// director of the NCA"; "Alex Marshall … was chosen … to be the college's first chief executive
// officer". The person is the nearest one named before, with no other person between.

import type { Group } from '../../internal/item-entities.js';
import { closesAfter, officePhraseAt } from './office-phrase.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const asOfficeRule: SentenceRule = {
  name: 'as-office',
  scope: 'sentence',
  apply(s, emit) {
    const { words, refs, tokens } = s;
    for (let t = 1; t < words.length - 1; t++) {
      const to = words[t] === 'to' && /^(be|become)$/.test(words[t + 1]!);
      if (words[t] !== 'as' && !to) continue;
      const at = to ? t + 2 : t + 1;
      const prev = [...refs].reverse().find((r) => r.to < t && isEntity(r, 'Person'));
      if (!isEntity(prev, 'Person') || t - prev.to > 40) continue;
      if (tokens.slice(prev.to, t).some((x) => /[;:]/.test(x.post))) continue;
      const office = officePhraseAt(s, at);
      if (!office || !(office.known || closesAfter(s, office.end))) continue;
      emit.holds(prev.group as Group, office.role, office.body);
    }
  },
};
