// A bound on the queries a server runs at once: up to `running` together, up to `waiting` more in
// a queue; past that a request is turned away at once (429) rather than piling up unseen.

import { ServeError } from './http-error.js';

export class QueryGate {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    readonly running: number,
    readonly waiting: number,
  ) {}

  /** Run `work` when a slot is free; ServeError E_TOO_MANY_QUERIES (429) when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.running) {
      if (this.queue.length >= this.waiting) {
        throw new ServeError('E_TOO_MANY_QUERIES', `Too many queries at once (${this.running} running, ${this.waiting} waiting); try again shortly`, 429, {
          'retry-after': '1',
        });
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, so `active` never drops and rises again.
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }

  /** Queries running now and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.queue.length };
  }
}
