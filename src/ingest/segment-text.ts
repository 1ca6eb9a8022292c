// Segment a plain-text newsletter into items at its numbered headings (`1. Title`, `0.4 Title`)
// and an unnumbered `Speeches` heading, telling headings from numbered list lines by the file's shape.

import { readHeader } from './header.js';
import { isBlank, splitLines, trimmedSpan, type Line } from './lines.js';
import { matchGroups } from './match-groups.js';
import type { Segmented } from './segmented.js';
import type { Item } from './types.js';

// "1. Title", "12) Title", "0.4 Title", "1.2. Title": an integer needs its dot, a dotted number not.
const NUMBERED = /^[ \t]*(?:(\d{1,3})[.)]|(\d{1,3}(?:\.\d{1,3})+)\.?)[ \t]+(\S.*?)\s*$/;
// "4 Police-led IT Company": a report's chapter heading, numbered without a full stop.
const CHAPTER = /^[ \t]*(\d{1,2})[ \t]+([A-Z][^.!?:;,]*?)\s*$/;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const MAX_CHAPTER_WORDS = 8;
const SPEECHES = /^\s*speeches\s*:?\s*$/i;
const MAX_HEADING_LENGTH = 200;

interface Candidate {
  line: number;
  number: string;
  parts: number[];
  title: string;
  /** How much this line looks like an item heading rather than a list entry or a sentence. */
  weight: number;
}

/**
 * Split `text` into items. Text before the first heading belongs to no item; a text without
 * headings is one item `1` titled like the document.
 *
 * @example segmentText('Title\n\n1. First\n\nBody.\n').items
 *   // [{ number: '1', title: 'First', text: 'Body.', offset: 17 }]
 */
export function segmentText(text: string, options: { headings?: boolean; largeType?: ReadonlySet<number> } = {}): Segmented {
  const lines = splitLines(text);
  const chain = options.headings === false ? [] : chooseHeadings(lines, options.largeType);
  // "82. In April this year, the … is to be scrapped.": numbered paragraphs of a report, not headings.
  const numbered = isParagraphChain(lines, chain) ? [] : chain;
  const headings = numbered.length === 0 && options.headings !== false ? chapterHeadings(lines) : numbered;
  const speeches = findSpeeches(lines, headings);
  const starts = speeches === undefined ? headings : [...headings, speeches];

  const [firstStart] = starts;
  if (firstStart === undefined) {
    const header = readHeader(lines, lines.length);
    const from = lines[header.bodyStart]?.start ?? text.length;
    let body = trimmedSpan(text, from, text.length);
    // A text that is only a title line ("Hello world") is its own body.
    if (body.text === '') body = trimmedSpan(text, 0, text.length);
    const item: Item = { number: '1', title: header.title ?? '', text: separateParagraphNumbers(body.text), offset: body.offset };
    return { title: header.title, published: header.published, items: [item], hasHeadings: false };
  }

  const header = readHeader(lines, firstStart.line);
  if (isOneStory(text, lines, header.bodyStart, firstStart)) return segmentText(text, { headings: false });
  const items = starts.map((heading, k): Item => {
    // Every heading is a line of `lines`; the text after the last one runs to the end.
    const next = starts[k + 1];
    const end = next === undefined ? text.length : (lines[next.line]?.start ?? text.length);
    const body = trimmedSpan(text, lines[heading.line]?.end ?? end, end);
    return { number: heading.number, title: heading.title, text: separateParagraphNumbers(body.text), offset: body.offset };
  });
  return { title: header.title, published: header.published, items, hasHeadings: true };
}

/**
 * "34.Europol and the …" -> "34 Europol and the …": a paragraph number written against its first
 * word would hide that word from extraction. One character for one, so offsets stay true.
 */
function separateParagraphNumbers(text: string): string {
  return text.replace(/^([ \t]*\d{1,3})\.(?=[A-Z\u00C0-\u00DE])/gm, '$1 ');
}

/**
 * The numbered headings: the heaviest chain of numbered lines whose numbers count up one by one
 * (1, 2, 3 or 0.1, 0.2), so a numbered list inside an item, which restarts at 1, is left alone.
 */
function chooseHeadings(lines: Line[], largeType: ReadonlySet<number> | undefined): Candidate[] {
  const candidates = numberedLines(lines, largeType);
  if (candidates.length === 0) return [];
  // best[i]: weight of the heaviest chain ending at candidate i; prev[i]: its predecessor.
  // bestEndingAt maps a number ("0.3") to the candidate so far that ends the heaviest chain at it.
  const best: number[] = [];
  const prev: number[] = [];
  const bestEndingAt = new Map<string, number>();
  const bestAt = (k: number): number => best[k] ?? -Infinity;
  for (const [i, c] of candidates.entries()) {
    // A chain that starts at 1 (or x.1) is how a newsletter counts; a chain that starts at 7 is a fragment.
    let weight = c.weight + (c.parts.at(-1) === 1 ? 0.5 : 0);
    let from = -1;
    const j = bestEndingAt.get(predecessorKey(c.parts));
    if (j !== undefined && bestAt(j) + c.weight > weight) {
      weight = bestAt(j) + c.weight;
      from = j;
    }
    best[i] = weight;
    prev[i] = from;
    const key = c.parts.join('.');
    const held = bestEndingAt.get(key);
    if (held === undefined || weight > bestAt(held)) bestEndingAt.set(key, i);
  }
  let end = 0;
  for (const [i, weight] of best.entries()) if (weight > bestAt(end)) end = i;
  const chain: Candidate[] = [];
  for (let i = end, c = candidates[i]; c !== undefined; i = prev[i] ?? -1, c = candidates[i]) chain.unshift(c);
  // A lone numbered line counts only when it looks like a heading, not a sentence.
  const [only] = chain;
  if (chain.length === 1 && only !== undefined && only.weight < 1) return [];
  return chain;
}

function numberedLines(lines: Line[], largeType: ReadonlySet<number> | undefined): Candidate[] {
  // A PDF tells its headings by type size: a numbered line in body type is a list entry there.
  const bodyType = (line: Line) => largeType !== undefined && largeType.size > 0 && !largeType.has(line.start);
  const found: Candidate[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.text.length > MAX_HEADING_LENGTH + 10) continue;
    const m = NUMBERED.exec(line.text);
    // The number is in group 1 or 2 (two spellings), the title in group 3.
    const number = m?.[1] ?? m?.[2];
    const title = m?.[3];
    if (number === undefined || title === undefined) continue;
    // "12.31 pm": a time stamp in a debate, not a heading numbered 12.31.
    if (title.length > MAX_HEADING_LENGTH || /^[ap]\.?m\.?$/i.test(title)) continue;
    found.push({ line: i, number, parts: number.split('.').map(Number), title, weight: headingWeight(lines, i, title) * (bodyType(line) ? 0.3 : 1) });
  }
  return found;
}

/**
 * An extract of a report that opens at its chapter heading, numbered without a full stop: the
 * file's first line, short, standing alone, not a date (`17 May 2018`), with prose after it. A
 * chapter number deeper in a file, or in a contents list, is not an item heading: the report
 * read whole is one item.
 */
function chapterHeadings(lines: Line[]): Candidate[] {
  let i = lines.findIndex((l) => !isBlank(l));
  // A page title may stand above the chapter heading ("Evaluating … - Home Affairs Contents"):
  // one line, not a sentence, alone between blank lines; the heading is then the next line.
  const top = lines[i];
  if (top && !CHAPTER.test(top.text) && !SENTENCE_END.test(top.text.trim()) && isBlank(lines[i + 1])) {
    const next = lines.findIndex((l, k) => k > i && !isBlank(l));
    if (next > i && CHAPTER.test(lines[next]?.text ?? '')) i = next;
  }
  const first = lines[i];
  const [number, title] = (first && matchGroups(CHAPTER, first.text, 2)) ?? [];
  if (number === undefined || title === undefined || !isBlank(lines[i + 1])) return [];
  if (MONTH.test(title) || /\d$/.test(title) || title.split(/\s+/).length > MAX_CHAPTER_WORDS) return [];
  const after = nextText(lines, i);
  if (after === undefined || after.length <= title.length * 2 || !/[.!?]/.test(after)) return [];
  return [{ line: i, number, parts: [Number(number)], title, weight: 1 }];
}

/** 1 for a line shaped like a heading; less for a list entry or a line of running text. */
function headingWeight(lines: Line[], i: number, title: string): number {
  let weight = 1;
  // A heading stands alone between blank lines; wrapped running text does not.
  if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) weight *= 0.3;
  // "The plan has three parts:" followed by "1. …": a list, not a heading.
  const before = previousText(lines, i);
  if (before !== undefined && (/:\s*$/.test(before) || NUMBERED.test(before))) weight *= 0.5;
  const after = nextText(lines, i);
  if (after !== undefined && NUMBERED.test(after)) weight *= 0.5;
  // Headings do not end a sentence; "2. The applicant must apply." does.
  if (/[.;,]$/.test(title) && !/\b(?:etc|Ltd|Co|Inc)\.$/.test(title)) weight *= 0.3;
  if (/^[a-z]/.test(title)) weight *= 0.3;
  // "1. What is the NRM? 2": an entry of a contents list, with its page number.
  if (/\S\s+\d{1,3}$/.test(title) && !/\b(?:19|20)\d\d$/.test(title)) weight *= 0.3;
  return weight;
}

// A preface this long is a story of its own, not a newsletter's one-line introduction.
const STORY_LEAD = 400;

/**
 * A press release whose only numbered lines are its "Notes to editors" (`1. The Act received
 * Royal Assent`): the text before the first heading is longer than all the "items" together.
 * Cutting there would leave the story itself in no item.
 */
function isOneStory(text: string, lines: Line[], bodyStart: number, firstHeading: Candidate): boolean {
  const first = lines[firstHeading.line];
  if (first === undefined) return false;
  const lead = bodyStart < firstHeading.line ? text.slice(lines[bodyStart]?.start ?? first.start, first.start).trim().length : 0;
  if (lead < STORY_LEAD) return false;
  const rest = text.length - first.end;
  return lead > rest;
}

/**
 * A chain of numbered lines that are the first lines of numbered paragraphs: most of them read
 * as sentences (a full stop after several words, a lower-case start) or run on into the next
 * line, as a wrapped paragraph does. A heading is short and stands alone.
 */
function isParagraphChain(lines: Line[], chain: Candidate[]): boolean {
  if (chain.length === 0) return false;
  const prose = chain.filter((c) => isProse(c.title) || runsOn(lines, c.line)).length;
  return prose * 2 > chain.length;
}

const SENTENCE_END = /[.!?]['"’”)\]]*$/;

// "… community beat managers. [275720]": a Hansard question ends on its reference number.
const HANSARD_REFERENCE = /\s*\[\d{3,}\]$/;
// A heading is a few words; a line this long that holds a sentence is the start of a paragraph.
const MAX_HEADING_WORDS = 20;

function isProse(title: string): boolean {
  const text = title.replace(HANSARD_REFERENCE, '');
  const words = text.split(/\s+/).length;
  if (/^[a-z]/.test(text)) return true;
  if (SENTENCE_END.test(text) && words >= 5) return true;
  return words > MAX_HEADING_WORDS && /[.!?:]\s/.test(text);
}

/**
 * The next line continues this one mid-sentence, as a wrapped paragraph does: it goes on in lower
 * case, or this line stops on a comma or a function word. A heading with its body right under it
 * ("1. Modern Slavery Bill" / "The Bill was …") does not.
 */
function runsOn(lines: Line[], i: number): boolean {
  const [line, next] = [lines[i], lines[i + 1]];
  if (line === undefined || next === undefined || isBlank(next) || NUMBERED.test(next.text)) return false;
  return (
    /^\s*[a-z]/.test(next.text) ||
    /(?:[,;–-]|\b(?:the|a|an|of|and|or|to|in|for|on|with|that|by|from|at|as|is|are|was|were|be|will|would|has|have|had))\s*$/i.test(line.text)
  );
}

function previousText(lines: Line[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const line = lines[k];
    if (line !== undefined && !isBlank(line)) return line.text;
  }
  return undefined;
}

function nextText(lines: Line[], i: number): string | undefined {
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k];
    if (line !== undefined && !isBlank(line)) return line.text;
  }
  return undefined;
}

function predecessorKey(parts: number[]): string {
  return [...parts.slice(0, -1), (parts.at(-1) ?? Number.NaN) - 1].join('.');
}

/** An unnumbered `Speeches` heading standing alone after the last numbered heading. */
function findSpeeches(lines: Line[], headings: Candidate[]): Candidate | undefined {
  const last = headings.at(-1);
  if (last === undefined || SPEECHES.test(last.title)) return undefined;
  for (let i = last.line + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && SPEECHES.test(line.text) && isBlank(lines[i - 1]) && isBlank(lines[i + 1])) {
      return { line: i, number: 'speeches', parts: [], title: line.text.trim().replace(/:$/, ''), weight: 1 };
    }
  }
  return undefined;
}
