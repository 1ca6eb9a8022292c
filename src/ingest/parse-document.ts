// Turn the bytes of one input file into a Document: decode, detect the format, segment into
// items. Pure: the caller reads the file.

import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { cleanText, normalizeText } from './normalize-text.js';
import { segmentHtml } from './segment-html.js';
import { segmentMarkdown } from './segment-markdown.js';
import { segmentText } from './segment-text.js';
import type { Segmented } from './segmented.js';
import type { Document, Item, SourceFormat } from './types.js';

/**
 * Parse one file. `source` is the path or name the user gave: errors name it, and its base
 * name gives the document's `source` and, without extension, its `id`.
 *
 * @throws InputError (`E_EMPTY`, `E_BINARY`) naming `source`; nothing else for any bytes.
 * @example parseDocument(new TextEncoder().encode('Title\n\n1. First\n\nText.'), 'news/a.txt').items[0].number // '1'
 */
export function parseDocument(bytes: Uint8Array, source: string): Document {
  const { text: decoded, encoding } = decodeBytes(bytes, source);
  // Segmenting reads the normalised text; the map takes its offsets back to the decoded source.
  const { text, map } = normalizeText(decoded);
  const format = detectFormat(source, text);
  const segmented = segment(format, text);
  // An HTML page's text is rebuilt from markup, where `&shy;` or `&zwj;` become characters again.
  if (format === 'html') for (const item of segmented.items) Object.assign(item, { text: cleanText(item.text), title: cleanText(item.title) });
  if (format === 'html' && segmented.title !== undefined) segmented.title = cleanText(segmented.title);
  // "<html><script>…</script></html>": bytes, but no words to read.
  if (segmented.items.every((item) => item.text.trim() === '')) {
    throw new InputError('E_EMPTY', `no text in this ${format === 'html' ? 'HTML page' : 'file'}`, { file: source });
  }
  const name = basename(source);
  const id = documentId(name);
  const title = segmented.title ?? id;
  let previousEnd = 0;
  const items = segmented.items.map((item): Item => {
    const titled = item.title === '' ? { ...item, title } : item;
    const titleOffset = locateTitle(text, titled, previousEnd);
    previousEnd = item.offset + item.text.length;
    return titleOffset === undefined ? titled : { ...titled, titleOffset };
  });
  const doc: Document = { id, source: name, title, published: segmented.published, format, encoding, items };
  return map === undefined ? doc : { ...doc, sourceMap: map };
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

function segment(format: SourceFormat, text: string): Segmented {
  switch (format) {
    case 'html':
      return segmentHtml(text);
    case 'markdown':
      return segmentMarkdown(text);
    case 'text':
      return segmentText(text);
  }
}
