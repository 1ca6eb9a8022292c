// The result every format's segmenter returns: the document's title and date, and its items
// with their text and offsets into the decoded source.

import type { Item } from './types.js';

export interface Segmented {
  /** Undefined when the source gives no title; the caller falls back to the file name. */
  title: string | undefined;
  published: string | undefined;
  items: Item[];
  /** False when the text has no item headings and its items are the one item `1`. */
  hasHeadings: boolean;
}
