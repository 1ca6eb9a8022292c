// The single place compromise is configured: our plugin is applied here, once, and the rest of
// extraction gets sentences of tagged tokens with offsets from `tokenizeText`.

import nlp from 'compromise';
import { crimegraphPlugin } from './plugin.js';
import { cleanWord } from './internal/words.js';

nlp.plugin(crimegraphPlugin);

/** One word of the text, with its surrounding punctuation and offsets in the source file. */
export interface Token {
  /** The word as written, punctuation stripped (`Policing’s`). */
  text: string;
  /** The word without possessive, `@`/`#` or edge quotes (`Policing`). */
  word: string;
  pre: string;
  post: string;
  /** Offsets of `text` in the source file. */
  start: number;
  end: number;
  tags: Set<string>;
}

export interface TokenSentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * Split text into sentences of tokens with compromise's tokenizer and our lexicon tags only:
 * no part-of-speech tagging pass, which is what keeps extraction cheap.
 * @example tokenizeText('The Home Office said.', 100)[0].tokens[1].start // 104
 */
/** Capitalised words joined by slashes with no space: `Somerset/Devon`, `HMIC/HMICFRS`. */
const SLASH_JOINED = /^[A-Z][A-Za-z'’-]*(?:\/[A-Z][A-Za-z'’-]*)+$/;

/**
 * Sentences glued together where a page lost its line breaks: a full stop with a capitalised
 * word straight after it (`in the 1990s.Chris Brain, 68, …`), or a year run into a heading
 * (`26 February 2012National Preventive Mechanism annual report`). Not after an abbreviation
 * (`Dr.Smith`), nor in an address (`john.Smith@…`, `www.Example.org`).
 */
const GLUED_BOUNDARY = /(?<=[a-z0-9)’”"])\.(?=[A-Z][a-z])|(?<=(?:^|[^0-9])(?:19|20)\d\d)(?=[A-Z][a-z]{2})/g;
const ABBREVIATION_BEFORE =
  /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|St|Rt|Hon|No|Nos|Co|Sgt|Insp|Supt|Det|Cllr|Prof|Rev|Capt|Col|Lt|Gen|Maj|Ltd|Inc|etc|vs|cf|e\.g|i\.e|www)$/;

/**
 * A footnote marker run into the end of a sentence, as committee reports print them
 * (`… the Police Advisory Board of England and Wales.[3] The …`, `… Improvement Plan.91 The …`):
 * the sentence ends at its full stop, and the marker does not join the name before it.
 */
const FOOTNOTE_AFTER_STOP = /(?<=[a-z)’”"])\.(?=(?:\[\d{1,3}\]|\d{1,3})(?:\s|$))/g;

function gluedBoundaries(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(FOOTNOTE_AFTER_STOP)) cuts.push(m.index! + 1);
  for (const m of text.matchAll(GLUED_BOUNDARY)) {
    const at = m.index! + m[0].length;
    const before = text.slice(Math.max(0, m.index! - 8), m.index!);
    const after = /^\S*/.exec(text.slice(at))![0];
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(before)) continue;
    if (/[@/]|\.[a-z]/.test(after) || /[@/.:]\S*$/.test(before.split(/\s/).pop() ?? '')) continue;
    cuts.push(at);
  }
  return cuts.sort((a, b) => a - b);
}

export function tokenizeText(text: string, offset: number): TokenSentence[] {
  const cuts = gluedBoundaries(text);
  if (cuts.length === 0) return tokenizeRun(text, offset);
  const sentences: TokenSentence[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    sentences.push(...tokenizeRun(text.slice(from, at), offset + from));
    from = at;
  }
  return sentences;
}

function tokenizeRun(text: string, offset: number): TokenSentence[] {
  const doc = nlp.tokenize(text);
  doc.compute('lexicon');
  const sentences: TokenSentence[] = [];
  let pos = 0;
  for (const terms of (doc as unknown as { document: CompromiseTerm[][] }).document) {
    const tokens: Token[] = [];
    let sStart = -1;
    let sEnd = pos;
    for (const t of terms) {
      pos += t.pre.length;
      if (sStart < 0) sStart = pos;
      // "Lucy D’Orsi, national …": compromise leaves an empty term after a name with an apostrophe,
      // holding the comma; the punctuation belongs after the word before it
      const prev = tokens[tokens.length - 1];
      if (t.text === '' && prev) {
        prev.post += t.pre + t.post;
        sEnd = pos + t.post.replace(/\s[\s\S]*$/, '').length;
        pos += t.post.length;
        continue;
      }
      // "Cornwall/Dorset/Wiltshire": names joined by slashes in a table are words apart, the slash between
      const parts = SLASH_JOINED.test(t.text) ? t.text.split('/') : [t.text];
      parts.forEach((part, k) => {
        const last = k === parts.length - 1;
        // "(… the CPIA 1996)": compromise keeps a closing bracket on a number; it belongs after the word
        const glued = last && /^\d{1,4}[)\]]$/.test(part) ? 1 : 0;
        const word = part.slice(0, part.length - glued);
        tokens.push({
          text: word,
          word: cleanWord(word),
          pre: k === 0 ? t.pre : '',
          post: last ? part.slice(word.length) + t.post : '/',
          start: offset + pos,
          end: offset + pos + word.length,
          tags: t.tags,
        });
        pos += part.length + (last ? 0 : 1);
      });
      // keep closing punctuation (`.`, `’`, `)`) in the sentence, not the space after it
      sEnd = pos + t.post.replace(/\s[\s\S]*$/, '').length;
      pos += t.post.length;
    }
    if (tokens.length === 0) continue;
    const sentenceText = text.slice(sStart, sEnd).replace(/^[\s•*\-–]+/, '');
    const lead = text.slice(sStart, sEnd).length - sentenceText.length;
    sentences.push({ text: sentenceText.trim(), start: offset + sStart + lead, end: offset + sEnd, tokens });
  }
  return sentences;
}
