// Public face of the ingest stage: read files, decode them and segment them into items.
// Everything else in this folder is internal.

export { collectInputs, INPUT_EXTENSIONS } from './collect-inputs.js';
export { decodeBytes, looksBinary } from './decode.js';
export type { DecodedText } from './decode.js';
export { parseDocument, parseDocuments, documentsFromText, documentId, detectFormat } from './parse-document.js';
export { parseInput } from './parse-input.js';
export { isPdf, pdfText } from './pdf-text.js';
export { readDocument, readDocuments, readInputBytes, DEFAULT_MAX_INPUT_BYTES } from './read-document.js';
export { publishedDate, isoDate } from './published-date.js';
export { normalizeText, sourceOffset, cleanText } from './normalize-text.js';
export type { NormalizedText, OffsetMap } from './normalize-text.js';
export { segmentText } from './segment-text.js';
export { segmentMarkdown } from './segment-markdown.js';
export { segmentHtml } from './segment-html.js';
export type { Segmented } from './segmented.js';
export type { Document, Item, SourceFormat } from './types.js';
