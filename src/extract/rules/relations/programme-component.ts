// A programme said to be a component of a larger programme or of an Act, by a noun of components
// and `of` (PART_OF the part -> the whole): "Prevent is one of the four strands of CONTEST", "Safer
// Streets 5, the fifth round of the Safer Streets Fund, …", "The Prevent duty is a key element of the
// Counter-Terrorism and Security Act 2015". After a comma, a bracket or `is`/`was`, then `a`/`an`/`the`/
// `one of the`, at most four plain words, the noun (`componentNouns` in data/relation-frames.json),
// `of` and the whole. "X is a key part of the Home Office's work" names no programme and is not read.

import { componentNouns } from '../../lexicon.js';
import { isEntity, refAt } from './refs.js';
import type { SentenceRule } from './rule.js';

export const programmeComponentRule: SentenceRule = {
  name: 'programme-component',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const part of refs) {
      if (!isEntity(part, 'Programme') || part.short) continue;
      let k = (part.mention?.extentTo ?? part.to) + 1;
      const acr = refs.find((r) => r.from === k && r.group === part.group);
      if (acr) k = acr.to + 1;
      const apposition = /^(,|\s*\()\s*$/.test(tokens[k - 1]?.post ?? '') || tokens[k]?.pre === '(';
      if (/^(is|was|remains|forms|formed)$/.test(words[k] ?? '')) k++;
      else if (!apposition) continue;
      if (words[k] === 'one' && words[k + 1] === 'of') k += 2;
      if (!/^(a|an|the)$/.test(words[k] ?? '')) continue;
      // plain words up to the noun of components and `of`
      let of = -1;
      for (let j = k + 1; j < words.length && j - k <= 5; j++) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(tokens[j]!.text) || /[,;:.()]/.test(tokens[j]!.post)) break;
        if (componentNouns.has(words[j]!) && words[j + 1] === 'of') {
          of = j + 1;
          break;
        }
      }
      if (of < 0) continue;
      const whole = refAt(s, words[of + 1] === 'the' ? of + 2 : of + 1);
      if (isEntity(whole, 'Programme', 'Act') && whole.group !== part.group) emit.relation('PART_OF', part.group, whole.group);
    }
  },
};
