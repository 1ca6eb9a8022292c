// A person put in a body by a wording of membership (cues.json `memberCues`): "Mr Marshall
// started his policing career in the metropolitan police", "Nicola Faulconbridge joined on a
// 12-month secondment from Kent Police", "She joined the Home Office in 2010", "He joined the
// force in 1990" (the force the item named), "Tom Winsor joins HMIC today", "Chief Constable Gavin
// Stephens has been appointed to lead the National Police Chiefs' Council", "Jane Smith is a member
// of the Policing Board", "Peter Green and Anne White have been appointed to the Policing Board".
// The person is the nearest one named before in the clause (with those listed with it by `and`),
// or `he`/`she` for the person last named.

import { memberCues } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { breaksAfter } from '../../internal/words.js';
import { describedBody, isEntity, refAt } from './refs.js';
import type { SentenceRule } from './rule.js';

const CUE_FIRST = new Set(memberCues.map((c) => c[0]!));

export const memberWordingRule: SentenceRule = {
  name: 'member-wording',
  scope: 'sentence',
  apply(s, emit) {
    const { words, tokens, refs, focus } = s;
    for (let v = 1; v < words.length - 1; v++) {
      if (!CUE_FIRST.has(words[v]!)) continue;
      const cue = memberCues.find((c) => c.every((w, k) => words[v + k] === w));
      if (!cue) continue;
      const after = v + cue.length;
      const at = words[after] === 'the' ? after + 1 : after;
      // a body named here, or "the force" for the force the item named
      const named = refAt(s, at);
      const described = isEntity(named, 'Body') ? undefined : describedBody(s, after);
      const body = isEntity(named, 'Body') ? { group: named.group, to: named.to } : described;
      if (!body) continue;
      // "joined the Home Office in 2010", not "joined the Home Office's campaign"
      // "appointed to lead the NPCC", not "will lead the Home Office review"
      if (cue[0] === 'joined' || cue[0] === 'rejoined' || cue[0] === 'joins' || cue.at(-1) === 'lead' || cue.at(-1) === 'to') {
        const next = words[body.to + 1];
        // "joined the Home Office in calling for …" joins a call, not the body
        if (next === 'in' && /ing$/.test(words[body.to + 2] ?? '')) continue;
        if (
          words[v + 1] === 'by' ||
          (next !== undefined &&
            !breaksAfter(tokens[body.to]!, tokens[body.to + 1]) &&
            !/^(in|as|on|from|at|and|after|before|when|last|this|since|today)$/.test(next))
        )
          continue;
      }
      // the person: the nearest named before in the clause, else "he"/"she" for the person last named
      let person: Group | undefined;
      const prev = [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Person'));
      const clause = (from: number) => !tokens.slice(from, v).some((t) => /[;:]/.test(t.post)) && v - from <= 15;
      if (isEntity(prev, 'Person') && clause(prev.to) && !refs.some((r) => r.from > prev.to && r.to < v && isEntity(r, 'Person'))) person = prev.group;
      else if (!prev) {
        const pronoun = words.slice(0, v).findIndex((w) => w === 'he' || w === 'she');
        if (pronoun >= 0 && clause(pronoun)) person = focus.person;
      }
      if (!person) continue;
      emit.relation('AFFILIATED_WITH', person, body.group);
      // "Peter Green and Anne White have been appointed to the Board": the people listed with the nearest
      if (isEntity(prev, 'Person') && prev.group === person) {
        let k = refs.indexOf(prev);
        let sawAnd = false;
        while (k > 0) {
          const r = refs[k - 1]!;
          const gap = words.slice(r.to + 1, refs[k]!.from).join(' ');
          const comma = /,/.test(tokens[r.to]!.post);
          if (!isEntity(r, 'Person') || !(gap === 'and' || (comma && sawAnd && gap === ''))) break;
          if (gap === 'and') sawAnd = true;
          emit.relation('AFFILIATED_WITH', r.group, body.group);
          k--;
        }
      }
    }
  },
};
