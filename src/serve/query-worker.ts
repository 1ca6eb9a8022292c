// A query worker thread: holds its own copy of the snapshot and runs the Cypher it is sent, one
// query at a time, so a slow query never holds up the main thread's pages and API.

import { parentPort, workerData } from 'node:worker_threads';

import { cypherParams } from '../api/index.js';
import { ColumnarStore, CypherEngine } from '../cypher/index.js';
import { loadSnapshot, openSnapshotColumns } from '../graph/index.js';
import { cypherAnswer, errorMessage } from './cypher-answer.js';
import type { CypherAnswer, ErrorMessage } from './cypher-answer.js';

export interface WorkerSetup {
  dir: string;
  timeoutMs: number;
  maxRows: number;
}

export interface WorkerRequest {
  id: number;
  query: string;
  params: Record<string, unknown>;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'failed'; error: ErrorMessage }
  | { kind: 'answer'; id: number; answer: CypherAnswer }
  | { kind: 'error'; id: number; error: ErrorMessage };

/** The setup the pool passes as workerData, checked. */
function workerSetup(value: unknown): WorkerSetup {
  if (typeof value === 'object' && value !== null && 'dir' in value && 'timeoutMs' in value && 'maxRows' in value) {
    const { dir, timeoutMs, maxRows } = value;
    if (typeof dir === 'string' && typeof timeoutMs === 'number' && typeof maxRows === 'number') return { dir, timeoutMs, maxRows };
  }
  throw new TypeError('query-worker: workerData is not { dir, timeoutMs, maxRows }');
}

if (!parentPort) throw new Error('query-worker runs as a worker thread only');
const port = parentPort;
const setup = workerSetup(workerData);

try {
  // Read-only always: with --write the server runs every query on its one main-thread copy. So a
  // worker opens the snapshot's columns when it has them (no graph built: a worker is ready in a
  // fraction of the time and memory), and reads graph.json otherwise.
  const opened = await openSnapshotColumns(setup.dir);
  const graph = opened ? new ColumnarStore(opened.columns) : (await loadSnapshot(setup.dir)).graph;
  const engine = new CypherEngine(graph, { readOnly: true, timeoutMs: setup.timeoutMs });
  port.on('message', (request: WorkerRequest) => {
    try {
      const answer = cypherAnswer(engine.run(request.query, cypherParams(request.params)), setup.maxRows);
      port.postMessage({ kind: 'answer', id: request.id, answer } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ kind: 'error', id: request.id, error: errorMessage(error) } satisfies WorkerReply);
    }
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ kind: 'failed', error: errorMessage(error) } satisfies WorkerReply);
}
