// A whole, a verb of structure or composition, then its parts (PART_OF each part -> the whole):
// "The agency will also house the National Cyber Crime Unit"; "The NCA will operate as a single
// organisation built around four distinct ‘commands’ - Organised Crime, …, and the CEOP Centre";
// "The Fund is split into two funds: the A Fund and the B Fund". A verb of structure (`houses`,
// `is split into`, `built around`) takes any part of the whole's kind; a verb of composition
// (`comprises`, `includes`, `has`, `has set up`) only a part whose head names a unit (`… Unit`,
// `… Board`, `… Command`) or a programme's part (`… Fund`, `… Strand`): `The Taskforce includes the
// NCA` names a member, not a unit. The whole is the clause's subject: a name, a short form (`the
// agency`) or `It` for the body the previous sentence was about. When the sentence ends in a colon
// after the verb, the parts are the lines after it that open with a name ("• Community Police Fund
// – …"), until a line that does not. Frames in data/relation-frames.json.

import { compositionVerbs, partHeads, programmePartHeads, structureVerbs } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import { clauseBreak, hasHead, listAfter, phraseAt, subjectBefore } from './frames.js';
import type { Emit, SentenceRule, SentenceView } from './rule.js';

/** The part may belong to the whole: a body's unit, or a programme's part of a programme. */
function fits(part: Group, whole: Group, composition: boolean): boolean {
  if (part === whole) return false;
  if (whole.type === 'Body') return part.type === 'Body' && (!composition || hasHead(part, partHeads));
  if (whole.type === 'Programme') return part.type === 'Programme' && (!composition || hasHead(part, programmePartHeads));
  return false;
}

/** A line of a list opened by a colon: it opens with a name, and nothing but a dash, colon or bracket follows it. */
function listLine(s: SentenceView, open: { whole: Group; composition: boolean }, emit: Emit): boolean {
  const { tokens, words, refs } = s;
  const first = refs.find((r) => r.kind !== 'blocker');
  if (!isEntity(first) || first.from > (words[0] === 'the' ? 1 : 0)) return false;
  const end = first.mention?.extentTo ?? first.to;
  if (end + 1 < tokens.length && !/[–—:(-]/.test(tokens[end]!.post + (tokens[end + 1]?.pre ?? '')) && !/^[–—-]$/.test(tokens[end + 1]!.text)) return false;
  if (!fits(first.group, open.whole, open.composition)) return false;
  emit.relation('PART_OF', first.group, open.whole);
  return true;
}

export const wholeHasPartsRule: SentenceRule = {
  name: 'whole-has-parts',
  scope: 'sentence',
  everySentence: true,
  apply(s, emit) {
    const { tokens, words, focus } = s;
    const open = focus.partList;
    focus.partList = undefined;
    if (open && listLine(s, open, emit)) {
      focus.partList = open;
      return;
    }
    for (let v = 1; v < tokens.length; v++) {
      let n = phraseAt(words, v, structureVerbs);
      const composition = n === 0;
      if (composition) n = phraseAt(words, v, compositionVerbs);
      if (n === 0) continue;
      // "housed by", "included in": the passive reads the other way
      if (/^(by|in|within|on|as)$/.test(words[v + n] ?? '') && !/^(split|divided|organised|organized|structured|restructured|built)$/.test(words[v]!)) continue;
      const whole = subjectBefore(s, v, ['Body', 'Programme']);
      if (!whole) continue;
      const end = v + n - 1;
      if (clauseBreak(s, end) && /:\s*$/.test(tokens[end]!.post) && end === tokens.length - 1) {
        focus.partList = { whole: whole.group, composition };
        return;
      }
      const parts = listAfter(s, v + n);
      for (const p of parts) if (fits(p.group, whole.group, composition)) emit.relation('PART_OF', p.group, whole.group);
      // "… is split into two separate pots of money:" with the parts on the lines after
      if (parts.length === 0 && /:\s*$/.test(tokens[tokens.length - 1]!.post)) focus.partList = { whole: whole.group, composition };
    }
  },
};
