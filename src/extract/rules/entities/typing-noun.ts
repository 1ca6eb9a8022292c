// A noun beside a name says what it is: `IDIOM is a national IT system`, `Mind, the mental health
// charity`, `Cyber Choices, a programme to …`, `run by the charity Impetus`. Nouns in
// data/name-shapes.json `typingNouns`. Not a noun after `of` (`Stephen Rimmer, the head of the
// unit`), nor a second name in apposition (`the Spending Round, a Police Innovation Fund`). (A head
// shared by programmes and organisations followed by `which operates …`: agent-clause.ts.)

import type { Token } from '../../nlp.js';
import { typingNouns } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';

export const TYPING_NOUN = 'typing-noun';

/** Word classes that open a sentence and name nothing (`Now, the association …`, `Meanwhile, the charity …`). */
const OPENING_WORD_TAGS = ['Conjunction', 'Adverb', 'Date', 'Preposition', 'Determiner', 'Pronoun', 'Verb', 'QuestionWord'];

/** One word opening a sentence that compromise's lexicon knows as a function word, an adverb or a date: no name. */
export function openingWordNamesNothing(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  // "My Lords, the European Affairs Committee …", "noble Lords": a form of address in a debate
  if (at > 0 && /^(my|noble)$/i.test(tokens[at - 1]!.text)) return true;
  // "Previously, …", "Separately, …": an adverb in -ly that compromise's lexicon lacks
  const adverb = /^\p{Lu}\p{Ll}{4,}ly$/u.test(t.text) && !t.tags.has('FirstName') && /^,/.test(t.post);
  return at === 0 && (adverb || OPENING_WORD_TAGS.some((tag) => t.tags.has(tag)));
}

/** The type the words after token `at` give it (`, a … charity`, `is a … programme`). */
export function typedByApposition(tokens: Token[], at: number, nounFirst = false): 'Programme' | 'Body' | undefined {
  const t = tokens[at]!;
  const next = tokens.slice(at + 1, at + 8).map((x) => wordOf(x).toLowerCase());
  let k = 0;
  if (/^,\s*$/.test(t.post)) k = 0;
  else if (next[0] === 'is' || next[0] === 'was') k = 1;
  else return undefined;
  if (!/^(a|an|the)$/.test(next[k] ?? '')) return undefined;
  for (let n = k + 1; n < Math.min(next.length, k + 6); n++) {
    const w = next[n]!;
    // "Kelly, the charity's founder": the noun's possessive owns what the name is, not the name
    if (w in typingNouns) return /['’]s$/.test(tokens[at + 1 + n]!.text) ? undefined : typingNouns[w];
    if (nounFirst && (/^(of|for|at|in|on)$/.test(w) || /^\p{Lu}/u.test(wordOf(tokens[at + 1 + n]!)))) return undefined;
    if (breaksAfter(tokens[at + 1 + n]!, tokens[at + 2 + n])) return undefined;
  }
  return undefined;
}

/** Nouns of a company written right before its name (`retail giant Marks & Spencer`, `supermarket Tesco`). */
const COMPANY_NOUNS = new Set(['giant', 'retailer', 'supermarket', 'insurer', 'bank', 'chain', 'broadcaster', 'manufacturer', 'publisher', 'operator']);

/** `retail giant Marks & Spencer`, `the charity Victim Support`: a lower-case noun of organisations right before a longer name. */
export function typedByNounRightBefore(tokens: Token[], at: number): 'Programme' | 'Body' | undefined {
  const prev = tokens[at - 1];
  if (!prev || /[^\s]/.test(prev.post) || !/^[a-z-]+$/.test(prev.text)) return undefined;
  if (COMPANY_NOUNS.has(prev.text)) return 'Body';
  return typingNouns[prev.text] === 'Body' ? 'Body' : undefined;
}

/**
 * `the charity Impetus`: the noun right before a one-word name, after `the`. A noun of
 * organisations may have lower-case words before it (`the think tank Reform`, `the domestic abuse
 * charity Refuge`) or open the sentence (`Campaign group Liberty said …`).
 */
export function typedByNounBefore(tokens: Token[], at: number): 'Programme' | 'Body' | undefined {
  if (at < 1) return undefined;
  const type = typingNouns[wordOf(tokens[at - 1]!).toLowerCase()];
  if (!type) return undefined;
  if (at >= 2 && wordOf(tokens[at - 2]!).toLowerCase() === 'the') return type;
  if (type !== 'Body' || !/^[a-z-]+$/.test(tokens[at - 1]!.text) || /[^\s]/.test(tokens[at - 1]!.post)) return undefined;
  let k = at - 2;
  for (let n = 0; n < 3 && k >= 0 && /^[a-z][a-z'’-]*$/.test(tokens[k]!.text) && !/[^\s-]/.test(tokens[k]!.post) && !ARTICLE.test(tokens[k]!.text); n++) k--;
  if (k < 0) return undefined;
  // the name ends the phrase: punctuation or a verb after it ("the charity Libor funding" names a fund's source)
  const next = tokens[at + 1];
  const ends = !next || /[^\s]/.test(tokens[at]!.post) || (next.tags.has('Verb') && !next.tags.has('Gerund')) || /^(and|or|which|who|that)$/.test(next.text);
  if (!ends) return undefined;
  const w = wordOf(tokens[k]!);
  // `the` or `a` opens the noun phrase; or its first word opens the sentence
  return (ARTICLE.test(w) && k < at - 2) || (k === 0 && /^\p{Lu}[\p{Ll}-]+$/u.test(w) && !/[^\s]/.test(tokens[k]!.post)) ? type : undefined;
}

const ARTICLE = /^(the|The|a|A|an|An)$/;
