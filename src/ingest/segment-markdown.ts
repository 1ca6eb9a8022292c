// Segment a Markdown document: the first `#` heading is the title, the next heading level down
// starts items; markup characters are blanked with spaces so offsets still point into the file.

import { elementAt } from '../errors.js';
import { readHeader } from './header.js';
import { splitLines, trimmedSpan } from './lines.js';
import { numberItems, type Section } from './number-items.js';
import { segmentText } from './segment-text.js';
import type { Segmented } from './segmented.js';
import { publishedDate } from './published-date.js';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

interface Heading {
  line: number;
  level: number;
  text: string;
}

/**
 * Split Markdown into items at its item headings; with no headings below the title it is read
 * like plain text (numbered heading lines, or one item).
 *
 * @example segmentMarkdown('# News\n\n## 1. Slavery Bill\n\nThe Bill.\n').items[0]
 *   // { number: '1', title: 'Slavery Bill', text: 'The Bill.', offset: 25 }
 */
export function segmentMarkdown(source: string): Segmented {
  const text = blankInlineMarkup(source);
  const lines = splitLines(text);
  const headings = atxHeadings(lines.map((l) => l.text));

  const first = headings[0];
  const title = first !== undefined && first.level === 1 ? first : undefined;
  const rest = title === undefined ? headings : headings.slice(1);
  const itemLevel = rest.length === 0 ? undefined : Math.min(...rest.map((h) => h.level));
  const itemHeadings = rest.filter((h) => h.level === itemLevel);

  const [firstHeading] = itemHeadings;
  if (firstHeading === undefined) {
    const plain = segmentText(text);
    return { ...plain, title: title?.text ?? plain.title };
  }

  const sections: Section[] = itemHeadings.map((h, k) => {
    const next = itemHeadings[k + 1];
    const end = next === undefined ? text.length : (lines[next.line]?.start ?? text.length);
    const body = trimmedSpan(text, lines[h.line]?.end ?? end, end);
    return { heading: h.text, ...body };
  });
  const prefaceEnd = firstHeading.line;
  let published: string | undefined;
  for (const { text: line } of lines.slice(0, prefaceEnd)) {
    if (published !== undefined) break;
    if (line.length < 200) published = publishedDate(line.replace(/^[*_\s]+|[*_\s]+$/g, ''));
  }
  const header = title === undefined ? readHeader(lines, prefaceEnd) : undefined;
  return { title: title?.text ?? header?.title, published: published ?? header?.published, items: numberItems(sections), hasHeadings: true };
}

function atxHeadings(lines: string[]): Heading[] {
  const found: Heading[] = [];
  let inFence = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || line.length > 1000) return;
    const m = ATX_HEADING.exec(line);
    if (m && (m[2] ?? '').trim() !== '') found.push({ line: i, level: elementAt(m, 1).length, text: elementAt(m, 2).trim() });
  });
  return found;
}

/**
 * Replace emphasis markers and link syntax with spaces of the same length: the words stay
 * where they are in the file, and extraction does not read `**` or `](https://…)` as text.
 */
export function blankInlineMarkup(text: string): string {
  const spaces = (s: string) => s.replace(/[^\r\n]/g, ' ');
  return (
    text
      // [label](https://example.org "title") -> label
      .replace(/(!?\[)([^\]\n]*)(\]\([^)\n]*\))/g, (_all, open: string, label: string, close: string) => spaces(open) + label + spaces(close))
      // **bold**, __bold__, *em*, _em_ at word edges
      .replace(/(^|[\s(])(\*{1,3}|_{1,3})(?=\S)/gm, (_all, before: string, mark: string) => before + spaces(mark))
      .replace(/(\S)(\*{1,3}|_{1,3})(?=$|[\s).,;:!?])/gm, (_all, before: string, mark: string) => before + spaces(mark))
  );
}
