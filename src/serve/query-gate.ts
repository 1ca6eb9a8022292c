// A bound on the queries a server runs at once: up to `running` together, up to `waiting` more in
// a queue; past that a request is turned away at once (429) rather than piling up unseen. A
// request whose client has gone away (its signal aborted) leaves the queue, so a crowd of clients
// that gave up never holds places that new clients need.

import { ServeError } from './http-error.js';

interface Waiter {
  start(): void;
  signal?: AbortSignal;
}

export class QueryGate {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    readonly running: number,
    readonly waiting: number,
  ) {}

  /**
   * Run `work` when a slot is free; ServeError E_TOO_MANY_QUERIES (429) when the queue is full,
   * E_CLIENT_GONE when `signal` aborts while the request waits (nobody is left to answer).
   */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw clientGone();
    if (this.active >= this.running) {
      if (this.queue.length >= this.waiting) {
        throw new ServeError('E_TOO_MANY_QUERIES', `Too many queries at once (${this.running} running, ${this.waiting} waiting); try again shortly`, 429, {
          'retry-after': '1',
        });
      }
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { start: resolve, signal };
        const leave = () => {
          const index = this.queue.indexOf(waiter);
          if (index !== -1) this.queue.splice(index, 1);
          reject(clientGone());
        };
        waiter.start = () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        };
        signal?.addEventListener('abort', leave, { once: true });
        this.queue.push(waiter);
      });
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, so `active` never drops and rises again.
      const next = this.queue.shift();
      if (next) next.start();
      else this.active--;
    }
  }

  /** Queries running now and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.queue.length };
  }
}

/** The client closed its connection before its query started: there is no one to answer. */
export function clientGone(): ServeError {
  return new ServeError('E_CLIENT_GONE', 'The client closed the connection before the query ran', 499);
}
