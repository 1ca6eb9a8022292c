// A member list line as Hansard heads a Public Bill Committee sitting (and as parliamentary
// lists of members are written): `† Berry, Jake (Rossendale and Darwen) (Con)`, `Jones, Mr Kevan
// (North Durham) (Lab)`, `Donaldson, Mr Jeffrey M. (Lagan Valley) (DUP)`, `Bradley, Karen
// (Parliamentary Under-Secretary of State for the Home Department)`. The surname comes first, then a
// comma, an optional honorific and a name-shaped given name (an initial may follow); the rest of the
// line is brackets only. That person is `Jake Berry`, the form as written kept as an alias. The
// shape is held strictly, so prose never reads this way: the line must open with it (past an
// attendance mark `†`/`*`), and end in brackets or at once; `Smith, Jones and Brown said` and
// `London, Manchester (UK)` (a place as the given name) name no one. A bracket that holds an office
// (a head word of data/roles.json) is left to the relation rules (`title-in-brackets`); any other
// bracket (the seat, a place; the party) is blocked so its words name no one (`Mills, Nigel (Amber
// Valley)`).

import { bodyHeads, forcePlaces, honorifics, lexiconKey, lookupName, nonNameWords, officeAreas, officeHeads, placeNames, roleTitles } from '../../lexicon.js';
import type { Token } from '../../nlp.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const INVERTED_MEMBER_NAME = 'inverted-member-name';

/** A word of a name as lists write it: `Berry`, `McCabe`, `O’Brien`, `Saville`. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
/** An initial after the given name: `M.` */
const INITIAL = /^\p{Lu}$/u;
/** An attendance or other mark before the name. */
const MARK = /^[†‡*•]+$/;

export interface InvertedMemberName {
  mention: SentenceMention;
  /** Bracketed spans that hold no office (a seat, a party): token ranges to block. */
  blocked: { from: number; to: number }[];
}

const lower = (w: string) => w.toLowerCase();

function isNameWord(t: Token): boolean {
  const w = t.text;
  return NAME_WORD.test(w) && !nonNameWords.has(w) && !bodyHeads.has(w) && !officeHeads.has(lower(w)) && !honorifics.has(lower(w));
}

/** A place by compromise's tag, the places gazetteer, a force's place or an office's area (`Berkshire`). */
function isPlace(t: Token): boolean {
  return t.tags.has('Place') || placeNames.has(lexiconKey(t.text)) || forcePlaces.has(t.text) || officeAreas.has(t.text.toLowerCase());
}

/** The given name is a person's, not a place's nor a known organisation's. */
function givenNameShaped(t: Token): boolean {
  return isNameWord(t) && !isPlace(t) && !lookupName(t.text);
}

/** Whether a bracket's words hold an office: a head word of the role lists, or a known title. */
export function bracketHoldsOffice(tokens: Token[], from: number, to: number): boolean {
  const ws = tokens.slice(from, to + 1).map((t) => t.text.replace(/[,;]$/, ''));
  if (roleTitles.has(lower(ws.join(' ')))) return true;
  return ws.some((w) => /^\p{Lu}/u.test(w) && (officeHeads.has(lower(w)) || w.split('-').some((p) => officeHeads.has(lower(p)))));
}

/**
 * The member named by a list line, when the sentence is one: `lineStart` tells whether the
 * sentence opens a line of the source (nothing but white space or a mark before it on its line).
 */
export function invertedMemberName(tokens: Token[], lineStart: boolean): InvertedMemberName | undefined {
  if (!lineStart) return undefined;
  let k = 0;
  while (k < tokens.length && MARK.test(tokens[k]!.text)) k++;
  const surnameFrom = k;
  // one or two surname words, the last closed by a comma
  let surnameTo = -1;
  for (let j = k; j < Math.min(tokens.length, k + 2); j++) {
    const t = tokens[j]!;
    if (!isNameWord(t) || (j === k && /\(/.test(t.pre))) return undefined;
    if (/^,\s+$/.test(t.post)) {
      surnameTo = j;
      break;
    }
    if (!/^ $/.test(t.post)) return undefined;
  }
  if (surnameTo < 0) return undefined;
  k = surnameTo + 1;
  // an honorific, then one or two given names and an initial
  let marked = false;
  while (k < tokens.length && honorifics.has(lower(tokens[k]!.text.replace(/\.$/, ''))) && /^\.? $/.test(tokens[k]!.post)) {
    marked = true;
    k++;
  }
  const givenFrom = k;
  if (givenFrom >= tokens.length || !givenNameShaped(tokens[givenFrom]!) || /\(/.test(tokens[givenFrom]!.pre)) return undefined;
  let givenTo = givenFrom;
  // a second given name or an initial (`Jeffrey M.`)
  const n = tokens[givenFrom + 1];
  if (n && tokens[givenFrom]!.post === ' ' && !/\(/.test(n.pre) && (givenNameShaped(n) || INITIAL.test(n.text))) givenTo++;
  const end = tokens[givenTo]!;
  if (!/^\.?\s*$/.test(end.post)) return undefined;
  // "Reading, Berkshire": a place first asks for a known first name or an honorific after it
  const placeFirst = tokens.slice(surnameFrom, surnameTo + 1).some(isPlace);
  if (placeFirst && !marked && !tokens[givenFrom]!.tags.has('FirstName')) return undefined;
  // nothing but brackets after the name
  const blocked: { from: number; to: number }[] = [];
  let j = givenTo + 1;
  if (j === tokens.length) {
    // no brackets: the given name must be a known first name, or the honorific says a person
    if (!marked && !tokens[givenFrom]!.tags.has('FirstName')) return undefined;
  }
  while (j < tokens.length) {
    if (!/^\(/.test(tokens[j]!.pre)) return undefined;
    let close = j;
    while (close < tokens.length && !/\)/.test(tokens[close]!.post)) close++;
    if (close >= tokens.length) return undefined;
    if (!bracketHoldsOffice(tokens, j, close)) blocked.push({ from: j, to: close });
    j = close + 1;
  }
  const initial = INITIAL.test(end.text) ? '.' : '';
  const given = tokens
    .slice(givenFrom, givenTo + 1)
    .map((t) => t.text)
    .join(' ');
  const surname = tokens
    .slice(surnameFrom, surnameTo + 1)
    .map((t) => t.text)
    .join(' ');
  const honorific = tokens
    .slice(surnameTo + 1, givenFrom)
    .map((t) => t.text + (t.post.startsWith('.') ? '.' : ''))
    .join(' ');
  const written = `${surname}, ${honorific ? `${honorific} ` : ''}${given}${initial}`;
  const mention: SentenceMention = {
    type: 'Person',
    from: surnameFrom,
    to: givenTo,
    name: `${given}${initial} ${surname}`,
    start: tokens[surnameFrom]!.start,
    end: end.end,
    extentFrom: surnameFrom,
    extentTo: givenTo,
    rule: INVERTED_MEMBER_NAME,
    writtenForm: written,
  };
  return { mention, blocked };
}
