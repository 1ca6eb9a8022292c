// An unknown name listed between two people is a person: "Caseworker Mandy Williams, SCP Grenville
// Barker, Senior Crown Advocate Mike Jones". Lists of staff name each person with an office or an
// abbreviation of one; a first name no list knows (`Grenville`) leaves the run unknown, and its
// neighbours say what it is. The person is the run's last two words, after any abbreviations or
// office words; words that name a place, a body's head or a known name are no person's.

import type { Token } from '../../nlp.js';
import { bodyHeads, lookupName, placeNames, lexiconKey, officeHeads, roleHeads, topicNouns, commonWordsNeverNames } from '../../lexicon.js';
import { isAcronym, isCapitalised, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LISTED_BETWEEN_PEOPLE = 'listed-between-people';

/** A word that can be part of a person's name: capitalised, no place, head, office, topic or known name. */
export const personWord = (t: Token) => {
  const w = wordOf(t);
  return (
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) &&
    !t.tags.has('Place') &&
    !bodyHeads.has(w) &&
    !topicNouns.has(w) &&
    !roleHeads.has(w.toLowerCase()) &&
    !commonWordsNeverNames.has(w) &&
    !lookupName(w)
  );
};

/** From `k`, one to three capitalised words to the end of the line or sentence, the last a plural office (`Committee Clerks`). */
function pluralOfficeCloses(tokens: Token[], k: number): boolean {
  for (let e = k; e < Math.min(tokens.length, k + 3); e++) {
    const w = wordOf(tokens[e]!);
    if (!isCapitalised(w)) return false;
    const ends = e === tokens.length - 1 || /[\n.;]/.test(tokens[e]!.post);
    if (ends) return /s$/.test(w) && (roleHeads.has(w.slice(0, -1).toLowerCase()) || officeHeads.has(w.slice(0, -1).toLowerCase()));
    if (/[^\s]/.test(tokens[e]!.post)) return false;
  }
  return false;
}

/** Person mentions for the unknown runs (`blockers`) that sit in a list between two people. */
export function peopleListedBetween(
  tokens: Token[],
  mentions: SentenceMention[],
  blockers: { from: number; to: number }[],
  text: string,
  offset: number,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  const comma = (k: number) => /^,\s*$/.test(tokens[k]!.post);
  for (const b of blockers) {
    if (b.to - b.from > 4 || b.to === b.from || b.from === 0 || !comma(b.from - 1)) continue;
    const left = mentions.some((m) => m.type === 'Person' && m.to === b.from - 1);
    // the next list member: a person named before the next comma, after `,` or `and`
    const openNext = comma(b.to) ? b.to + 1 : wordOf(tokens[b.to + 1] ?? tokens[b.to]!) === 'and' ? b.to + 2 : -1;
    const right =
      openNext > 0 && mentions.some((m) => m.type === 'Person' && m.from >= openNext && tokens.slice(openNext, m.from).every((_, k) => !comma(openNext + k)));
    // "Ben Williams, Marek Kubala, Committee Clerks": the list closed by the plural of the office they share
    const closedByOffices = openNext > 0 && comma(b.to) && pluralOfficeCloses(tokens, openNext);
    if (!left || !(right || closedByOffices)) continue;
    const from = b.to - 1;
    // the words before the name are an office's: abbreviations or office words
    const before = tokens.slice(b.from, from);
    if (!before.every((t) => isAcronym(wordOf(t)) || roleHeads.has(wordOf(t).toLowerCase()))) continue;
    if (!personWord(tokens[from]!) || !personWord(tokens[b.to]!) || !isCapitalised(wordOf(tokens[from]!))) continue;
    const name = text.slice(tokens[from]!.start - offset, tokens[b.to]!.end - offset);
    if (placeNames.has(lexiconKey(name))) continue;
    out.push({
      type: 'Person',
      from,
      to: b.to,
      name,
      start: tokens[from]!.start,
      end: tokens[b.to]!.end,
      extentFrom: from,
      extentTo: b.to,
      rule: LISTED_BETWEEN_PEOPLE,
    });
  }
  return out;
}
