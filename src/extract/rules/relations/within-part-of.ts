// `within`, `part of` and `delivering` between two names: "the National Cyber Crime Unit within
// the NCA"; "introduced as part of the … Act 2015"; a programme delivering a larger one; each name of
// a plural subject ("the A Unit and the B Unit are both part of the NCA"); a body described as a unit
// before `within` ("Border Force is a law enforcement command within the Home Office"); a description as
// subject ("The unit is part of the National Crime Agency": the latest unit named with that noun).

import { isPossessive } from '../../internal/words.js';
import { partHeads, possessiveModifiers, unitNouns } from '../../lexicon.js';
import { subjectBefore } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

/**
 * The words between a body and `within` describe it as a unit, however long: "Border Force is a law
 * enforcement command within the Home Office" — `is`/`was` or a comma, `a`/`an`/`the`, plain words,
 * and a noun of units (`unitNouns`, `partHeads`) last.
 */
function describedUnit(words: string[]): boolean {
  const k = /^(is|was|remains)$/.test(words[0] ?? '') ? 1 : 0;
  if (!/^(a|an|the|one)$/.test(words[k] ?? '') || words.length - k > 8) return false;
  const noun = words[words.length - 1]!;
  return (
    (unitNouns.has(noun) || partHeads.has(noun)) &&
    words.slice(k + 1).every((w) => /^[a-z][a-z-]*$/.test(w) && !/^(of|to|for|in|on|at|with|from|by|and|or|that|which|who)$/.test(w))
  );
}

export const withinPartOfRule: SentenceRule = {
  name: 'within-part-of',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let k = 0; k < tokens.length; k++) {
      const within = words[k] === 'within';
      const partOf = words[k] === 'part' && words[k + 1] === 'of';
      const delivering = words[k] === 'delivering';
      if (!within && !partOf && !delivering) continue;
      const objStart = within || delivering ? k + 1 : k + 2;
      let obj = refs.find((r) => r.from >= objStart && r.from <= objStart + 3 && r.kind !== 'role');
      // "part of the City of London Police's Economic Crime Directorate": the whole is the unit the possessive owns
      if (isEntity(obj) && isPossessive(tokens[obj.mention?.extentTo ?? obj.to]!)) {
        const end = obj.mention?.extentTo ?? obj.to;
        const owned = refs.find((r) => r.from > end && r.kind !== 'blocker' && r.group !== obj!.group);
        if (
          isEntity(owned) &&
          owned.group.type === obj.group.type &&
          owned.from - end <= 3 &&
          words.slice(end + 1, owned.from).every((w) => possessiveModifiers.has(w))
        )
          obj = owned;
      }
      const subj = [...refs].reverse().find((r) => r.to < k && r.kind !== 'role' && !r.short);
      // a description nearer than any name stands for the body or programme it describes ("The unit is part of the NCA")
      if (isEntity(obj) && !delivering) {
        const described = subjectBefore(s, k, obj.group.type === 'Body' ? ['Body'] : ['Programme']);
        if (described && (!described.ref || described.ref.short)) {
          const ok = obj.group.type === 'Body' || (partOf && (obj.group.type === 'Programme' || obj.group.type === 'Act'));
          if (ok && described.group !== obj.group) emit.relation('PART_OF', described.group, obj.group);
          continue;
        }
      }
      if (!isEntity(obj) || !isEntity(subj)) continue;
      if (k - subj.to > 5 && !(within && subj.group.type === 'Body' && describedUnit(words.slice((subj.mention?.extentTo ?? subj.to) + 1, k)))) continue;
      if (refs.some((r) => r.from > subj.to && r.to < k && r.kind === 'blocker')) continue;
      // a plural subject ("A and B are both part of C", "A, B and C, all within D"): each name listed
      const subjects = [subj.group];
      if (!delivering && words.slice(subj.to + 1, k).some((w) => /^(are|were|both|all)$/.test(w))) {
        let last = refs.indexOf(subj);
        for (let j = last - 1; j >= 0; j--) {
          const r = refs[j]!;
          const gap = words.slice(r.to + 1, refs[last]!.from).join(' ');
          if (!isEntity(r, subj.group.type) || !(/^(and|and the|the)?$/.test(gap) && (gap.startsWith('and') || /,/.test(tokens[r.to]!.post)))) break;
          subjects.push(r.group);
          last = j;
        }
      }
      for (const one of subjects) {
        const [part, whole] = delivering ? [obj.group, one] : [one, obj.group];
        if (part === whole) continue;
        const ok = part.type === 'Body' ? whole.type === 'Body' : !within && part.type === 'Programme' && (whole.type === 'Programme' || whole.type === 'Act');
        if (ok && !(delivering && (part.type !== 'Programme' || whole.type !== 'Programme'))) emit.relation('PART_OF', part, whole);
      }
    }
  },
};
