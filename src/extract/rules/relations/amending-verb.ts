// An amending verb or noun before an Act: "the bill … amending the Proceeds of Crime Act 2002",
// "will amend section 1 of the Police Act 1996", "established by the Criminal Justice Act 1982, as
// an amendment to the Prison Act 1952", "inserts a new section 3A into the Police Act 1996". The
// source is the Act named before, or the item's Act in focus at the start of a sentence or when a
// part of it is the subject ("Part 6 would amend the Firearms Act 1968", "Clause 3 amends …"). The
// passive reads past the part of the amending Act named ("… Act 1994 as amended by section 8 of the
// Knives Act 1997"). Every Act joined on by `and`/`or` is amended too. The legislative participles
// (`as substituted by`, `inserted by`, `revoked by`; `amendPassives` in data/relation-frames.json)
// read as the passive, the amended Act after the amending one when none stands before ("Section 60
// was inserted by the Knives Act 1997 into the … Act 1994"), and "the amendments made by X to Y".

import { amendActives, amendNouns, amendPassives, amendVerbs, legislationParts } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { EntityRef, SentenceRule, SentenceView } from './rule.js';

/** Verbs that put new text into an Act, read only with `into` after them ("introduces a new offence into the … Act"). */
const INSERT_VERBS = new Set(['insert', 'inserts', 'inserted', 'inserting', 'introduce', 'introduces', 'introduced', 'introducing']);

/** A Bill, whose future changes to an Act are stated without it ("The Licensing Act 2003 will be amended to …"). */
const isBill = (g: Group | undefined) => !!g && g.type === 'Act' && g.forms.some((f) => /\bBill$/i.test(f));

/** Light verbs before an amending noun, which leave the part or pronoun before them the subject ("Part 3 makes amendments to"). */
const LIGHT = '( (makes?|made|contains?|includes?|introduces?|sets? out|brings? in))?';
const MODALS = '( will| would| also| will also| would also)?';
/** The numbers of a part, or of several (`Clause 12`, `Clauses 1 to 3`, `Clauses 12 and 13`, `Sections 4, 5 and 6`). */
const PART_NUMBERS = '[0-9]+[a-z]?([–-][0-9]+[a-z]?)?(( to| and| or)? [0-9]+[a-z]?)*';
/** A description of the legislation in focus as a subject (`the Act`, `these Regulations`, `the new law`). */
const LEGISLATION_DESCRIPTION = '(the|this|these) (new )?(act|bill|regulations|order|legislation|law|measure|instrument|statutory instrument)';
/** Before `amended`: a change yet to be made, or stated in the present as a Bill states it (`will be`, `is to be`, `is`). */
const FUTURE_PASSIVE = /(\b(will|would|shall|to)( also)? be|^(is|are)|\s(is|are))$/;

/**
 * The Acts joined on to an amending or amended Act, each maybe after the part of it named: "as
 * amended by section 8 of the Knives Act 1997, section 25 of the Crime and Disorder Act 1998 and
 * schedule 7 of the … Act 2001" — a comma or `and`/`or`, a part (`section 25 of`), `the`.
 */
function actsListed(first: EntityRef, s: SentenceView): EntityRef[] {
  const { tokens, words, refs } = s;
  const joined = [first];
  let end = first.mention?.extentTo ?? first.to;
  for (const r of refs) {
    if (r.from <= end || r.kind === 'blocker' || r.group === joined[joined.length - 1]!.group) continue;
    if (!isEntity(r, 'Act')) break;
    let gap = words.slice(end + 1, r.from);
    if (/^(and|or)$/.test(gap[0] ?? '')) gap = gap.slice(1);
    else if (!/,/.test(tokens[end]!.post)) break;
    if (legislationParts.has(gap[0] ?? '')) {
      const of = gap.findIndex((w) => w === 'of' || w === 'to');
      if (of < 1 || of > 4) break;
      gap = gap.slice(of + 1);
    }
    if (gap.length > 1 || (gap.length === 1 && gap[0] !== 'the')) break;
    joined.push(r);
    end = r.mention?.extentTo ?? r.to;
  }
  return joined;
}

/**
 * Where the Act itself starts when a part of it is named first: "section 1 of the Police Act
 * 1996" → the token after `of` (the `the` is allowed for by the callers' window). `at` otherwise.
 */
function partOf(words: string[], at: number): number {
  const k0 = words[at] === 'the' ? at + 1 : at;
  if (!legislationParts.has(words[k0] ?? '')) return at;
  let k = k0 + 1;
  while (k < words.length && k - k0 < 6 && words[k] !== 'of') k++;
  return words[k] === 'of' ? k + 1 : at;
}

/**
 * Where the Act starts when a provision of it is named first by a noun: "repeal the power in section 44
 * of the Terrorism Act 2000", "repeals the stop and search powers in the Terrorism Act 2000" → the token
 * after `in`/`under`/`within` (then past a part named, as `partOf`). `at` otherwise.
 */
function provisionIn(words: string[], at: number): number {
  if (!/^(the|its|a|an)$/.test(words[at] ?? '')) return at;
  for (let k = at + 1; k < words.length && k - at <= 5; k++) {
    if (/^(in|under|within)$/.test(words[k]!)) return partOf(words, k + 1);
    if (!/^[a-z][a-z-]*$/.test(words[k]!) || /^(of|to|for|on|by|or|that|which)$/.test(words[k]!)) return at;
  }
  return at;
}

export const amendingVerbRule: SentenceRule = {
  name: 'amending-verb',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    for (let v = 0; v < tokens.length; v++) {
      const w = words[v]!;
      // a heading of a Bill's part: "Amendments of the Police Act 1996", "Schedule 2 — Amendments to the …"
      const heading =
        amendNouns.has(w) &&
        /^(to|of)$/.test(words[v + 1] ?? '') &&
        (v === 0 || (v === 2 && legislationParts.has(words[0]!) && /^[0-9]+[a-z]?$/.test(words[1]!)));
      const noun = amendNouns.has(w) && (words[v + 1] === 'to' || heading || (words[v + 1] === 'made' && words[v + 2] === 'by'));
      const inserts = INSERT_VERBS.has(w);
      const passive = amendPassives.has(w) && words[v + 1] === 'by';
      if (!amendVerbs.has(w) && !amendActives.has(w) && !noun && !inserts && !passive) continue;
      // the passive: "the Police Act 1996, as amended by the Policing and Crime Act 2017" — the Act
      // after `by` amends the one named before the verb, or the one after `into`/`in` past it
      if (passive || (/(ed)$/.test(w) && words[v + 1] === 'by')) {
        const byAt = partOf(words, v + 2);
        const by = refs.find((r) => r.from >= byAt && r.from <= byAt + 1 && isEntity(r, 'Act'));
        if (!isEntity(by)) continue;
        let amended = [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Act') && v - r.to <= 4);
        const byEnd = by.mention?.extentTo ?? by.to;
        if (!amended && /^(into|in|to)$/.test(words[byEnd + 1] ?? '')) {
          const at = partOf(words, byEnd + 2);
          amended = refs.find((r) => r.from >= at && r.from <= at + 1 && isEntity(r, 'Act'));
        }
        // each amending Act joined by `and` ("amended by the Police Reform Act 2002 and the Policing and Crime Act 2017")
        if (isEntity(amended)) for (const a of actsListed(by, s)) if (a.group !== amended.group) emit.relation('AMENDS', a.group, amended.group);
        continue;
      }
      // "The Licensing Act 2003 will be amended to …", "The Vagrancy Act 1824 will be repealed" in an item
      // about a Bill: the Bill's change, stated without it
      if (/^(amended|repealed|replaced)$/.test(w) && words[v + 1] !== 'by' && FUTURE_PASSIVE.test(words.slice(Math.max(0, v - 3), v).join(' '))) {
        const amended = [...refs].reverse().find((r) => r.to < v && r.kind !== 'blocker');
        const gap = isEntity(amended, 'Act') ? words.slice((amended.mention?.extentTo ?? amended.to) + 1, v) : [];
        if (
          isEntity(amended, 'Act') &&
          gap.length <= 4 &&
          isBill(focus.firstAct) &&
          focus.firstAct !== amended.group &&
          !refs.some((r) => r.from > v && isEntity(r, 'Act'))
        )
          emit.relation('AMENDS', focus.firstAct!, amended.group);
        continue;
      }
      // "the amendments made by the Policing and Crime Act 2017 to the Police Act 1996"
      if (noun && words[v + 1] === 'made' && words[v + 2] === 'by') {
        const by = refs.find((r) => r.from >= partOf(words, v + 3) && r.from <= partOf(words, v + 3) + 1 && isEntity(r, 'Act'));
        const to = isEntity(by) ? (by.mention?.extentTo ?? by.to) + 1 : -1;
        if (!isEntity(by) || words[to] !== 'to') continue;
        const at = partOf(words, to + 1);
        const amended = refs.find((r) => r.from >= at && r.from <= at + 1 && isEntity(r, 'Act'));
        if (isEntity(amended) && amended.group !== by.group) emit.relation('AMENDS', by.group, amended.group);
        continue;
      }
      // the amended Act may come after the part of it named: "section 1 of the", "into the"
      let at = v + 1;
      if (inserts) {
        const into = words.indexOf('into', v);
        if (into < 0 || into - v > 8) continue;
        at = into + 1;
      }
      at = partOf(words, at);
      let target = refs.find((r) => r.from >= at && r.from <= at + 3 && isEntity(r, 'Act'));
      // a provision named by a noun before the Act ("repeal the power in section 44 of the …"); not for an amending noun
      if (!isEntity(target) && !noun && !inserts) {
        const p = provisionIn(words, at);
        if (p !== at) target = refs.find((r) => r.from >= p && r.from <= p + 1 && isEntity(r, 'Act'));
      }
      if (!isEntity(target)) continue;
      // "amendments to the Police Act 1996 made by the Policing and Crime Act 2017": the maker after the amended Act
      // (also past an auxiliary: "Changes to the Police Act 1996 were made by …")
      let m = target.to + 1;
      while (m - target.to <= 2 && /^(was|were|are|is|have|has|had|been|will|be)$/.test(words[m] ?? '')) m++;
      // or the Act that holds them after `in`/`under` ("Amendments to the Police Act 1996 in the Policing and Crime Bill")
      const makerAt = !noun
        ? -1
        : words[m] === 'made' && words[m + 1] === 'by'
          ? m + 2
          : m === target.to + 1 && /^(in|under)$/.test(words[m] ?? '')
            ? m + 1
            : -1;
      const madeBy =
        makerAt < 0
          ? undefined
          : refs.find((r) => r.from >= partOf(words, makerAt) && r.from <= partOf(words, makerAt) + 1 && isEntity(r, 'Act') && r.group !== target.group);
      const src = madeBy ?? [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Act') && r.group !== target.group);
      // a verb opening the sentence has the Act in focus as subject ("Amends …", "It will also amend …");
      // a noun ("Changes to the …") has none
      // a numbered part of it too ("Part 6 would amend …", "Clause 12 also amends …")
      const opening = words.slice(0, v).join(' ');
      // `it`, or a description of legislation ("The Act amends", "These Regulations also amend", "The new law amends")
      const pronounSubject = new RegExp(`^(it|${LEGISLATION_DESCRIPTION})${MODALS}${noun ? LIGHT : ''}$`).test(opening);
      const partSubject = legislationParts.has(words[0]!) && new RegExp(`^\\S+ ${PART_NUMBERS}${MODALS}${noun ? LIGHT : ''}$`).test(opening);
      // a noun has a subject only after a light verb ("Part 3 makes amendments to", "It also makes changes to")
      const lightNoun = noun && (pronounSubject || partSubject) && new RegExp(`${LIGHT.replace(/\)\?$/, ')')}$`).test(opening);
      const source =
        src?.group ??
        (heading ? focus.firstAct : noun && !lightNoun ? undefined : partSubject ? focus.firstAct : v <= 1 || pronounSubject ? focus.act : undefined);
      if (!source) continue;
      for (const t of actsListed(target, s)) if (source !== t.group) emit.relation('AMENDS', source, t.group);
    }
  },
};
