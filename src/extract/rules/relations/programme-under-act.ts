// A programme made by legislation (PART_OF the programme -> the Act, a product of it in the
// guidelines' sense): "The Community Trigger, introduced by the Anti-social Behaviour, Crime and
// Policing Act 2014, …", "The scheme was set up under section 5 of the Police Act 1996", "The Prevent
// duty, created by section 26 of the … Act 2015". A verb of making (`actMakingVerbs` in
// data/relation-frames.json) after the programme (a comma or auxiliaries between), then `by`, `under`
// or `in`, maybe the part of the Act named (`section 26 of`), then the Act. A programme a body
// introduced, or one run `under` a plan that is no Act, is not read here.

import { actMakingVerbs, auxiliaries, legislationParts } from '../../lexicon.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const programmeUnderActRule: SentenceRule = {
  name: 'programme-under-act',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const p of refs) {
      if (!isEntity(p, 'Programme')) continue;
      let v = (p.mention?.extentTo ?? p.to) + 1;
      const acr = refs.find((r) => r.from === v && r.group === p.group);
      if (acr) v = acr.to + 1;
      // only auxiliaries (or the comma of an apposition) between the programme and the verb
      while (v < tokens.length && v - p.to <= 4 && auxiliaries.has(words[v]!) && !/[.;:()]/.test(tokens[v - 1]!.post)) v++;
      if (/[.;:()]/.test(tokens[v - 1]?.post ?? '')) continue;
      const two = `${words[v]} ${words[v + 1]}`;
      const n = actMakingVerbs.has(two) ? 2 : actMakingVerbs.has(words[v] ?? '') ? 1 : 0;
      if (n === 0) continue;
      let k = v + n;
      if (!/^(by|under|in|through)$/.test(words[k] ?? '')) continue;
      k++;
      if (words[k] === 'the') k++;
      // "section 26 of the …": the part of the Act named first
      if (legislationParts.has(words[k] ?? '')) {
        const of = words.indexOf('of', k);
        if (of < 0 || of - k > 5) continue;
        k = words[of + 1] === 'the' ? of + 2 : of + 1;
      }
      const act = refs.find((r) => r.from === k && r.kind !== 'blocker');
      if (isEntity(act, 'Act')) emit.relation('PART_OF', p.group, act.group);
    }
  },
};
