// The memory budget of one query: a cap on the size of any list or string it builds, checked
// before the value exists (so `range(1, 1e9)` is an error, not a dead process), and a cap on the
// heap the query adds, measured while it runs (so many modest values cannot add up to a crash).

import { getHeapStatistics } from 'node:v8';
import { QueryLimitError } from '../../errors.js';

/** Default budget of one query: 512 MiB (CLI `--max-memory 512`, API `maxMemoryMb`). */
export const DEFAULT_MAX_MEMORY_BYTES = 512 * 1024 * 1024;

// What one list element costs, counted high: an 8-byte slot plus a boxed INTEGER or FLOAT
// (a bigint or heap number of 16 to 24 bytes). Counting high keeps real use under the budget.
const BYTES_PER_ELEMENT = 32;
// What one string character may cost (two-byte strings).
const BYTES_PER_CHAR = 2;
// V8 dies (not throws) when an array's backing store passes about 2^27 slots: stay well under.
const MAX_LIST_LENGTH = 2 ** 26;
// V8 throws a RangeError past 2^29 - 24 characters; refuse before, with our own error.
const MAX_STRING_LENGTH = 2 ** 29 - 24;
// What the heap must keep free for the engine to unwind and report the error.
const HEAP_HEADROOM = 256 * 1024 * 1024;

export class MemoryBudget {
  /** Longest list a query may build. */
  readonly maxListLength: number;
  /** Longest string a query may build. */
  readonly maxStringLength: number;
  private readonly heapCeiling: number;

  constructor(readonly maxBytes: number = DEFAULT_MAX_MEMORY_BYTES) {
    const heap = getHeapStatistics();
    // A budget larger than the heap can give is a promise V8 would break with a fatal error.
    const usable = Math.max(0, heap.heap_size_limit - heap.used_heap_size - HEAP_HEADROOM);
    const bytes = Math.max(0, Math.min(maxBytes, usable));
    this.maxListLength = Math.min(MAX_LIST_LENGTH, Math.floor(bytes / BYTES_PER_ELEMENT));
    this.maxStringLength = Math.min(MAX_STRING_LENGTH, Math.floor(bytes / BYTES_PER_CHAR));
    this.heapCeiling = heap.used_heap_size + bytes;
  }

  /** Refuse a list of `length` elements before building it. */
  list(length: number, what = 'a list'): void {
    if (length > this.maxListLength)
      throw this.exceeded(`${what} of ${length} elements (the most is ${this.maxListLength})`);
  }

  /** Refuse a string of `length` characters before building it. */
  string(length: number, what = 'a string'): void {
    if (length > this.maxStringLength)
      throw this.exceeded(`${what} of ${length} characters (the most is ${this.maxStringLength})`);
  }

  /** Check a value just built (a concatenation): lists by length, strings by characters. */
  value<T>(v: T): T {
    if (typeof v === 'string') {
      if (v.length > this.maxStringLength) this.string(v.length);
    } else if (Array.isArray(v) && v.length > this.maxListLength) this.list(v.length);
    return v;
  }

  /** Measure the heap: called every so often from the loops that build rows and values. */
  checkHeap(): void {
    const used = getHeapStatistics().used_heap_size;
    if (used > this.heapCeiling) throw this.exceeded(`values and rows taking more than ${mb(this.maxBytes)} MB`);
  }

  /** A RangeError from V8 itself (a string or array too long): the same typed error. */
  fromRangeError(error: RangeError): QueryLimitError {
    return this.exceeded(`a value too large for the JavaScript engine (${error.message})`);
  }

  private exceeded(what: string): QueryLimitError {
    return new QueryLimitError('E_QUERY_MEMORY_LIMIT', `The query went over its memory budget of ${mb(this.maxBytes)} MB: ${what}`, this.maxBytes);
  }
}

function mb(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
