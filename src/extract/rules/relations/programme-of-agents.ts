// A programme described as a kind of programme that its agents run, named after `between`, `from`
// or `by` (LEADS each agent -> the programme): "Cyber Choices, an initiative from the National Crime
// Agency, …", "The Blue Light programme is a partnership between Mind and the College of Policing".
// The kind is a noun of programmes or of joint work (`programme`, `scheme`, `partnership`,
// `collaboration`; `programmeKinds` in data/relation-frames.json), with at most three words before it.

import { programmeKinds } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { withIt } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const programmeOfAgentsRule: SentenceRule = {
  name: 'programme-of-agents',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const p of withIt(s)) {
      if (!isEntity(p, 'Programme')) continue;
      let k = (p.mention?.extentTo ?? p.to) + 1;
      const comma = /,\s*$/.test(tokens[k - 1]!.post);
      if (/^(is|was)$/.test(words[k] ?? '')) k++;
      else if (!comma) continue;
      if (!/^(a|an|the)$/.test(words[k] ?? '')) continue;
      // up to three words, then the kind and its preposition
      let kind = -1;
      for (let j = k + 1; j <= k + 4 && j < words.length; j++) {
        if (refs.some((r) => r.from === j && r.kind !== 'blocker')) break;
        if (programmeKinds.has(words[j]!)) {
          kind = j;
          break;
        }
      }
      if (kind < 0 || !/^(between|from|by)$/.test(words[kind + 1] ?? '') || tokens.slice(p.to, kind + 1).some((t) => /[.;:()]/.test(t.post))) continue;
      // the agents: names joined by commas and `and`
      const agents: Group[] = [];
      let last = kind + 1;
      for (const r of refs) {
        if (r.from <= last || r.kind === 'blocker') continue;
        const gap = words.slice(last + 1, r.from).join(' ');
        if (!/^(the|and|and the|or|or the)?$/.test(gap) && !(/,/.test(tokens[last]!.post) && /^(the|and|and the)?$/.test(gap))) break;
        if (!isEntity(r, 'Body', 'Person')) break;
        agents.push(r.group);
        last = r.mention?.extentTo ?? r.to;
      }
      for (const g of agents.slice(0, 4)) if (g !== p.group) emit.relation('LEADS', g, p.group);
    }
  },
};
