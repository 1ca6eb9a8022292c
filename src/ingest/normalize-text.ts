// Normalise decoded text before it is segmented and read: Unicode NFC, and invisible format
// characters (Unicode Cf: zero-width space, joiner and non-joiner, soft hyphen, a BOM inside
// the text, bidi marks, word joiner) and NUL characters taken out. An offset map keeps every
// position of the normalised text pointing back into the decoded source.

import { elementAt } from '../errors.js';

/**
 * Where the normalised text came from, as runs. Run k starts at `text[k]` in the normalised
 * text and covers `source[k]`..`sourceEnd[k]` of the source. A run whose two lengths agree is
 * copied character for character; any other run is one composed character (`e` + U+0301 -> `é`).
 * Characters taken out lie between runs.
 */
export interface OffsetMap {
  text: number[];
  source: number[];
  sourceEnd: number[];
  /** Length of the normalised text. */
  length: number;
}

export interface NormalizedText {
  text: string;
  /** Undefined when normalising changed nothing: offsets in the text are source offsets. */
  map: OffsetMap | undefined;
}

// Unicode Cf (format characters, all invisible) and NUL, which some exports leave in text.
const REMOVED = /[\p{Cf}\0]/u;
const REMOVED_ALL = /[\p{Cf}\0]/gu;
// Characters that NFC may compose with the one before them: combining marks, Hangul vowels and finals.
const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11FF]$/u;
const SPECIAL = /^[\p{Cf}\0\p{M}\u1160-\u11FF]$/u;

/**
 * NFC and invisible characters out, with the map back to `source`.
 *
 * @example normalizeText('Thorn\u00adton').text // 'Thornton'
 */
export function normalizeText(source: string): NormalizedText {
  if (!REMOVED.test(source) && source.normalize('NFC') === source) return { text: source, map: undefined };
  const map: OffsetMap = { text: [], source: [], sourceEnd: [], length: 0 };
  const parts: string[] = [];
  let length = 0;
  // The copied run being grown: where it starts in both texts.
  let runText = -1;
  let runSource = -1;
  let runEnd = -1;
  const closeRun = () => {
    if (runText >= 0) {
      map.text.push(runText);
      map.source.push(runSource);
      map.sourceEnd.push(runEnd);
    }
    runText = -1;
  };
  const copy = (from: number, to: number, text: string) => {
    // Copied as it stands: grow the run, or start one.
    if (runText < 0 || runEnd !== from) {
      closeRun();
      runText = length;
      runSource = from;
    }
    runEnd = to;
    parts.push(text);
    length += text.length;
  };
  let i = 0;
  while (i < source.length) {
    // The long stretches of ordinary text in one step: no removed character, no mark, none
    // followed by a mark, and already NFC.
    const safeEnd = ordinaryRunEnd(source, i);
    if (safeEnd > i) {
      const safe = source.slice(i, safeEnd);
      if (safe.normalize('NFC') === safe) {
        copy(i, safeEnd, safe);
        i = safeEnd;
        continue;
      }
    }
    const ch = charAt(source, i);
    if (REMOVED.test(ch)) {
      closeRun();
      i += ch.length;
      continue;
    }
    // A cluster: this character and what follows that NFC could join to it, removed characters
    // between its marks included ("e", ZWJ, U+0301 is one é).
    let end = i + ch.length;
    let visible = ch;
    for (;;) {
      let k = end;
      while (k < source.length && REMOVED.test(charAt(source, k))) k += charAt(source, k).length;
      if (k >= source.length) break;
      const next = charAt(source, k);
      if (!JOINS_PREVIOUS.test(next)) break;
      visible += next;
      end = k + next.length;
    }
    const normal = visible.normalize('NFC');
    if (normal === source.slice(i, end)) {
      copy(i, end, normal);
    } else {
      closeRun();
      map.text.push(length);
      map.source.push(i);
      map.sourceEnd.push(end);
      parts.push(normal);
      length += normal.length;
    }
    i = end;
  }
  closeRun();
  map.length = length;
  return { text: parts.join(''), map };
}

/**
 * The source offset of a position in the normalised text. `edge: 'start'` for where something
 * starts, `'end'` for the offset just past it: an end after a composed character is the end of
 * all the source characters it came from, and removed characters after a span stay outside it.
 *
 * @example sourceOffset(normalizeText('Ren\u00e9e').map, 3, 'start') // 3 (no map: the same offset)
 */
export function sourceOffset(map: OffsetMap | undefined, offset: number, edge: 'start' | 'end'): number {
  if (map === undefined || offset < 0) return offset;
  const runs = map.text.length;
  if (runs === 0) return 0;
  if (edge === 'end') {
    if (offset <= 0) return elementAt(map.source, 0);
    const k = runAt(map, offset - 1);
    return copied(map, k) ? elementAt(map.source, k) + (offset - elementAt(map.text, k)) : elementAt(map.sourceEnd, k);
  }
  if (offset >= map.length) return elementAt(map.sourceEnd, runs - 1);
  const k = runAt(map, offset);
  return copied(map, k) ? elementAt(map.source, k) + (offset - elementAt(map.text, k)) : elementAt(map.source, k);
}

/**
 * Where the run of ordinary characters from `from` ends: before the last character ahead of the
 * next removed character or mark (that one may join a mark), or at the end of the text. Below
 * U+0300 only NUL and the soft hyphen are special, so most text is passed over by code unit.
 */
function ordinaryRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x300 ? c === 0 || c === 0xad : SPECIAL.test(charAt(text, i))) break;
    i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
  }
  if (i >= text.length) return text.length;
  // leave the character before the special one to the cluster step
  let end = i - 1;
  if (end > from && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  return Math.max(from, end);
}

/** The whole character (one or two UTF-16 units) at `i`. */
function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

/** The run holding normalised position `offset` (the last run that starts at or before it). */
function runAt(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (elementAt(map.text, mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function copied(map: OffsetMap, k: number): boolean {
  const textEnd = k + 1 < map.text.length ? elementAt(map.text, k + 1) : map.length;
  return textEnd - elementAt(map.text, k) === elementAt(map.sourceEnd, k) - elementAt(map.source, k);
}

/**
 * NFC and invisible characters out, for text that is not a slice of the source (an HTML page's
 * text, rebuilt from its markup, whose offsets point at blocks rather than characters).
 */
export function cleanText(text: string): string {
  return text.replace(REMOVED_ALL, '').normalize('NFC');
}
