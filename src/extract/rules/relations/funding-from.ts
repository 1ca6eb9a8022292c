// A programme and the bodies its money comes from, after a noun of money and `from` (LEADS each
// body -> the programme, as funding it is running it in the guidelines' sense): "The Violence
// Reduction Programme, with funding from the Home Office, …", "The Fund receives £10 million of grant
// funding from the Home Office and the Ministry of Justice". The programme is the clause's subject:
// the nearest name before the noun, with only plain lower-case words, a sum and a comma right after
// it between. Money from a body's own programme ("funding from the Home Office's Safer Streets Fund")
// is not read, nor money a body receives ("Kent Police received funding from the Home Office").
// The nouns of money are `fundingNouns` in data/relation-frames.json.

import { fundingNouns } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import type { Group } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

/** At most this many words between the programme and the noun of money. */
const MAX_GAP = 8;

export const fundingFromRule: SentenceRule = {
  name: 'funding-from',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let n = 1; n < tokens.length - 1; n++) {
      if (!fundingNouns.has(words[n]!) || words[n + 1] !== 'from') continue;
      const subj = [...refs].reverse().find((r) => r.to < n && r.kind !== 'blocker');
      if (!isEntity(subj, 'Programme') || n - subj.to > MAX_GAP) continue;
      const end = subj.mention?.extentTo ?? subj.to;
      // plain words between: lower case or a sum, a comma only right after the programme
      const between = tokens.slice(end + 1, n);
      if (!between.every((t) => /^([a-z][a-z-]*|[£$€]?[\d.,]+(m|bn|k)?)$/.test(t.text))) continue;
      if (tokens.slice(end + 1, n).some((t) => /[.;:()"“”]/.test(t.post)) || /[.;:()]/.test(tokens[end]!.post)) continue;
      if (words.slice(end + 1, n).some((w) => /^(said|says|told|and|but|which|who|that|to|for)$/.test(w))) continue;
      // the bodies named after `from`, joined by `and` or commas
      const agents: Group[] = [];
      let last = n + 1;
      for (const r of refs) {
        if (r.from <= last || r.kind === 'blocker') continue;
        const gap = words.slice(last + 1, r.from).join(' ');
        if (!/^(the|and|and the)?$/.test(gap) && !(/,/.test(tokens[last]!.post) && /^(the|and|and the)?$/.test(gap))) break;
        if (!isEntity(r, 'Body')) break;
        const rEnd = r.mention?.extentTo ?? r.to;
        // "from the Home Office's Safer Streets Fund": the money is the other programme's
        if (isPossessive(tokens[rEnd]!)) break;
        agents.push(r.group);
        last = rEnd;
      }
      for (const g of agents.slice(0, 4)) if (g !== subj.group) emit.relation('LEADS', g, subj.group);
    }
  },
};
