// Read the text layer of a PDF with pdfjs-dist: lines rebuilt from positioned text runs, lines
// joined into paragraphs, running headers, footers and page numbers dropped, so the text reads
// like the plain-text documents the segmenter knows.

import { InputError, elementAt } from '../errors.js';
import { looksBinary } from './decode.js';
import { cleanText } from './normalize-text.js';

/** A run of text as pdfjs gives it: string, position (x, y from the bottom), size. */
interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

interface PdfLine {
  text: string;
  y: number;
  x: number;
  right: number;
  size: number;
}

/**
 * True for bytes that open like a PDF: `%PDF-1.x` at the start, or within the first kilobyte
 * (as readers allow) of bytes that are not text; a text that quotes `%PDF-` stays a text.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (/^\s*%PDF-\d/.test(head)) return true;
  return /%PDF-\d/.test(head) && looksBinary(bytes);
}

/** A PDF's text, and where its paragraphs set in larger type than the body (headings) start. */
export interface PdfText {
  text: string;
  /** Offsets in `text` of the paragraphs in large type. */
  largeType: number[];
}

/**
 * The text of a PDF, paragraphs separated by a blank line, in reading order page after page,
 * normalised (NFC, invisible characters out) since it has no file offsets to keep.
 *
 * @throws InputError `E_PDF` for a PDF that cannot be read, `E_PDF_NO_TEXT` for one without a
 *   text layer (scanned pages), both naming `source`.
 * @example (await pdfText(readFileSync('report.pdf'), 'report.pdf')).text // 'Title\n\n1. First\n\nText …'
 */
export async function pdfText(bytes: Uint8Array, source: string): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: PdfLine[][];
  try {
    // pdfjs takes the buffer over: give it a copy so the caller's bytes stay usable.
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    const pdf = await task.promise;
    try {
      pages = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        const runs: Run[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          // The text matrix [a, b, c, d, x, y]: position in x and y, type size from a and b.
          const [a, b, , , x, y]: unknown[] = item.transform;
          if (typeof a !== 'number' || typeof b !== 'number' || typeof x !== 'number' || typeof y !== 'number') continue;
          runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height, eol: item.hasEOL });
        }
        pages.push(linesOf(runs));
        page.cleanup();
      }
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('E_PDF', `cannot read this PDF (${reason})`, { file: source }, error);
  }
  const kept = dropRunningLines(pages);
  const body = bodySize(kept.flat());
  const paras = joinAcrossPages(kept.map((lines) => paragraphs(lines, body)).filter((p) => p.length > 0));
  let text = '';
  const largeType: number[] = [];
  for (const para of paras) {
    const clean = cleanText(para.text).trim();
    if (clean === '') continue;
    if (text !== '') text += '\n\n';
    if (para.large) largeType.push(text.length);
    text += clean;
  }
  if (text === '') {
    throw new InputError('E_PDF_NO_TEXT', 'this PDF has no text layer (scanned pages?); run OCR on it to read it', { file: source });
  }
  return { text: `${text}\n`, largeType };
}

interface Paragraph {
  text: string;
  /** Set in larger type than the body text: a heading or a title. */
  large: boolean;
}

/** Runs grouped into lines: the same baseline (within a third of the type size), left to right. */
function linesOf(runs: Run[]): PdfLine[] {
  const lines: { runs: Run[]; y: number; size: number }[] = [];
  for (const run of runs) {
    if (run.str === '' && !run.eol) continue;
    const last = lines[lines.length - 1];
    if (last !== undefined && Math.abs(last.y - run.y) <= Math.max(1, last.size / 3)) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
    } else {
      lines.push({ runs: [run], y: run.y, size: run.size });
    }
  }
  const out: PdfLine[] = [];
  for (const line of lines) {
    // "England and Wales¹": a footnote number set small and raised is not part of the word.
    const superscript = (r: Run) => /^\s*\d{1,3}\s*$/.test(r.str) && r.size < line.size * 0.8 && r.y > line.y + line.size * 0.15;
    const runsInOrder = line.runs.filter((r) => r.str !== '' && !(line.runs.length > 1 && superscript(r))).sort((p, q) => p.x - q.x);
    let text = '';
    let right = -Infinity;
    for (const r of runsInOrder) {
      // A gap wider than a fifth of the type size is a space the PDF did not write.
      if (text !== '' && !/\s$/.test(text) && !/^[\s.,;:!?)\]’”]/.test(r.str) && r.x - right > line.size * 0.2) text += ' ';
      text += r.str;
      right = Math.max(right, r.x + r.width);
    }
    // Symbol and Wingdings bullets come out as private-use characters.
    text = text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF06E\uF0A8]\s*/, '• ');
    if (text !== '') out.push({ text, y: line.y, x: elementAt(runsInOrder, 0).x, right, size: line.size });
  }
  return out;
}

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;

/**
 * Running heads and feet out: a line at the top or bottom of a page whose text (digits aside)
 * repeats on at least half the pages, and page numbers standing alone there.
 */
function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const shape = (line: PdfLine) => line.text.replace(/\d+/g, '#').toLowerCase();
  const EDGE = 2;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([...page.slice(0, EDGE), ...page.slice(-EDGE)].map(shape));
    for (const s of edges) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const repeated = (line: PdfLine) => pages.length >= 2 && (counts.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page) =>
    page.filter((line, i) => {
      const atEdge = i < EDGE || i >= page.length - EDGE;
      return !(atEdge && (PAGE_NUMBER.test(line.text) || repeated(line)));
    }),
  );
}

/**
 * Lines joined into paragraphs. A paragraph ends where the gap to the next line is clearly
 * wider than the page's usual line spacing, the type size changes (a heading), or the line
 * stops well short of the text's right edge (the last line of a paragraph, a heading).
 */
function paragraphs(lines: PdfLine[], body: number): Paragraph[] {
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  // Each line after the first with the one before it.
  const pairs = rest.map((line, i) => ({ prev: lines[i] ?? first, line }));
  const gaps: number[] = [];
  for (const { prev, line } of pairs) {
    const gap = prev.y - line.y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 4)] ?? first.size * 1.2;
  const rightEdge = Math.max(...lines.map((l) => l.right));
  const left = Math.min(...lines.map((l) => l.x));
  const width = rightEdge - left;
  const out: Paragraph[] = [];
  const large = (l: PdfLine) => l.size > body * 1.1;
  let current = first.text;
  let currentLarge = large(first);
  for (const { prev, line } of pairs) {
    const gap = prev.y - line.y;
    const sameSize = Math.abs(line.size - prev.size) <= prev.size * 0.1;
    // Lines of a larger type are spaced wider: the gap is judged against their own size too.
    const wideGap = gap > Math.max(usual * 1.3, prev.size * 1.45) || gap < 0;
    // A short line ends a paragraph, unless the text plainly goes on: a heading in large type
    // wrapping ("Toolkit: completing the NRM Referral" / "Form"), or a next line in lower case.
    const short = prev.right < left + width * 0.75;
    const goesOn = /^[a-z(]/.test(line.text) || (large(prev) && !/[.!?:]$/.test(prev.text));
    const newParagraph = wideGap || !sameSize || (short && !goesOn);
    if (/^[•▪◦‣●–-]\s/.test(line.text) && !newParagraph) {
      // "• amending the Proceeds of Crime Act 2002": a list entry keeps its own line.
      current += `\n${line.text}`;
    } else if (newParagraph) {
      out.push({ text: current, large: currentLarge });
      current = line.text;
      currentLarge = large(line);
    } else {
      // "Dyfed-" + "Powys": a line broken at a hyphen joins without a space.
      current += /[-‐]$/.test(current) ? line.text : ` ${line.text}`;
    }
  }
  out.push({ text: current, large: currentLarge });
  return out;
}

/** The type size most of the text is set in. */
function bodySize(lines: PdfLine[]): number {
  const [first] = lines;
  if (first === undefined) return 0;
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.size), (counts.get(Math.round(l.size)) ?? 0) + l.text.length);
  let best = first.size;
  let most = -1;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/** A paragraph cut by a page break (no closing stop, the next page going on in lower case) is one. */
function joinAcrossPages(pages: Paragraph[][]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const page of pages) {
    for (const [i, para] of page.entries()) {
      const last = out[out.length - 1];
      if (i === 0 && last !== undefined && !/[.!?:;'"’”)]$/.test(last.text) && /^[a-z]/.test(para.text)) last.text = `${last.text} ${para.text}`;
      else out.push({ ...para });
    }
  }
  return out;
}
