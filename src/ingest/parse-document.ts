// Turn the decoded text of one input file into its Documents: normalise it (keeping the offset
// map), detect the format, split a file of several newsletters, segment each into items. Pure.

import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { cleanText, normalizeText } from './normalize-text.js';
import { segmentHtml } from './segment-html.js';
import { segmentMarkdown } from './segment-markdown.js';
import { segmentText } from './segment-text.js';
import { splitLines } from './lines.js';
import { newsletterStarts } from './split-newsletters.js';
import type { Segmented } from './segmented.js';
import type { Document, Item, SourceFormat } from './types.js';

/**
 * Parse one file as one document. `source` is the path or name the user gave: errors name it,
 * and its base name gives the document's `source` and, without extension, its `id`.
 * `parseDocuments` also splits a file that holds several newsletters.
 *
 * @throws InputError (`E_EMPTY`, `E_BINARY`) naming `source`; nothing else for any bytes.
 * @example parseDocument(new TextEncoder().encode('Title\n\n1. First\n\nText.'), 'news/a.txt').items[0].number // '1'
 */
export function parseDocument(bytes: Uint8Array, source: string): Document {
  const { text, encoding } = decodeBytes(bytes, source);
  // Without splitting, a text is exactly one document.
  const [document] = documentsFromText(text, source, { encoding, split: false });
  if (document === undefined) throw new Error(`${source}: a text read unsplit gave no document`);
  return document;
}

/**
 * Parse one file into its documents: one, or one per newsletter when a plain-text file holds
 * several (each with its own title and date, and the id `<file name>-<n>` counting from 1).
 *
 * @throws InputError (`E_EMPTY`, `E_BINARY`) naming `source`.
 * @example parseDocuments(bytesOf('000.txt' + '001.txt'), 'two.txt').map((d) => d.id) // ['two-1', 'two-2']
 */
export function parseDocuments(bytes: Uint8Array, source: string): Document[] {
  const { text, encoding } = decodeBytes(bytes, source);
  return documentsFromText(text, source, { encoding, split: true });
}

/**
 * The documents of a decoded text. `format` is given for text that came out of another format
 * (a PDF's text layer); otherwise it is told from the file name and the text.
 */
export function documentsFromText(
  decoded: string,
  source: string,
  options: { encoding: string; split: boolean; format?: SourceFormat; largeType?: readonly number[] },
): Document[] {
  // Segmenting reads the normalised text; the map takes its offsets back to the decoded source.
  const { text, map } = normalizeText(decoded);
  const format = options.format ?? detectFormat(source, text);
  const name = basename(source);
  const id = documentId(name);
  const lines = (format === 'text' || format === 'pdf') && options.split ? splitLines(text) : [];
  const starts = lines.length > 0 ? newsletterStarts(text, lines) : [0];
  const documents = starts.map((startLine, k): Document => {
    // Starts are indexes into `lines` (or the single start 0 of an unsplit text).
    const from = lines[startLine]?.start ?? 0;
    const next = starts[k + 1];
    const to = next === undefined ? text.length : (lines[next]?.start ?? text.length);
    const part = text.slice(from, to);
    // A PDF's headings are set in larger type: offsets of those lines, within this part.
    const largeType = options.largeType === undefined ? undefined : new Set(options.largeType.map((o) => o - from));
    let segmented = from === 0 && to === text.length ? segment(format, text, largeType) : shifted(segmentText(part, { largeType }), from);
    // Every "item" empty (a list of numbered lines, a contents page and nothing else): a file with
    // words in it is never refused, so it is read as one item under its title.
    if (format !== 'html' && segmented.items.every((item) => item.text.trim() === '') && part.trim() !== '') {
      segmented = shifted(segmentText(part, { headings: false }), from);
    }
    const partId = starts.length === 1 ? id : `${id}-${k + 1}`;
    const doc = documentOf(text, segmented, { id: partId, source: name, format, encoding: options.encoding, file: source, from });
    return map === undefined ? doc : { ...doc, sourceMap: map };
  });
  return documents;
}

/** A part's items with offsets in the whole text. */
function shifted(segmented: Segmented, by: number): Segmented {
  return { ...segmented, items: segmented.items.map((item) => ({ ...item, offset: item.offset + by })) };
}

function documentOf(
  text: string,
  segmented: Segmented,
  at: { id: string; source: string; format: SourceFormat; encoding: string; file: string; from: number },
): Document {
  const { format } = at;
  // An HTML page's text is rebuilt from markup, where `&shy;` or `&zwj;` become characters again.
  if (format === 'html') for (const item of segmented.items) Object.assign(item, { text: cleanText(item.text), title: cleanText(item.title) });
  if (format === 'html' && segmented.title !== undefined) segmented.title = cleanText(segmented.title);
  // "<html><script>…</script></html>": bytes, but no words to read.
  if (segmented.items.every((item) => item.text.trim() === '')) {
    throw new InputError('E_EMPTY', `no text in this ${format === 'html' ? 'HTML page' : 'file'}`, { file: at.file });
  }
  const title = segmented.title ?? at.id;
  // A title is looked for in this document's own part of the text.
  let previousEnd = at.from;
  const items = segmented.items.map((item): Item => {
    const titled = item.title === '' ? { ...item, title } : item;
    const titleOffset = locateTitle(text, titled, previousEnd);
    previousEnd = item.offset + item.text.length;
    return titleOffset === undefined ? titled : { ...titled, titleOffset };
  });
  return { id: at.id, source: at.source, title, published: segmented.published, format, encoding: at.encoding, items };
}

/**
 * Where an item's title is written: the last place before its body, and after the previous
 * item's body, where the title stands verbatim. Segmenters read headings in different ways
 * (numbers, markup, tags), but every heading comes before its body.
 */
function locateTitle(text: string, item: Item, after: number): number | undefined {
  if (item.title === '' || item.offset - item.title.length < after) return undefined;
  const at = text.lastIndexOf(item.title, item.offset - item.title.length);
  return at >= after ? at : undefined;
}

/** The document id: the file name without its extension (`000_79e92bb3579205a4`). */
export function documentId(fileName: string): string {
  const name = basename(fileName);
  const ext = extname(name);
  return ext === '' || ext === name ? name : name.slice(0, -ext.length);
}

/** The format by extension, and HTML by its opening tag whatever the extension. */
export function detectFormat(source: string, text: string): SourceFormat {
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096))) return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

function segment(format: SourceFormat, text: string, largeType?: ReadonlySet<number>): Segmented {
  switch (format) {
    case 'html':
      return segmentHtml(text);
    case 'markdown':
      return segmentMarkdown(text);
    case 'text':
    case 'pdf':
      return segmentText(text, { largeType });
  }
}
