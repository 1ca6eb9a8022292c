// Readings of a clause that the verb-frame rules share: a phrase of the frame lists at a token,
// the subject a verb has before it (a name, `it`, or a description the item resolved), and the
// list of names a verb has after it (`A, B and the C`, also past unnamed items of the list).

import {
  auxiliaries,
  bodyDescriptions,
  listHeadWords,
  partHeads,
  programmeDescriptions,
  programmePartHeads,
  shortFormHeads,
  subjectGapWords,
  type PhraseList,
} from '../../lexicon.js';
import type { Group, Ref } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { EntityRef, SentenceView } from './rule.js';

/** The number of words of the longest phrase of `list` that starts at token `k`, or 0. */
export function phraseAt(words: string[], k: number, list: PhraseList): number {
  for (const p of list.get(words[k] ?? '') ?? []) if (p.every((w, i) => words[k + i] === w)) return p.length;
  return 0;
}

/** A clause ends at a full stop, semicolon or colon written after a token. */
export const clauseBreak = (s: SentenceView, k: number) => /[.;:!?]/.test(s.tokens[k]?.post ?? '');

/**
 * The subject of a verb at token `v`: the nearest name before it, with only auxiliaries and a
 * light predicate between (`The NCA will operate as a single organisation built around …`), nothing
 * named and no clause break; else `it` opening the clause, for the body or programme the
 * previous sentence was about. Short forms (`the agency`) count as names.
 */
export function subjectBefore(s: SentenceView, v: number, types: string[]): { group: Group; ref?: EntityRef } | undefined {
  const { words, refs, focus } = s;
  const subj = [...refs].reverse().find((r) => r.to < v && r.kind !== 'blocker');
  // "The agency now houses …": a description the names left unread, nearer than any name
  for (let k = v - 1; k >= 1 && k > (subj?.to ?? -1) && v - k <= 6; k--) {
    if (words[k - 1] !== 'the' || !(auxiliaries.has(words[k + 1]!) || subjectGapWords.has(words[k + 1]!) || k + 1 === v)) continue;
    if (!words.slice(k + 1, v).every((w) => auxiliaries.has(w) || subjectGapWords.has(w))) break;
    const g = describedGroup(s, words[k]!, k - 1);
    if (g && types.includes(g.type)) return { group: g };
    break;
  }
  if (subj && isEntity(subj, ...types)) {
    const group = subj.short ? describedAs(s, subj) : subj.group;
    const gap = words.slice(subj.to + 1, v);
    const end = subj.mention?.extentTo ?? subj.to;
    if (gap.length <= 8 && gap.every((w) => auxiliaries.has(w) || subjectGapWords.has(w)) && !s.tokens.slice(end, v).some((t) => /[.;:()]/.test(t.post)))
      return { group, ref: subj };
    return undefined;
  }
  // "It will also house …": `it` opening the sentence, with only auxiliaries after it
  const it = words[0] === 'it' ? 0 : -1;
  if (it < 0 || refs.some((r) => r.from < v && r.kind !== 'blocker') || !words.slice(1, v).every((w) => auxiliaries.has(w) || subjectGapWords.has(w)))
    return undefined;
  const g = types.includes('Body') && focus.body ? focus.body : types.includes('Programme') ? focus.programme : undefined;
  return g && types.includes(g.type) ? { group: g } : undefined;
}

/** A word that may open a list of parts: a number, `distinct`, a noun of parts (`commands`, `funds`). */
const isHeadWord = (w: string) => {
  const one = w.replace(/s$/, '');
  return listHeadWords.has(w) || /^[\d–—-]+$/.test(w) || partHeads.has(w) || partHeads.has(one) || programmePartHeads.has(w) || programmePartHeads.has(one);
};

/**
 * The entity a short form (`the agency`) stands for: the latest one named, in the sentence or the
 * item, with the description's noun in its own name; the item's reading (which may go by a
 * lexicon kind, `law enforcement agency`) when none has.
 */
export function describedAs(s: SentenceView, ref: EntityRef): Group {
  const noun = s.words[ref.to]!;
  if (namedBy(ref.group, noun)) return ref.group;
  return describedGroup(s, noun, ref.from, ref.group.type) ?? ref.group;
}

/** Its own names, not the descriptions already read as its short forms, have the noun as a word. */
const namedBy = (g: Group, noun: string) => g.forms.some((f) => g.aliasRules.get(f) !== 'short-form' && f.toLowerCase().split(/\s+/).includes(noun));

/**
 * The body or programme a description `the <noun>` written before token `before` stands for: the
 * latest named, in the sentence or the item, with the noun in its own name (`the agency` → the
 * National Crime Agency; `the Plan` → the Hate Crime Action Plan). Only nouns that describe a body
 * or a programme (`bodyDescriptions`, `programmeDescriptions`, the short-form heads) are read.
 */
export function describedGroup(s: SentenceView, noun: string, before: number, type?: string): Group | undefined {
  if (!(noun in bodyDescriptions) && !(noun in programmeDescriptions) && !shortFormHeads.has(noun)) return undefined;
  // the words a name it stands for has: `the department` for a Home Office or a Ministry too
  const bodyWords = bodyDescriptions[noun]?.length ? bodyDescriptions[noun]! : [noun];
  const programmeWords = programmeDescriptions[noun]?.length ? programmeDescriptions[noun]! : [noun];
  const fits = (g: Group) =>
    (type === undefined || g.type === type) &&
    ((g.type === 'Body' && bodyWords.some((w) => namedBy(g, w))) || (g.type === 'Programme' && programmeWords.some((w) => namedBy(g, w))));
  const named = s.refs.filter((r) => r.to < before && isEntity(r) && !r.short).map((r) => r.group!);
  return [...named.reverse(), ...(s.focus.bodies ?? []), ...(s.focus.programmes ?? [])].find(fits);
}

const capitalised = (t: string) => /^[A-Z]/.test(t);

/**
 * The names listed after token `from` (`the CEOP Centre and the National Cyber Crime Unit`;
 * `four distinct ‘commands’ - Organised Crime, Border Policing, … and the CEOP Centre`): the list
 * may open with a few head words (numbers, `distinct`, a noun of parts), its items are joined by
 * commas, `and`, `or`, `as well as`; an item the item does not name (`Border Policing`) is passed
 * over. The list ends at a clause break or at any other word. Returns the named items.
 */
export function listAfter(s: SentenceView, from: number): EntityRef[] {
  const { tokens, words, refs } = s;
  const at = (k: number): Ref | undefined => refs.find((r) => r.from === k && r.kind !== 'blocker');
  let k = from;
  // the head words of the list, up to a colon or dash
  let head = 0;
  while (k < tokens.length && head < 8 && !at(k) && isHeadWord(words[k]!)) {
    k++;
    head++;
    if (clauseBreak(s, k - 1) && !/:/.test(tokens[k - 1]!.post)) return [];
  }
  const items: EntityRef[] = [];
  for (let n = 0; n < 12 && k < tokens.length; n++) {
    while (/^(the|its|their|a|an|new)$/.test(words[k] ?? '') && !at(k)) k++;
    const r = at(k);
    let end: number;
    if (isEntity(r)) {
      items.push(r);
      end = r.mention?.extentTo ?? r.to;
      // its acronym in brackets
      const acr = refs.find((x) => x.from === end + 1 && x.group === r.group);
      if (acr) end = acr.to;
    } else if (r?.kind === 'role' || !capitalised(tokens[k]?.text ?? '')) break;
    else {
      // an item with no name of its own: capitalised words, up to four
      end = k;
      while (end + 1 < tokens.length && end - k < 4 && capitalised(tokens[end + 1]!.text) && !/[,;:.]/.test(tokens[end]!.post) && !at(end + 1)) end++;
    }
    if (end + 1 >= tokens.length || clauseBreak(s, end)) break;
    if (/,/.test(tokens[end]!.post)) k = words[end + 1] === 'and' || words[end + 1] === 'or' ? end + 2 : end + 1;
    else if (words[end + 1] === 'and' || words[end + 1] === 'or') k = end + 2;
    else if (words[end + 1] === 'as' && words[end + 2] === 'well' && words[end + 3] === 'as') k = end + 4;
    else break;
  }
  return items;
}

/** The head word of an entity's full name or any of its forms is one of `heads`. */
export const hasHead = (g: Group, heads: ReadonlySet<string>) =>
  g.forms.some((f) => heads.has((f.toLowerCase().split(/\s+/).pop() ?? '').replace(/['’]s$/, '')));

/**
 * The sentence's references, with `It` opening it read as the programme the item was last about
 * ("It is a partnership between Mind and the College of Policing").
 */
export function withIt(s: SentenceView): Ref[] {
  const g = s.focus.programme;
  if (s.words[0] !== 'it' || !g || s.refs.some((r) => r.from === 0)) return s.refs;
  return [{ from: 0, to: 0, kind: 'entity', group: g, short: true }, ...s.refs];
}
