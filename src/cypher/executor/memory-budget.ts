// The memory budget of one query: a cap on the size of any list or string it builds, checked
// before the value exists (so `range(1, 1e9)` is an error, not a dead process), and a cap on the
// heap the query adds, measured while it runs (so many modest values cannot add up to a crash).

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { QueryLimitError } from '../../errors.js';

// The heap in use counts garbage too, until V8 collects it. Before a query is stopped for its
// heap, and before one starts on a heap full of an earlier query's garbage, a full collection
// makes the figure the live one; so the budget bounds what the process really holds.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** The heap's footprint after the last full collection (0: none yet). */
let liveAfterCollection = 0;

/** Default budget of one query: 512 MiB (CLI `--max-memory 512`, API `maxMemoryMb`). */
export const DEFAULT_MAX_MEMORY_BYTES = 512 * 1024 * 1024;

// What one list element costs, counted high: an 8-byte slot plus a boxed INTEGER or FLOAT
// (a bigint or heap number of 16 to 24 bytes), plus the copy an array makes of its slots as it
// grows. Counting high keeps the process's real growth under the budget.
const BYTES_PER_ELEMENT = 48;
// The share of the budget the heap's pages may grow by in one query: the rest covers what the
// figure does not show at once (growth between two measures, an earlier query's garbage up to an
// eighth of the budget, pages the kernel still counts after V8 let them go).
const HEAP_SHARE = 0.5;
// What one string character may cost (two-byte strings).
const BYTES_PER_CHAR = 2;
// V8 dies (not throws) when an array's backing store passes about 2^27 slots: stay well under.
const MAX_LIST_LENGTH = 2 ** 26;
// V8 throws a RangeError past 2^29 - 24 characters; and split(s, '') makes a list as long as the
// string: keep strings to the longest list, so that split stays under the fatal array size.
const MAX_STRING_LENGTH = MAX_LIST_LENGTH;
// What the heap must keep free for the engine to unwind and report the error.
const HEAP_HEADROOM = 256 * 1024 * 1024;

export class MemoryBudget {
  /** Longest list a query may build. */
  readonly maxListLength: number;
  /** Longest string a query may build. */
  readonly maxStringLength: number;
  private readonly heapCeiling: number;
  /** The cheap heap figure under which no full collection is tried again. */
  private nextCollection = 0;
  /** Bytes counted as built since the heap was last measured. */
  private built = 0;

  constructor(readonly maxBytes: number = DEFAULT_MAX_MEMORY_BYTES) {
    let heap = getHeapStatistics();
    // An earlier query's garbage (an eighth of a budget of it), or pages V8 still holds for it,
    // would count against this one and add to what the process holds: clear them. Small queries
    // leave less and pay nothing.
    // A full collection takes time in proportion to the live heap (a second on a server holding a
    // 10,000-newsletter graph): there it waits for garbage of a quarter of the live heap.
    if (footprint(heap) > liveAfterCollection + Math.max(maxBytes / 8, liveAfterCollection / 4)) heap = collect();
    // A budget larger than the heap can give is a promise V8 would break with a fatal error.
    const usable = Math.max(0, heap.heap_size_limit - heap.used_heap_size - HEAP_HEADROOM);
    const bytes = Math.max(0, Math.min(maxBytes, usable));
    this.maxListLength = Math.min(MAX_LIST_LENGTH, Math.floor(bytes / BYTES_PER_ELEMENT));
    this.maxStringLength = Math.min(MAX_STRING_LENGTH, Math.floor(bytes / BYTES_PER_CHAR));
    // The ceiling is on the heap's pages, not only on the live data in them: the pages are what
    // the process holds (its RSS), and V8 keeps more of them than the live data needs. Room kept
    // beyond the data counts as the query's own start for an eighth of the budget at most (a
    // quarter of the data in a large heap, which needs more room), so pages V8 keeps from query
    // to query cannot raise every later query's ceiling.
    const used = inUse(heap);
    this.heapCeiling = Math.min(footprint(heap), used + Math.max(maxBytes / 8, used / 4)) + bytes * HEAP_SHARE;
  }

  /** Refuse a list of `length` elements before building it. */
  list(length: number, what = 'a list'): void {
    if (length > this.maxListLength) throw this.exceeded(`${what} of ${length} elements (the most is ${this.maxListLength})`);
    this.allocating(length * BYTES_PER_ELEMENT);
  }

  /** Refuse a string of `length` characters before building it. */
  string(length: number, what = 'a string'): void {
    if (length > this.maxStringLength) throw this.exceeded(`${what} of ${length} characters (the most is ${this.maxStringLength})`);
    this.allocating(length * BYTES_PER_CHAR);
  }

  /**
   * Count what is about to be built: one step of a loop can build a list of millions (`l + l`),
   * so the heap is also measured whenever an eighth of the budget has been built since the last
   * measure, not only every 1024 steps.
   */
  private allocating(bytes: number): void {
    this.built += bytes;
    if (this.built > this.maxBytes / 8) {
      this.built = 0;
      this.checkHeap();
    }
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
    this.built = 0;
    const used = footprint(getHeapStatistics());
    if (used <= this.heapCeiling || used < this.nextCollection) return;
    // Over by the cheap figure: is it live data, or garbage V8 has not collected yet?
    const after = footprint(collect());
    if (after > this.heapCeiling) throw this.exceeded(`values and rows taking more than ${mb(this.maxBytes)} MB`);
    // Mostly garbage: collect again once the heap has grown a sixteenth of the budget past the
    // ceiling (a quarter budget at most from here), so the pages never reach far beyond the
    // ceiling and collections never follow each other step after step.
    this.nextCollection = Math.min(after + this.maxBytes / 4, this.heapCeiling + this.maxBytes / 16);
  }

  /** A RangeError from V8 itself (a string or array too long): the same typed error. */
  fromRangeError(error: RangeError): QueryLimitError {
    return this.exceeded(`a value too large for the JavaScript engine (${error.message})`);
  }

  private exceeded(what: string): QueryLimitError {
    return new QueryLimitError('E_QUERY_MEMORY_LIMIT', `The query went over its memory budget of ${mb(this.maxBytes)} MB: ${what}`, this.maxBytes);
  }
}

type HeapStatistics = ReturnType<typeof getHeapStatistics>;

/**
 * What the process holds for values now, as the kernel will count it: the heap's pages in
 * memory (live data, garbage, and room V8 keeps), which can be far more than the live data, plus
 * what lives outside the heap. Cheap to read, unlike the RSS itself (a /proc read).
 */
function footprint(heap: HeapStatistics): number {
  return Math.max(heap.total_physical_size, heap.used_heap_size) + heap.malloced_memory + heap.external_memory;
}

/** What values take now, garbage included, without the room V8 keeps around them. */
function inUse(heap: HeapStatistics): number {
  return heap.used_heap_size + heap.malloced_memory + heap.external_memory;
}

function collect(): HeapStatistics {
  collectGarbage();
  const heap = getHeapStatistics();
  liveAfterCollection = footprint(heap);
  return heap;
}

function mb(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
