// A body said to be a unit of another: "Chief Constables' Council (CCC) is the main decision
// making forum of the National Police Chiefs' Council"; "X is an executive agency of the Home
// Office"; "Y, a directorate of the NCA"; "X is an executive agency, sponsored by the Home Office". The
// unit nouns are in cues.json.

import { unitNouns } from '../../lexicon.js';
import { isEntity, refAt } from './refs.js';
import type { SentenceRule } from './rule.js';

export const copulaPartOfRule: SentenceRule = {
  name: 'copula-part-of',
  scope: 'sentence',
  apply(s, emit) {
    const { words, refs } = s;
    refs.forEach((part) => {
      if (!isEntity(part, 'Body') || part.short) return;
      let k = part.to + 1;
      // its acronym in brackets
      if (refs.some((r) => r.from === k && r.group === part.group)) k = refs.find((r) => r.from === k && r.group === part.group)!.to + 1;
      if (/^(is|was|remains)$/.test(words[k] ?? '')) k++;
      // or an apposition, after a comma or in brackets ("X (a unit of the City of London Police)")
      else if (!/^(,|\s*\()\s*$/.test(s.tokens[k - 1]?.post ?? '') && s.tokens[k]?.pre !== '(') return;
      if (!/^(the|a|an|one)$/.test(words[k] ?? '')) return;
      // an executive agency names its department after `sponsored by` too: an agency is part of the department
      // that sponsors it ("UK Visas and Immigration is an executive agency, sponsored by the Home Office"); a
      // non-departmental body so sponsored is not
      const agency = words.indexOf('agency', k);
      let of =
        agency > 0 && agency - k <= 3 && words[agency - 1] === 'executive' && words[agency + 1] === 'sponsored' && words[agency + 2] === 'by' ? agency + 2 : -1;
      // up to five words, then a unit noun and `of`
      for (let j = k + 1; of < 0 && j < words.length && j - k <= 6; j++) {
        if (words[j] === 'of') {
          of = j;
          break;
        }
        if (refs.some((r) => r.from === j && r.kind !== 'blocker')) return;
      }
      if (of < 0) return;
      // "a non-ministerial department of", "a non-departmental public body of": a body in its own right
      if (/\b(non ?-?ministerial|non ?-?departmental|arm['’]s ?-?length)\b/.test(words.slice(k, of).join(' '))) return;
      const noun = words[of] === 'by' ? 'executive agency' : words[of - 1]!;
      if (!unitNouns.has(noun) && !unitNouns.has(`${words[of - 2]} ${noun}`)) return;
      const whole = refAt(s, words[of + 1] === 'the' ? of + 2 : of + 1);
      if (isEntity(whole, 'Body') && whole.group !== part.group) emit.relation('PART_OF', part.group, whole.group);
    });
  },
};
