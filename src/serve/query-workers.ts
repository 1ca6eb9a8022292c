// A pool of query worker threads, each with its own copy of the snapshot. A query goes to the
// next free worker; one that runs past its timeout and does not stop (a step the engine cannot
// interrupt) has its worker terminated after a grace period and replaced.

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import { QueryLimitError } from '../errors.js';
import { errorFromMessage } from './cypher-answer.js';
import { ServeError } from './http-error.js';
import type { CypherAnswer } from './cypher-answer.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './query-worker.js';

// The compiled worker: from src/serve (tests) and from dist/serve alike.
const WORKER_FILE = fileURLToPath(new URL('../../dist/serve/query-worker.js', import.meta.url));

/** How long past its timeout a query may run before its worker is terminated. */
export const GRACE_MS = 2_000;

interface Job {
  request: Omit<WorkerRequest, 'id'>;
  resolve(answer: CypherAnswer): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class QueryWorkers {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers terminated for running past their timeout, since start. */
  restarts = 0;
  /** Workers that failed (out of memory, crashed) while running a query, since start. */
  failures = 0;

  private constructor(private readonly setup: WorkerSetup) {}

  /** Start `count` workers and wait until each has loaded the snapshot. */
  static async start(count: number, setup: WorkerSetup): Promise<QueryWorkers> {
    const pool = new QueryWorkers(setup);
    try {
      await Promise.all(Array.from({ length: count }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  run(query: string, params: Record<string, unknown>): Promise<CypherAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { query, params }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(closingError());
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  /** Workers ready, and how many were replaced. */
  get health(): { ready: number; restarts: number; failures: number } {
    return { ready: this.slots.length, restarts: this.restarts, failures: this.failures };
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_FILE, { workerData: this.setup });
      const onFirst = (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          this.slots.push({ worker, busy: false });
          this.dispatch();
          resolve();
        } else if (reply.kind === 'failed') {
          void worker.terminate();
          reject(errorFromMessage(reply.error));
        }
      };
      worker.once('message', onFirst);
      worker.once('error', reject);
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) return;
      this.runOn(slot, job);
    }
  }

  private runOn(slot: Slot, job: Job): void {
    slot.busy = true;
    const id = this.nextId++;
    const detach = () => {
      clearTimeout(watchdog);
      slot.worker.off('message', onReply);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
    };
    const finish = () => {
      detach();
      slot.busy = false;
      this.dispatch();
    };
    const onReply = (reply: WorkerReply) => {
      if (!('id' in reply) || reply.id !== id) return;
      finish();
      if (reply.kind === 'answer') job.resolve(reply.answer);
      else job.reject(errorFromMessage(reply.error));
    };
    const onError = (error: Error) => {
      detach();
      this.failures++;
      this.replace(slot);
      job.reject(error);
    };
    // A worker can end without an 'error' event (killed for memory): the query fails, never hangs.
    const onExit = () => {
      detach();
      this.failures++;
      this.replace(slot);
      job.reject(this.closed ? closingError() : new QueryLimitError('E_QUERY_TIMEOUT', 'The query worker stopped while running this query'));
    };
    const watchdog = setTimeout(() => {
      detach();
      this.restarts++;
      this.replace(slot);
      job.reject(new QueryLimitError('E_QUERY_TIMEOUT', `The query ran past its ${this.setup.timeoutMs} ms timeout and was stopped`));
    }, this.setup.timeoutMs + GRACE_MS);
    slot.worker.on('message', onReply);
    slot.worker.once('error', onError);
    slot.worker.once('exit', onExit);
    slot.worker.postMessage({ id, ...job.request } satisfies WorkerRequest);
  }

  // Terminate a worker and start another in its place; queued queries wait for the others meanwhile.
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.spawn().catch((error: unknown) => process.stderr.write(`crimegraph serve: a query worker did not restart: ${String(error)}\n`));
  }
}

function closingError(): ServeError {
  return new ServeError('E_SERVE_CLOSING', 'The server is shutting down', 503);
}
