// A definite description's possessive right before a name: the body it stands for owns the unit
// (PART_OF) or the programme (LEADS). "Kent Police arrested a man. The force's Serious Crime
// Directorate led the inquiry" → the force is the latest body the item named with `force` (or
// `police`, `constabulary`) in its name (`bodyDescriptions` in data/cues.json). A unit must have a
// unit's head (`partHeads`, `unitHeads`: `… Department`); modifiers as after a name's possessive may stand between (`the force's new
// … Unit`, `possessiveModifiers`). A description the names already read as a short form (`the
// agency's`) is the `possessive` rule's.

import { isPossessive } from '../../internal/words.js';
import { partHeads, possessiveModifiers, unitHeads } from '../../lexicon.js';
import { hasHead } from './frames.js';
import { describedBodyPossessive, isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const descriptionPossessiveRule: SentenceRule = {
  name: 'description-possessive',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let k = 1; k < tokens.length - 1; k++) {
      if (words[k - 1] !== 'the' || !isPossessive(tokens[k]!) || refs.some((r) => r.from <= k && r.to >= k && r.kind !== 'blocker')) continue;
      const owner = describedBodyPossessive(s, k);
      if (!owner) continue;
      let j = k + 1;
      while (j < tokens.length && j - k <= 3 && possessiveModifiers.has(words[j]!) && !/[,;:.()]/.test(tokens[j]!.post)) j++;
      const named = refs.find((r) => r.from === j && r.kind !== 'blocker');
      if (!isEntity(named) || named.short || named.group === owner) continue;
      if (named.group.type === 'Programme') emit.relation('LEADS', owner, named.group);
      else if (named.group.type === 'Body' && (hasHead(named.group, partHeads) || hasHead(named.group, unitHeads)))
        emit.relation('PART_OF', named.group, owner);
    }
  },
};
