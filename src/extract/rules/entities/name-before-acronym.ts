// A name is told by the acronym defined right after it: "Her Majesty’s Inspectorate of Constabulary
// and Fire Services (HMICFRS)" is the known HMICFRS in another wording (the acronym is known and
// the name opens as the known one does, its initials in the acronym's order); "Support After Rape
// and Sexual Violence Leeds (SARSVL)" is a body (an acronym no list knows, the initials of every
// capitalised word, and a place closing the name, as local services are named). Other unknown
// names with an acronym are left alone: `Violence Against Women and Girls (VAWG)` names a field.

import type { Token } from '../../nlp.js';
import { forceForPlace, lexiconKey, lookupAcronym, placeNames, type LexiconEntry } from '../../lexicon.js';
import { bracketAfter, breaksAfter, isAcronym, isCapitalised, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const NAME_BEFORE_ACRONYM = 'name-before-acronym';

const CONNECTOR = /^(of|for|and|&|the|on|in|to|against|after)$/i;
/** `Her Majesty’s` is written `HM` in the lists. */
const key = (s: string) => lexiconKey(s.replace(/^(Her|His) Majesty['’]s /, 'HM '));

function initials(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) {
    const w = wordOf(tokens[k]!);
    // a capitalised connector counts (`Violence Against Women and Girls` is VAWG)
    if (isCapitalised(w)) out += w[0]!.toUpperCase();
  }
  return out;
}

const subsequence = (a: string, b: string) => {
  let i = 0;
  for (const c of b) if (c === a[i]) i++;
  return i === a.length;
};

/** The known entry the run names in another wording: same first three words, initials in the acronym's order. */
function sameKnown(text: string, entry: LexiconEntry, ini: string, acronym: string): boolean {
  const k = key(text).split(' ');
  if (k.length < 3 || !subsequence(ini.replace(/^HM/, 'HM'), acronym)) return false;
  return [entry.name, ...entry.variants].some((f) => key(f).split(' ').slice(0, 3).join(' ') === k.slice(0, 3).join(' '));
}

const isPlace = (t: Token) => t.tags.has('Place') || t.tags.has('City') || forceForPlace(wordOf(t)) !== undefined || placeNames.has(lexiconKey(wordOf(t)));

/** Mentions for names told by the acronym after them; the mentions and blockers they replace are removed. */
export function namesBeforeAcronyms(
  tokens: Token[],
  mentions: SentenceMention[],
  blockers: { from: number; to: number }[],
  text: string,
  offset: number,
): void {
  for (let p = 2; p < tokens.length; p++) {
    const acr = tokens[p]!;
    if (!bracketAfter(tokens[p - 1]!, acr) || !/^\)/.test(acr.post) || !isAcronym(wordOf(acr))) continue;
    const acronym = wordOf(acr);
    const e = p - 1;
    let s0 = e;
    while (s0 > 0 && !breaksAfter(tokens[s0 - 1]!, tokens[s0]) && (isCapitalised(wordOf(tokens[s0 - 1]!)) || CONNECTOR.test(wordOf(tokens[s0 - 1]!)))) s0--;
    const known = lookupAcronym(acronym);
    for (let s = s0; s < e; s++) {
      if (!isCapitalised(wordOf(tokens[s]!)) || CONNECTOR.test(wordOf(tokens[s]!))) continue;
      const name = text.slice(tokens[s]!.start - offset, tokens[e]!.end - offset).replace(/\s+/g, ' ');
      const inside = mentions.filter((m) => m.from >= s && m.to <= e);
      if (inside.some((m) => m.type === 'Person' || m.type === 'Role')) break;
      if (inside.length === 1 && inside[0]!.from === s && inside[0]!.to === e) break;
      const ini = initials(tokens, s, e);
      let entry: LexiconEntry | undefined;
      if (known) {
        if (!sameKnown(name, known, ini, acronym)) continue;
        entry = known;
      } else if (ini !== acronym || e - s < 2 || !isPlace(tokens[e]!)) continue;
      for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
      for (let b = blockers.length - 1; b >= 0; b--) if (blockers[b]!.from >= s0 && blockers[b]!.to <= e) blockers.splice(b, 1);
      mentions.push({
        type: entry?.type ?? 'Body',
        from: s,
        to: e,
        name,
        ...(entry ? { lexicon: entry } : {}),
        start: tokens[s]!.start,
        end: tokens[e]!.end,
        rule: NAME_BEFORE_ACRONYM,
      });
      mentions.sort((a, b) => a.from - b.from);
      break;
    }
  }
}
