// An amending verb or noun before an Act: "the bill … amending the Proceeds of Crime Act 2002",
// "will amend section 1 of the Police Act 1996", "established by the Criminal Justice Act 1982, as
// an amendment to the Prison Act 1952", "inserts a new section 3A into the Police Act 1996". The
// source is the Act named before, or the item's Act in focus at the start of a sentence. Every
// Act joined on by `and`/`or` is amended too.

import { amendNouns, amendVerbs, legislationParts } from '../../lexicon.js';
import { isEntity, withCoordinated } from './refs.js';
import type { SentenceRule } from './rule.js';

const INSERT_VERBS = new Set(['insert', 'inserts', 'inserted', 'inserting']);

export const amendingVerbRule: SentenceRule = {
  name: 'amending-verb',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    for (let v = 0; v < tokens.length; v++) {
      const w = words[v]!;
      const noun = amendNouns.has(w) && words[v + 1] === 'to';
      const inserts = INSERT_VERBS.has(w);
      if (!amendVerbs.has(w) && !noun && !inserts) continue;
      // the passive: "the Police Act 1996, as amended by the Policing and Crime Act 2017" — the Act
      // after `by` amends the one named before the verb
      if (/(ed)$/.test(w) && words[v + 1] === 'by') {
        const by = refs.find((r) => r.from >= v + 2 && r.from <= v + 3 && isEntity(r, 'Act'));
        const amended = [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Act'));
        if (isEntity(by) && isEntity(amended) && by.group !== amended.group && v - amended.to <= 4) emit.relation('AMENDS', by.group, amended.group);
        continue;
      }
      // the amended Act may come after the part of it named: "section 1 of the", "into the"
      let at = v + 1;
      if (inserts) {
        const into = words.indexOf('into', v);
        if (into < 0 || into - v > 8) continue;
        at = into + 1;
      }
      if (legislationParts.has(words[at] ?? '')) {
        let k = at + 1;
        while (k < words.length && k - at < 6 && words[k] !== 'of') k++;
        if (words[k] === 'of') at = k + 1;
      }
      const target = refs.find((r) => r.from >= at && r.from <= at + 3 && isEntity(r, 'Act'));
      if (!isEntity(target)) continue;
      // "amendments to the Police Act 1996 made by the Policing and Crime Act 2017": the maker after the amended Act
      const madeBy =
        noun && words[target.to + 1] === 'made' && words[target.to + 2] === 'by'
          ? refs.find((r) => r.from >= target.to + 3 && r.from <= target.to + 4 && isEntity(r, 'Act'))
          : undefined;
      const src = madeBy ?? [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Act') && r.group !== target.group);
      // a verb opening the sentence has the Act in focus as subject ("Amends …", "It will also amend …");
      // a noun ("Changes to the …") has none
      const pronounSubject = /^it( will| would| also| will also| would also)?$/.test(words.slice(0, v).join(' '));
      const source = src?.group ?? ((v <= 1 || pronounSubject) && !noun ? focus.act : undefined);
      if (!source) continue;
      for (const t of withCoordinated(target, refs, words, 'Act')) if (source !== t.group) emit.relation('AMENDS', source, t.group);
    }
  },
};
