// A name described as a body's own kind of thing by an apposition or a copula with the body's
// possessive: "Operation Sceptre, the Metropolitan Police's knife crime operation, …" (LEADS the
// body -> the programme); "The Fraud Squad is the City of London Police's specialist unit", "X is one
// of the NCA's four commands" (PART_OF
// the unit -> the body). The kind is the noun the description ends in, after at most four plain
// lower-case words: a kind of programme (`programmeKinds`, `programmePartHeads`) for a programme, a
// unit's head (`partHeads`, `possessiveUnitNouns`) for a body. "X is the Home Office's response to Y",
// "the NCA's partner" name no kind and are not read. Word lists in data/relation-frames.json.

import { partHeads, possessiveUnitNouns, programmeKinds, programmePartHeads } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

/** At most this many describing words between the possessive and the kind (`knife crime`, `new specialist`). */
const MAX_WORDS = 4;

export const possessiveAppositionRule: SentenceRule = {
  name: 'possessive-apposition',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const named of refs) {
      if (!isEntity(named, 'Programme', 'Body') || named.short) continue;
      let k = (named.mention?.extentTo ?? named.to) + 1;
      // its acronym in brackets
      const acr = refs.find((r) => r.from === k && r.group === named.group);
      if (acr) k = acr.to + 1;
      const comma = /,\s*$/.test(tokens[k - 1]?.post ?? '');
      if (/^(is|was|remains|are|were)$/.test(words[k] ?? '')) k++;
      else if (!comma) continue;
      // "X is one of the NCA's four commands"
      if (words[k] === 'one' && words[k + 1] === 'of') k += 2;
      if (words[k] !== 'the') continue;
      const owner = refs.find((r) => r.from === k + 1 && r.kind !== 'blocker');
      if (!isEntity(owner, 'Body') || owner.group === named.group || !isPossessive(tokens[owner.to]!)) continue;
      // the describing words, plain and lower case, up to the kind
      for (let j = owner.to + 1; j < tokens.length && j - owner.to <= MAX_WORDS + 1; j++) {
        if (!/^[a-z][a-z-]*$/.test(tokens[j]!.text) || refs.some((r) => r.from === j && r.kind !== 'blocker')) break;
        const w = words[j]!;
        const last = /[,;:.()]/.test(tokens[j]!.post) || j + 1 >= tokens.length || !/^[a-z][a-z-]*$/.test(tokens[j + 1]!.text);
        if (named.group.type === 'Programme' && (programmeKinds.has(w) || programmePartHeads.has(w))) {
          emit.relation('LEADS', owner.group, named.group);
          break;
        }
        if (named.group.type === 'Body' && (partHeads.has(w) || possessiveUnitNouns.has(w))) {
          emit.relation('PART_OF', named.group, owner.group);
          break;
        }
        // a preposition or verb ends the description before any kind ("the Home Office's response to …")
        if (last || /^(of|to|for|in|on|at|with|from|by|and|or|that|which|who|is|was)$/.test(w)) break;
      }
    }
  },
};
