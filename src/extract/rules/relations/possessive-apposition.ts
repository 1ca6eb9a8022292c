// A name described as a body's own kind of thing by an apposition or a copula with the body's
// possessive: "Operation Sceptre, the Metropolitan Police's knife crime operation, …" (LEADS the body
// -> the programme); "The Fraud Squad is the City of London Police's specialist unit", "X is one of
// the NCA's four commands" (PART_OF the unit -> the body). The kind is the noun the description ends
// in, after at most four plain lower-case words: a kind of programme (`programmeKinds`,
// `programmePartHeads`) for a programme, a unit's head (`partHeads`, `possessiveUnitNouns`) for a body.
// "X is the Home Office's response to Y", "the NCA's partner" name no kind and are not read. With no
// name before it, `one of the NCA's four operational commands` describes the unit with that head among
// the last three bodies named ("Head of the Border Policing Command … As head of one of the NCA's four
// operational commands …"). Word lists in data/relation-frames.json.

import { partHeads, possessiveUnitNouns, programmeKinds, programmePartHeads } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import { hasHead } from './frames.js';
import { isEntity } from './refs.js';
import type { EntityRef, SentenceRule, SentenceView } from './rule.js';

/** At most this many describing words between the possessive and the kind (`knife crime`, `new specialist`). */
const MAX_WORDS = 4;

/** The kind noun after a body's possessive at `owner`: past at most four plain lower-case words, before a preposition or break. */
function kindAfter(s: SentenceView, owner: EntityRef, fits: (w: string) => boolean): string | undefined {
  const { tokens, words, refs } = s;
  for (let j = owner.to + 1; j < tokens.length && j - owner.to <= MAX_WORDS + 1; j++) {
    if (!/^[a-z][a-z-]*$/.test(tokens[j]!.text) || refs.some((r) => r.from === j && r.kind !== 'blocker')) return undefined;
    const w = words[j]!;
    if (fits(w)) return w;
    // a preposition or verb ends the description before any kind ("the Home Office's response to …")
    const last = /[,;:.()]/.test(tokens[j]!.post) || j + 1 >= tokens.length || !/^[a-z][a-z-]*$/.test(tokens[j + 1]!.text);
    if (last || /^(of|to|for|in|on|at|with|from|by|and|or|that|which|who|is|was)$/.test(w)) return undefined;
  }
  return undefined;
}

const isUnitNoun = (w: string) => partHeads.has(w) || possessiveUnitNouns.has(w);

export const possessiveAppositionRule: SentenceRule = {
  name: 'possessive-apposition',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    const read = new Set<EntityRef>();
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
      read.add(owner);
      if (named.group.type === 'Programme' && kindAfter(s, owner, (w) => programmeKinds.has(w) || programmePartHeads.has(w)))
        emit.relation('LEADS', owner.group, named.group);
      else if (named.group.type === 'Body' && kindAfter(s, owner, isUnitNoun)) emit.relation('PART_OF', named.group, owner.group);
    }
    // "Head of the Border Policing Command … As head of one of the NCA’s four operational commands": with no
    // name before it, `one of the B's … commands` describes the unit named last with that head, in the
    // sentence or the item
    for (const owner of refs) {
      if (!isEntity(owner, 'Body') || read.has(owner) || !isPossessive(tokens[owner.to]!)) continue;
      if (words[owner.from - 1] !== 'the' || words[owner.from - 2] !== 'of' || words[owner.from - 3] !== 'one') continue;
      const plural = kindAfter(s, owner, (w) => /s$/.test(w) && isUnitNoun(w.replace(/s$/, '')));
      if (!plural) continue;
      const head = new Set([plural.replace(/s$/, '')]);
      const named = refs.filter((r) => r.to < owner.from - 3 && isEntity(r, 'Body') && !r.short).map((r) => r.group!);
      // among the last three bodies named: a unit named long before may not be the one meant
      const recent = [...new Set([...named.reverse(), ...(focus.bodies ?? [])].filter((g) => g !== owner.group))].slice(0, 3);
      const unit = recent.find((g) => g.type === 'Body' && hasHead(g, head));
      if (unit) emit.relation('PART_OF', unit, owner.group);
    }
  },
};
