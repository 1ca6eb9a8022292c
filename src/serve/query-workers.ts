// A pool of query worker threads, each with its own copy of the snapshot. A query goes to the
// next free worker; one that runs past its timeout and does not stop (a step the engine cannot
// interrupt) has its worker terminated after a grace period, and one that dies mid-query fails
// that query. Either way a spare worker, loaded at start, takes its place at once, so a runaway
// query costs no capacity; a new spare loads in the background (a large snapshot takes minutes).

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import { QueryLimitError } from '../errors.js';
import { errorFromMessage } from './cypher-answer.js';
import { ServeError } from './http-error.js';
import { clientGone } from './query-gate.js';
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
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class QueryWorkers {
  private readonly slots: Slot[] = [];
  /** Loaded workers waiting to replace one that is stopped. */
  private readonly spares: Worker[] = [];
  /** Workers being loaded now (replacements and spares). */
  private loading = 0;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers terminated for running past their timeout, since start. */
  restarts = 0;
  /** Workers that failed (out of memory, crashed) while running a query, since start. */
  failures = 0;

  private constructor(
    private readonly setup: WorkerSetup,
    private readonly size: number,
    private readonly spareCount: number,
  ) {}

  /**
   * Start `count` workers and `spares` more held in reserve, and wait until each has loaded the
   * snapshot.
   */
  static async start(count: number, setup: WorkerSetup, spares = 0): Promise<QueryWorkers> {
    const pool = new QueryWorkers(setup, count, spares);
    try {
      const workers = await Promise.all(Array.from({ length: count + spares }, () => pool.load()));
      for (const worker of workers.slice(0, count)) pool.slots.push({ worker, busy: false });
      pool.spares.push(...workers.slice(count));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Run a query on the next free worker; a query still waiting when `signal` aborts is dropped. */
  run(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherAnswer> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(clientGone());
      const job: Job = { request: { query, params }, resolve, reject, signal };
      if (signal) {
        job.onAbort = () => {
          const index = this.queue.indexOf(job);
          if (index === -1) return; // already running: it finishes, and its answer is dropped
          this.queue.splice(index, 1);
          reject(clientGone());
        };
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(closingError());
    await Promise.all([...this.slots.splice(0).map((slot) => slot.worker), ...this.spares.splice(0)].map((worker) => worker.terminate()));
  }

  /** Workers ready to run queries, spares held back, queries waiting for a worker, and how many workers were replaced. */
  get health(): { ready: number; spares: number; queued: number; restarts: number; failures: number } {
    return { ready: this.slots.length, spares: this.spares.length, queued: this.queue.length, restarts: this.restarts, failures: this.failures };
  }

  /** A new worker with its snapshot loaded. */
  private load(): Promise<Worker> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_FILE, { workerData: this.setup });
      worker.once('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') resolve(worker);
        else if (reply.kind === 'failed') {
          void worker.terminate();
          reject(errorFromMessage(reply.error));
        }
      });
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
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    slot.busy = true;
    const id = this.nextId++;
    const detach = () => {
      clearTimeout(watchdog);
      slot.worker.off('message', onReply);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
    };
    const onReply = (reply: WorkerReply) => {
      if (!('id' in reply) || reply.id !== id) return;
      detach();
      slot.busy = false;
      this.dispatch();
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

  // Terminate a worker (its CPU goes back to the others at once) and put a spare in its place;
  // then load another, as a spare when the pool is full again, straight into the pool otherwise.
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (this.closed) return;
    const spare = this.spares.shift();
    if (spare) {
      this.slots.push({ worker: spare, busy: false });
      this.dispatch();
    }
    this.refill();
  }

  private refill(): void {
    if (this.slots.length + this.spares.length + this.loading >= this.size + this.spareCount) return;
    this.loading++;
    this.load().then(
      (worker) => {
        this.loading--;
        if (this.closed) return void worker.terminate();
        if (this.slots.length < this.size) {
          this.slots.push({ worker, busy: false });
          this.dispatch();
        } else this.spares.push(worker);
        this.refill();
      },
      (error: unknown) => {
        this.loading--;
        process.stderr.write(`crimegraph serve: a query worker did not restart: ${String(error)}\n`);
      },
    );
  }
}

function closingError(): ServeError {
  return new ServeError('E_SERVE_CLOSING', 'The server is shutting down', 503);
}
