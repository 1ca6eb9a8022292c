// A body that writes of itself in the first person: "HMICFRS has today published our findings",
// "We are the College of Policing". That body is the item's writer, and its `our` programme or unit,
// and the programme `we` launch, run or publish, are its own: "we adopted an integrated approach
// to our existing PEEL inspections" (LEADS HMICFRS -> PEEL). The writer is a body named first in its
// sentence with `our`/`we` later in the same clause and nothing named or quoted between; or the
// body after `we are`. The modifiers allowed after `our` are `possessiveModifiers`, the verbs after
// `we` the lead and publishing verbs (data/cues.json, data/relation-frames.json).

import { auxiliaries, leadVerbs, partHeads, possessiveModifiers, publishVerbs } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { hasHead } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule, SentenceView } from './rule.js';

/** The body this sentence shows writing in the first person, if any. */
function writerIn(s: SentenceView): Group | undefined {
  const { tokens, words, refs } = s;
  // "We are the College of Policing"
  if (words[0] === 'we' && /^(are|were)$/.test(words[1] ?? '')) {
    const r = refs.find((x) => x.from === (words[2] === 'the' ? 3 : 2) && x.kind !== 'blocker');
    if (isEntity(r, 'Body')) return r.group;
  }
  const first = refs.find((r) => r.kind !== 'blocker');
  if (!isEntity(first, 'Body') || first.short || first.from > 2) return undefined;
  const end = first.mention?.extentTo ?? first.to;
  for (let k = end + 1; k < words.length && k - end <= 8; k++) {
    if (/[.;:“”"‘’]/.test(tokens[k - 1]!.post + tokens[k]!.pre)) return undefined;
    if (refs.some((r) => r.from === k && r.kind === 'entity' && r.group !== first.group)) return undefined;
    if (words[k] === 'our' || words[k] === 'we') return first.group;
  }
  return undefined;
}

export const firstPersonBodyRule: SentenceRule = {
  name: 'first-person-body',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    const writer = writerIn(s) ?? focus.writer;
    if (!writer) return;
    focus.writer = writer;
    for (let k = 0; k < words.length - 1; k++) {
      // "our existing PEEL inspections", "our new Cyber Unit"
      if (words[k] === 'our') {
        let j = k + 1;
        while (j - k <= 3 && possessiveModifiers.has(words[j]!) && !refs.some((r) => r.from === j)) j++;
        const obj = refs.find((r) => r.from === j && r.kind !== 'blocker');
        if (!isEntity(obj) || obj.group === writer || tokens.slice(k, j).some((t) => /[,;:.()]/.test(t.post))) continue;
        if (obj.group.type === 'Programme') emit.relation('LEADS', writer, obj.group);
        else if (obj.group.type === 'Body' && hasHead(obj.group, partHeads)) emit.relation('PART_OF', obj.group, writer);
        continue;
      }
      // "we have launched the Cyber Choices programme"
      if (words[k] === 'we') {
        let v = k + 1;
        while (v - k <= 3 && auxiliaries.has(words[v]!) && !leadVerbs.has(words[v]!)) v++;
        if (!leadVerbs.has(words[v] ?? '') && !publishVerbs.has(words[v] ?? '')) continue;
        let o = v + 1;
        while (o - v <= 3 && /^(the|a|an|our|new|national|first)$/.test(words[o] ?? '') && !refs.some((r) => r.from === o)) o++;
        const obj = refs.find((r) => r.from === o && r.kind !== 'blocker');
        if (isEntity(obj, 'Programme') && !tokens.slice(k, o).some((t) => /[,;:.()]/.test(t.post))) emit.relation('LEADS', writer, obj.group);
      }
    }
  },
};
