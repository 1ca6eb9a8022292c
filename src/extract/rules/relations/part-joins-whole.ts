// A part, a verb that puts it into a whole, then the whole (PART_OF part -> whole): "CEOP became
// part of the NCA", "the Unit sits within the Home Office", "X was merged into the NCA", "the Board
// is a sub-committee of the NPCC". A weak verb (`reports to`, `is accountable to`, `merged with`)
// only for a part whose head names a unit (`… Board`, `… Unit`): "the IOPC reports to Parliament" is
// no part of it. The part is the clause's subject (a name, a short form, or `It`); a programme may
// join a programme or an Act. Frames in data/relation-frames.json.

import { joinVerbs, partHeads, weakJoinVerbs } from '../../lexicon.js';
import { isEntity } from './refs.js';
import { hasHead, phraseAt, subjectBefore } from './frames.js';
import type { SentenceRule } from './rule.js';

export const partJoinsWholeRule: SentenceRule = {
  name: 'part-joins-whole',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let v = 1; v < tokens.length; v++) {
      let n = phraseAt(words, v, joinVerbs);
      const weak = n === 0;
      if (weak) n = phraseAt(words, v, weakJoinVerbs);
      if (n === 0) continue;
      if (/[.;:]/.test(tokens[v + n - 1]!.post)) continue;
      // "merged into a larger National Crime Agency": a determiner and a word of size or scope before the whole
      let at = v + n;
      while (at - (v + n) < 2 && /^(the|a|an|new|larger|wider|single|national|bigger)$/.test(words[at] ?? '') && !refs.some((r) => r.from === at)) at++;
      const whole = refs.find((r) => r.from === at && r.kind !== 'blocker');
      if (!isEntity(whole, 'Body', 'Programme', 'Act')) continue;
      const part = subjectBefore(s, v, whole.group.type === 'Body' ? ['Body'] : ['Programme']);
      if (!part || part.group === whole.group) continue;
      if (weak && !hasHead(part.group, partHeads)) continue;
      emit.relation('PART_OF', part.group, whole.group);
    }
  },
};
