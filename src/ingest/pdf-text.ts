// Read the text layer of a PDF with pdfjs-dist: lines rebuilt from positioned text runs, lines
// joined into paragraphs, running headers, footers and page numbers dropped, so the text reads
// like the plain-text documents the segmenter knows.

import { InputError } from '../errors.js';

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

/** True for bytes that open like a PDF (`%PDF-`, within the first kilobyte as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The text of a PDF, paragraphs separated by a blank line, in reading order page after page.
 *
 * @throws InputError `E_PDF` for a PDF that cannot be read, `E_PDF_NO_TEXT` for one without a
 *   text layer (scanned pages), both naming `source`.
 * @example await pdfText(readFileSync('report.pdf'), 'report.pdf') // 'Title\n\n1. First\n\nText …'
 */
export async function pdfText(bytes: Uint8Array, source: string): Promise<string> {
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
          const [a, b, , , x, y] = item.transform as number[];
          runs.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height, eol: item.hasEOL });
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
  const text = kept.map(paragraphs).filter((p) => p.length > 0);
  const joined = joinAcrossPages(text).join('\n\n');
  if (joined.trim() === '') {
    throw new InputError('E_PDF_NO_TEXT', 'this PDF has no text layer (scanned pages?); run OCR on it to read it', { file: source });
  }
  return `${joined}\n`;
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
    const runsInOrder = line.runs.filter((r) => r.str !== '').sort((p, q) => p.x - q.x);
    let text = '';
    let right = -Infinity;
    for (const r of runsInOrder) {
      // A gap wider than a fifth of the type size is a space the PDF did not write.
      if (text !== '' && !/\s$/.test(text) && !/^\s/.test(r.str) && r.x - right > line.size * 0.2) text += ' ';
      text += r.str;
      right = Math.max(right, r.x + r.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text !== '') out.push({ text, y: line.y, x: runsInOrder[0]!.x, right, size: line.size });
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
function paragraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 4)] ?? lines[0]!.size * 1.2;
  const rightEdge = Math.max(...lines.map((l) => l.right));
  const left = Math.min(...lines.map((l) => l.x));
  const width = rightEdge - left;
  const out: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const gap = prev.y - line.y;
    const newParagraph =
      gap > usual * 1.3 || gap < 0 || Math.abs(line.size - prev.size) > prev.size * 0.1 || prev.right < left + width * 0.75;
    if (/^[•▪◦‣●–-]\s/.test(line.text) && !newParagraph) {
      // "• amending the Proceeds of Crime Act 2002": a list entry keeps its own line.
      current += `\n${line.text}`;
    } else if (newParagraph) {
      out.push(current);
      current = line.text;
    } else {
      // "Dyfed-" + "Powys": a line broken at a hyphen joins without a space.
      current += /[-‐]$/.test(current) ? line.text : ` ${line.text}`;
    }
  }
  out.push(current);
  return out;
}

/** A paragraph cut by a page break (no closing stop, the next page going on in lower case) is one. */
function joinAcrossPages(pages: string[][]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    for (const [i, para] of page.entries()) {
      const last = out[out.length - 1];
      if (i === 0 && last !== undefined && !/[.!?:;'"’”)]$/.test(last) && /^[a-z]/.test(para)) out[out.length - 1] = `${last} ${para}`;
      else out.push(para);
    }
  }
  return out;
}
