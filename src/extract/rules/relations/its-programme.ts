// A body's own programme named right after `its`: "HMIC has published its PEEL assessment", and its
// own unit (PART_OF) when the name's head names one: "the NCA said its National Cyber Crime Unit …"; a
// person's after `his`/`her`, when that person is the sentence's one person named before it
// ("Police and Crime Commissioner David Keane has committed to investing money … under his Proceeds
// of Crime Community Fund"); a fronted `its` for the subject after the comma ("Through its Police
// Innovation Fund, the Home Office has supported …").

import { partHeads } from '../../lexicon.js';
import { hasHead } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const itsProgrammeRule: SentenceRule = {
  name: 'its-programme',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let k = 1; k < tokens.length - 1; k++) {
      if (/^(his|her)$/.test(words[k]!)) {
        const obj = refs.find((r) => r.from === k + 1 || (r.from === k + 2 && words[k + 1] === 'new'));
        const people = refs.filter((r) => r.to < k && isEntity(r, 'Person'));
        const owner = people[0];
        if (!isEntity(owner, 'Person')) continue;
        // the one person named before, the clause's subject: no other entity before it, none after
        // it of its kind, and no quotation or semicolon between (someone else may speak there)
        if (!isEntity(obj, 'Programme') || !owner || owner.short || people.some((r) => r.group !== owner.group) || k - owner.to > 30) continue;
        if (refs.some((r) => r.to < owner.from && r.kind === 'entity')) continue;
        if (tokens.slice(owner.to, k).some((t) => /[;:“”"]/.test(t.post + t.pre))) continue;
        emit.relation('LEADS', owner.group, obj.group);
        continue;
      }
      // `their` for a body, as UK usage often writes it ("the NSPCC will expand their Childline service")
      if (words[k] !== 'its' && words[k] !== 'their') continue;
      // "Through its Police Innovation Fund, the Home Office has supported …": a fronted phrase whose `its`
      // stands for the subject named right after its comma
      if (k <= 2 && !refs.some((r) => r.to < k && r.kind !== 'blocker')) {
        const obj = refs.find((r) => r.from === k + 1 || (r.from === k + 2 && words[k + 1] === 'new'));
        if (isEntity(obj, 'Programme', 'Body')) {
          const end = obj.mention?.extentTo ?? obj.to;
          const next = refs.find((r) => r.from > end && r.kind !== 'blocker');
          const subject =
            /,\s*$/.test(tokens[end]!.post) &&
            isEntity(next, 'Body') &&
            !next.short &&
            (next.from === end + 1 || (next.from === end + 2 && words[end + 1] === 'the'));
          if (subject && next.group !== obj.group) {
            if (obj.group.type === 'Programme') emit.relation('LEADS', next.group, obj.group);
            else if (hasHead(obj.group, partHeads)) emit.relation('PART_OF', obj.group, next.group);
          }
          continue;
        }
      }
      const obj = refs.find((r) => r.from === k + 1 || (r.from === k + 2 && words[k + 1] === 'new'));
      const subj = [...refs].reverse().find((r) => r.to < k);
      const unit = isEntity(obj, 'Body') && hasHead(obj.group, partHeads);
      if (!(isEntity(obj, 'Programme') || unit) || !isEntity(subj, 'Body') || subj.short || k - subj.to > 4) continue;
      // only verbs between them: "X worked with Y on its …" has Y in the way, "and"/"with" change the owner
      if (words.slice(subj.to + 1, k).some((w) => /^(and|with|to|for|of|on|in)$/.test(w))) continue;
      // `their` only for the body opening the sentence, with no preposition before it
      if (words[k] === 'their' && (subj.from > 1 || words.slice(subj.to + 1, k).some((w) => /^(about|at|from|by|over|into|through|than|as)$/.test(w))))
        continue;
      if (obj!.group === subj.group) continue;
      if (unit) emit.relation('PART_OF', obj!.group!, subj.group);
      else emit.relation('LEADS', subj.group, obj!.group!);
    }
  },
};
