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
  return at === 0 && OPENING_WORD_TAGS.some((tag) => tokens[at]!.tags.has(tag));
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
    if (w in typingNouns) return typingNouns[w];
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

/** `the charity Impetus`: the noun right before a one-word name, after `the`. */
export function typedByNounBefore(tokens: Token[], at: number): 'Programme' | 'Body' | undefined {
  return at >= 2 && wordOf(tokens[at - 2]!).toLowerCase() === 'the' ? typingNouns[wordOf(tokens[at - 1]!).toLowerCase()] : undefined;
}
