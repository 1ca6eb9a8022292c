// The plain data that ingest hands to extraction: a document split into news items.

import type { OffsetMap } from './normalize-text.js';

/** One news item: the text under a numbered heading (or the whole text when there are none). */
export interface Item {
  /** Item id within its document as the annotation guidelines define it: `1`, `0.4`, `speeches`. */
  number: string;
  title: string;
  /** The item's body text (heading excluded), bullets kept. */
  text: string;
  /**
   * Character offset of `text` in the document's normalised text, so evidence maps back to the
   * file: it is the offset in the decoded source itself unless the document has a `sourceMap`.
   */
  offset: number;
  /**
   * Character offset of `title` in the decoded source, where the heading gives it verbatim
   * (absent when it does not: a title taken from the file name, or with markup or entities).
   */
  titleOffset?: number;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf';

/** One input file, decoded and segmented. */
export interface Document {
  /** Stable id derived from the file name without extension (`000_79e92bb3579205a4`). */
  id: string;
  /** File name as given (basename), used as `source` and as the `doc` of extraction output. */
  source: string;
  title: string;
  /** ISO date (`2014-11-28`) from `Published …`, or undefined when the text gives none. */
  published: string | undefined;
  format: SourceFormat;
  /** Encoding the bytes were decoded from (`utf-8`, `windows-1252`, …; `pdf` for a PDF's text layer). */
  encoding: string;
  items: Item[];
  /**
   * Present when normalisation (NFC, invisible characters out) changed the text: item offsets
   * are then offsets in the normalised text, and `sourceOffset(sourceMap, n, edge)` gives the
   * offset in the decoded source.
   */
  sourceMap?: OffsetMap;
}
