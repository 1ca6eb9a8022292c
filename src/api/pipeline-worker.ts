// Worker thread of the pipeline: extracts the documents it is sent, one at a time, and posts the
// item extractions (or the error message) back with the document's index.

import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import type { ItemExtraction } from '../extract/types.js';
import type { Document } from '../ingest/types.js';

export interface ExtractRequest {
  index: number;
  document: Document;
}

export type ExtractReply = { index: number; items: ItemExtraction[] } | { index: number; error: string };

const port = parentPort;
port?.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { index: request.index, items: extractDocument(request.document) };
  } catch (error) {
    reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
  }
  port?.postMessage(reply);
});
