// Answers kept for the next asker. On a read-only snapshot the same request always gets the same
// answer, so an entity page or a named query is computed once, not once per visitor: the Home
// Office's page on a 10,000-newsletter graph takes seconds of the main thread to compute. Bounded
// in bytes, least recently used out first; asks for an answer already being computed wait for that
// computation instead of starting their own.

export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
}

export class AnswerCache {
  private readonly entries = new Map<string, { value: unknown; bytes: number }>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(readonly maxBytes: number) {}

  /** The answer kept under `key`, or `compute()`'s, kept when it is no larger than a tenth of the cache. */
  async get<T>(key: string, compute: () => Promise<T>, size: (value: T) => number): Promise<T> {
    const entry = this.entries.get(key);
    if (entry) {
      this.hits++;
      // Most recently used last: the first entry is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value as T;
    }
    const running = this.pending.get(key);
    if (running) {
      this.hits++;
      return running as Promise<T>;
    }
    this.misses++;
    const promise = compute();
    this.pending.set(key, promise);
    try {
      const value = await promise;
      this.keep(key, value, size(value));
      return value;
    } finally {
      this.pending.delete(key);
    }
  }

  get stats(): CacheStats {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, hits: this.hits, misses: this.misses };
  }

  private keep(key: string, value: unknown, bytes: number): void {
    if (bytes > this.maxBytes / 10) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

/** A key for a request: the same for the same values whatever the order of their fields. */
export function requestKey(...parts: unknown[]): string {
  return JSON.stringify(parts, (_key, value: unknown) => {
    if (typeof value === 'bigint') return `${value}n`;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}

// Functions whose answer changes from one call to the next: a query naming one is never kept.
const UNSTABLE = /\b(rand|randomUUID|timestamp|date|datetime|localdatetime|time|localtime)\s*(\.\s*\w+\s*)?\(/i;

/** Whether the rows of a read-only query can be kept: not when it asks for the time or a random number. */
export function isRepeatable(query: string): boolean {
  return !UNSTABLE.test(query);
}
