// Word-level tests on tokens: the cleaned word, capitals, acronyms, possessives and the
// punctuation that ends a name.

import type { Token } from '../nlp.js';
import { officePossessiveOpensName } from '../rules/entities/possessive-programme.js';

/** Words that open a sentence rather than go on with a name after an initial. */
const SENTENCE_OPENERS = /^(The|A|An|This|That|These|Those|It|Its|In|On|At|For|But|And|As|If|We|He|She|They|I|There|Our|His|Her|Their)$/;

/** The word without a possessive `’s`, a leading `@` or edge quotes (`Policing’s` → `Policing`). */
export function cleanWord(text: string): string {
  return text
    .replace(/^[@#]/, '')
    .replace(/['’]s$/, '')
    .replace(/^['’‘"“]+|['’‘"”]+$/g, '');
}

/** The token's cleaned word, computed once when the text is tokenized. */
export function wordOf(t: Token): string {
  return t.word;
}

export function isPossessive(t: Token): boolean {
  return /['’]s$/.test(t.text) || (/^['’]\s/.test(t.post) && /s$/.test(t.text));
}

/**
 * `/^\p{Lu}/u.test(text)`, with ASCII decided by the character code: the Unicode-class regex is
 * slow, and breaksAfter asks this of nearly every token.
 */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** `Policing`, `WePROTECT`, `e-Crime`, `Anti-Slavery`, `Émilie`; not `police`, `2012`. */
export function isCapitalised(word: string): boolean {
  // most words are ASCII: decide those by their first character code, as the Unicode classes would
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  if (c >= 97 && c <= 122 && word.charCodeAt(1) !== 45) return false;
  return /^\p{Lu}/u.test(word) || /^\p{Ll}-\p{Lu}/u.test(word);
}

/** `HMIC`, `MoJ`, `T2A`, `DfE`: two or more capitals, short, no lower-case run longer than one. */
export function isAcronym(word: string): boolean {
  if (!/^[A-Z][A-Za-z0-9&]{1,7}$/.test(word)) return false;
  // two capitals and no two lower-case letters running, counted without building a match list
  let capitals = 0;
  let lowerRun = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals++;
    if (c >= 97 && c <= 122) {
      if (++lowerRun >= 2) return false;
    } else lowerRun = 0;
  }
  return capitals >= 2;
}

export function isYear(word: string): boolean {
  return /^(1[89]|20)\d\d$/.test(word);
}

/**
 * A name cannot run past a comma, full stop, bracket, quote, colon or line break, whether the
 * mark is written after this token or before the next one (compromise keeps `(` in `pre`).
 */
export function breaksAfter(t: Token, next?: Token): boolean {
  if (isPossessive(t)) return !possessiveInName(t, next);
  // "Mr. Straw", "Dr. Jane Roe": an abbreviated honorific's full stop is inside the name
  if (/^\. ?$/.test(t.post) && /^(Mr|Mrs|Ms|Dr|Prof|Rev|Cllr)$/.test(t.text) && next && next.pre === '' && startsUpper(next.text)) return false;
  // "Sir F. Bennett", "Mr. R. A. Butler": an initial's full stop is inside the name (not before `The`, `It`: "Plan B. The …")
  if (
    /^\. ?$/.test(t.post) &&
    /^\p{Lu}$/u.test(t.text) &&
    next &&
    next.pre === '' &&
    /^\p{Lu}/u.test(next.text) &&
    (!SENTENCE_OPENERS.test(next.text) || (/^\p{Lu}$/u.test(next.text) && /^\./.test(next.post)))
  )
    return false;
  // a tab or a run of spaces parts the cells of a table flattened to lines ("Dr Rachel Tuffin\tCollege of Policing\tDirector")
  if (/[^\s]|\n|\t| {3}/.test(t.post)) return !(t.post === '-' && next && /^[A-Za-z]/.test(next.text) && next.pre === '');
  return next !== undefined && /[^\s]/.test(next.pre);
}

/**
 * `Police (Conduct) Regulations`, `Police (Conduct) (Amendment) Regulations`: one-word brackets
 * inside a name; how many there are after token `i` (0: none).
 */
export function bracketsInName(tokens: Token[], i: number): number {
  let n = 0;
  for (let a = tokens[i]; ; a = tokens[i + n]) {
    const b = tokens[i + n + 1],
      c = tokens[i + n + 2];
    if (!a || !b || !c) return 0;
    const opens = /^\s*\($/.test(a.post) || ((n === 0 ? /^\s+$/ : /^\)\s+$/).test(a.post) && b.pre === '(');
    if (!opens || !/^\)\s+$/.test(b.post) || !isCapitalised(wordOf(b)) || /^[A-Z0-9&]+$/.test(wordOf(b))) return 0;
    n++;
    // another one-word bracket follows, or the name goes on
    if (c.pre === '(' && /^\)\s+$/.test(c.post)) continue;
    return c.pre === '' && isCapitalised(wordOf(c)) ? n : 0;
  }
}

export function opensQuote(t: Token): boolean {
  return /[‘“"']$/.test(t.pre) || /^[‘“"]/.test(t.text);
}
export function closesQuote(t: Token): boolean {
  return /^[?!.,]*[’”"']/.test(t.post) || /[’”"]$/.test(t.text);
}

/** An opening bracket between this token and the next: `Mike Barton (Chief Constable, …)`. */
export function bracketAfter(t: Token, next: Token | undefined): boolean {
  return /\(\s*$/.test(t.post) || (next !== undefined && /\(/.test(next.pre));
}

/**
 * A possessive that belongs to the name: a known name (`Information Commissioner’s Office`) or
 * a plural before a body head (`National Police Chiefs' Council`, `Police Superintendents' Association`).
 */
function possessiveInName(t: Token, next: Token | undefined): boolean {
  if (!next || !startsUpper(next.text) || /[^\s]/.test(next.pre)) return false;
  if (t.tags.has('KnownBody') && next.tags.has('KnownBody')) return true;
  // "Her Majesty’s Revenue and Customs"
  if (/^Majesty['’]s$/.test(t.text)) return true;
  // "Women’s Aid", "The Trust Women's Project", "Children’s Society": a plural noun's possessive opens the rest of the name
  if (/^(Women|Men|Children|People)['’]s$/.test(t.text)) return true;
  // "Commissioner’s Fund": an office's possessive opens a programme's name (rules/entities/possessive-programme.ts)
  if (officePossessiveOpensName(t, next)) return true;
  // "National Police Chief’s Council": the singular written for the plural, before a body's head
  // "Queen Mary’s School of Law", "King’s College London"
  if (/['’]s$/.test(t.text) && startsUpper(t.text)) return /^(Council|Association|Federation|Society|Union|School|College|Hospital)$/.test(next.text);
  // "Victims’ Commissioner", "the Victims’ Bill"
  return /s['’]$/.test(t.text) || (/s$/.test(t.text) && /^['’]\s/.test(t.post))
    ? /^(Council|Association|Federation|Commissioner|Society|Union|Forum|Network|Trust|Fund|Bill|Code|Charter|Strategy)$/.test(next.text)
    : false;
}
