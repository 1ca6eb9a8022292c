// "… announced it will roll-out two initiatives"; "… awarded Mind funding to develop a major new
// programme": the bodies before the verb are remembered in the item focus, and the next
// programme the item names for the first time is theirs (LEADS, emitted by the item runner).

import { announcedProgrammeNouns, announcingWords, leadVerbs } from '../../lexicon.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const announcedProgrammeRule: SentenceRule = {
  name: 'announced-programme',
  scope: 'sentence',
  apply(s) {
    const { tokens, words, refs, focus } = s;
    for (let v = 1; v < tokens.length; v++) {
      if (!leadVerbs.has(words[v]!)) continue;
      const noun = words.slice(v + 1, v + 6).findIndex((w) => announcedProgrammeNouns.has(w));
      if (noun < 0) continue;
      const det = words.slice(v + 1, v + 1 + noun);
      if (!det.some((w) => announcingWords.has(w)) || det.includes('the')) continue;
      if (refs.some((r) => r.from > v && isEntity(r, 'Programme'))) continue;
      const agents = refs
        .filter((r) => r.to < v && isEntity(r, 'Body') && r.mention?.nestedIn === undefined)
        .map((r) => r.group!)
        .slice(-3);
      if (agents.length > 0) {
        focus.pendingAgents = agents;
        focus.pendingNoun = words[v + 1 + noun]!.replace(/s$/, '');
      }
    }
  },
};
