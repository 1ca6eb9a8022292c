// Find where the newsletters of a file that holds several (an archive, a mailbox export, two
// files joined with cat) begin: each one opens with its own header, a title line and a
// `Published <date>` line, often under a GOV.UK label such as `Correspondence`, or with the
// `From ` line that separates the mails of an mbox file.

import labels from './data/document-type-labels.json' with { type: 'json' };
import { isBlank, type Line } from './lines.js';
import { MBOX_SEPARATOR, mailHeaders } from './mail-headers.js';
import { publishedDate } from './published-date.js';
import { segmentText } from './segment-text.js';

const DOCUMENT_TYPE_LABELS = new Set(labels.labels.map((l) => l.toLowerCase()));
const MAX_TITLE_LENGTH = 200;
// Less text than this before a header is a preface of that newsletter, not one of its own.
const MIN_NEWSLETTER_LENGTH = 200;

/**
 * The line indexes where the newsletters of `lines` start, the first always 0; `[0]` for a file
 * that holds one. A later header counts when it carries a document-type label, or when the text
 * under it numbers its items from 1 again: a `Published …` line under a short title inside an
 * item (a report the item links to) does neither.
 *
 * @example newsletterStarts(splitLines(cat('000.txt', '001.txt'))) // [0, 312]
 */
export function newsletterStarts(text: string, lines: Line[]): number[] {
  const headers: { start: number; labelled: boolean }[] = [];
  for (const [i, current] of lines.entries()) {
    // A mailbox export: every mail opens with a `From sender date` line after a blank one.
    if (MBOX_SEPARATOR.test(current.text) && isBlank(lines[i - 1])) {
      headers.push({ start: i, labelled: true });
      continue;
    }
    const line = current.text.trim();
    if (line.length > MAX_TITLE_LENGTH || publishedDate(line) === undefined) continue;
    const title = previousNonBlank(lines, i);
    if (title === undefined) continue;
    const titleText = title.line.text.trim();
    if (titleText.length > MAX_TITLE_LENGTH || /[.;,]$/.test(titleText) || !isBlank(lines[title.at - 1])) continue;
    const label = previousNonBlank(lines, title.at);
    if (label !== undefined && DOCUMENT_TYPE_LABELS.has(label.line.text.trim().toLowerCase())) headers.push({ start: label.at, labelled: true });
    else headers.push({ start: title.at, labelled: false });
  }
  const starts = [0];
  for (const [k, header] of headers.entries()) {
    // A newsletter before this header must have a body: a line or two above the first header
    // ("Correspondence (copy)", a mail's subject) belongs to that first newsletter.
    // (a mail's header block is not a body)
    // `starts` opens with 0 and headers are lines, so both lookups find a line.
    const previousLine = starts.at(-1) ?? 0;
    const previous = lines[mailHeaders(lines, previousLine, header.start)?.end ?? previousLine]?.start ?? 0;
    if (text.slice(previous, lines[header.start]?.start ?? text.length).trim().length < MIN_NEWSLETTER_LENGTH) continue;
    const end = headers[k + 1]?.start ?? lines.length;
    if (header.labelled || numbersFromOne(text, lines, header.start, end)) starts.push(header.start);
  }
  return starts;
}

function previousNonBlank(lines: Line[], i: number): { at: number; line: Line } | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const line = lines[k];
    if (line !== undefined && !isBlank(line)) return { at: k, line };
  }
  return undefined;
}

/** The text between two line indexes has item headings that count from 1 (or 0.1). */
function numbersFromOne(text: string, lines: Line[], from: number, to: number): boolean {
  const end = lines[to]?.start ?? text.length;
  const part = segmentText(text.slice(lines[from]?.start ?? text.length, end));
  const first = part.items.find((item) => item.number !== 'speeches');
  return part.hasHeadings && first !== undefined && /^(?:0\.)?1$/.test(first.number);
}
