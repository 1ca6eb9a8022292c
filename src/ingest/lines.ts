// Split decoded text into lines that remember where they start, so every piece ingest cuts
// out of a file can give its character offset back into that file.

/** One line of the source without its line break; `start` is its offset in the text. */
export interface Line {
  text: string;
  start: number;
  /** Offset just past the line's last character (before the line break). */
  end: number;
}

/** Lines of `text`, breaking at LF, CRLF and lone CR. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

/**
 * The part of `text` between `from` and `to` with surrounding white space removed, and the
 * offset where it starts; `offset` is `from` when nothing but white space is there.
 */
export function trimmedSpan(text: string, from: number, to: number): { text: string; offset: number } {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  return { text: text.slice(a, b), offset: a === b ? from : a };
}
