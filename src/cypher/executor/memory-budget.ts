// The memory budget of one query: a cap on the size of any list or string it builds, checked
// before the value exists (so `range(1, 1e9)` is an error, not a dead process), and a cap on what
// the query adds to the process, measured while it runs (so many modest values cannot add up to a
// crash): the heap's pages against the heap at rest, and, on the main thread, the process's
// resident memory (RSS) against the RSS at rest.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { QueryLimitError } from '../../errors.js';

// The heap in use counts garbage too, until V8 collects it. Before a query is stopped for its
// memory, and after one leaves much garbage behind, a full collection makes the figure the live
// one; so the budget bounds what the process really holds.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

// V8 sweeps the pages a collection freed on background threads and returns them to the system
// after that, milliseconds later on an idle machine, far longer on a busy one: meanwhile the RSS
// still counts them, and a query that goes on building adds its new pages on top (this is what
// made the high-water mark climb past the budget over thousands of heavy queries). The budget's
// own collections sweep at once, so the pages are given back before the figure is read again.
// Not when the process was started with sweeping on one thread anyway (node's own arguments; the
// library reads no environment, so a flag given through NODE_OPTIONS is not seen): the flag stays
// as it was given.
const SWEEPS_CONCURRENTLY = !process.execArgv.some((a) => /^--(no[-_]concurrent[-_]sweeping|single[-_]threaded(?:[-_]gc)?|predictable)$/.test(a));

/** Default budget of one query: 512 MiB (CLI `--max-memory 512`, API `maxMemoryMb`). */
export const DEFAULT_MAX_MEMORY_BYTES = 512 * 1024 * 1024;

// What one list element costs, counted high: an 8-byte slot plus a boxed INTEGER or FLOAT
// (a bigint or heap number of 16 to 24 bytes), plus the copy an array makes of its slots as it
// grows. Counting high keeps the process's real growth under the budget.
const BYTES_PER_ELEMENT = 48;
// The share of the budget the query may add to the process before it is stopped, both on the heap
// (above the heap at rest and the garbage allowed there) and in the RSS (above the RSS at rest):
// the rest of the budget covers what grows between two measures (an eighth of the budget built,
// or the heap an eighth higher), a sixteenth past the ceiling before the next collection, and
// what V8 adds for itself (the young generation grows from 8 to 32 MB once).
const SHARE = 0.5;
// What one string character may cost (two-byte strings).
const BYTES_PER_CHAR = 2;
// V8 dies (not throws) when an array's backing store passes about 2^27 slots: stay well under.
const MAX_LIST_LENGTH = 2 ** 26;
// V8 throws a RangeError past 2^29 - 24 characters; and split(s, '') makes a list as long as the
// string: keep strings to the longest list, so that split stays under the fatal array size.
const MAX_STRING_LENGTH = MAX_LIST_LENGTH;
// What the heap must keep free for the engine to unwind and report the error.
const HEAP_HEADROOM = 256 * 1024 * 1024;

/**
 * The process at rest, measured after the last collection between queries (or at the first
 * query): the figures every query's growth is counted from. A query's own start is not used, as it
 * may hold an earlier query's garbage, and a ceiling raised by it lets the process creep upwards
 * from query to query.
 */
interface Rest {
  /** The heap's footprint (see `footprint`). */
  heap: number;
  /** What values took in it (see `inUse`): garbage can fill the pages V8 keeps without adding any. */
  live: number;
  /** The process's RSS (0 where it is not read: a worker thread). */
  rss: number;
}
let rest: Rest | undefined;

// The RSS is the whole process's: a worker thread shares it with the main thread and the other
// workers (the server runs one query per worker), so there only the heap of its own isolate counts.
const READS_RSS = isMainThread;

export class MemoryBudget {
  /** Longest list a query may build. */
  readonly maxListLength: number;
  /** Longest string a query may build. */
  readonly maxStringLength: number;
  private readonly heapCeiling: number;
  private rssCeiling: number;
  /** The heap figure under which no full collection is tried again. */
  private nextCollection = 0;
  /** The RSS under which no full collection is tried again. */
  private nextRssCollection = 0;
  /** Bytes counted as built since the heap was last measured. */
  private built = 0;
  /** The lowest heap figure since the RSS was last read: the RSS is read again when the heap is an eighth of the budget above it. */
  private lowSinceRssRead = Number.POSITIVE_INFINITY;
  /** The budget in bytes, as far as the heap can give it. */
  private readonly bytes: number;
  /** Whether the query ran long enough, or built enough, to be measured at all. */
  private measured = false;

  constructor(readonly maxBytes: number = DEFAULT_MAX_MEMORY_BYTES) {
    let heap = getHeapStatistics();
    // An earlier query's garbage (an eighth of a budget of it), or pages V8 still holds for it,
    // would add to what the process holds while this one runs: clear them (small queries leave
    // less and pay nothing). The first query takes the resting figures after a collection, unless
    // the heap is too small to hold much garbage.
    if (rest === undefined ? footprint(heap) > maxBytes / 8 : holdsGarbage(heap, maxBytes)) heap = settle();
    rest ??= { heap: footprint(heap), live: inUse(heap), rss: READS_RSS ? process.memoryUsage.rss() : 0 };
    // A budget larger than the heap can give is a promise V8 would break with a fatal error.
    const usable = Math.max(0, heap.heap_size_limit - heap.used_heap_size - HEAP_HEADROOM);
    const bytes = Math.max(0, Math.min(maxBytes, usable));
    this.bytes = bytes;
    this.maxListLength = Math.min(MAX_LIST_LENGTH, Math.floor(bytes / BYTES_PER_ELEMENT));
    this.maxStringLength = Math.min(MAX_STRING_LENGTH, Math.floor(bytes / BYTES_PER_CHAR));
    // The ceiling is on the heap's pages, not only on the live data in them: the pages are what
    // the process holds, and V8 keeps more of them than the live data needs.
    this.heapCeiling = rest.heap + garbageAllowance(maxBytes) + bytes * SHARE;
    // The RSS has the same share above rest; in a large heap, where a collection costs a second,
    // it may also hold the garbage the heap's ceiling allows beyond an eighth of the budget.
    this.rssCeiling = READS_RSS ? rest.rss + bytes * SHARE + largeHeapSlack(maxBytes) : Number.POSITIVE_INFINITY;
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
   * so the heap and the RSS are also measured whenever an eighth of the budget has been built
   * since the last measure, not only every 1024 steps.
   */
  private allocating(bytes: number): void {
    this.built += bytes;
    if (this.built > this.maxBytes / 8) this.checkHeap(true);
  }

  /** Check a value just built (a concatenation): lists by length, strings by characters. */
  value<T>(v: T): T {
    if (typeof v === 'string') {
      if (v.length > this.maxStringLength) this.string(v.length);
    } else if (Array.isArray(v) && v.length > this.maxListLength) this.list(v.length);
    return v;
  }

  /**
   * Measure the heap: called every so often from the loops that build rows and values. The RSS
   * (a /proc read, about 0.04 ms) is read only when an eighth of the budget has been built, or
   * the heap has grown an eighth of the budget since it was last read.
   */
  checkHeap(readRss = false): void {
    this.built = 0;
    this.measured = true;
    let used = footprint(getHeapStatistics());
    if (used > this.heapCeiling && used >= this.nextCollection) {
      // Over by the cheap figure: is it live data, or garbage V8 has not collected yet?
      used = footprint(collect());
      if (used > this.heapCeiling) throw this.exceeded(`values and rows taking more than ${mb(this.maxBytes)} MB`);
      // Mostly garbage: collect again once the heap has grown a sixteenth of the budget past the
      // ceiling (a quarter budget at most from here), so the pages never reach far beyond the
      // ceiling and collections never follow each other step after step.
      this.nextCollection = Math.min(used + this.maxBytes / 4, this.heapCeiling + this.maxBytes / 16);
    }
    this.lowSinceRssRead = Math.min(this.lowSinceRssRead, used);
    if (READS_RSS && (readRss || used >= this.lowSinceRssRead + this.maxBytes / 8)) this.checkRss(used);
  }

  /**
   * The RSS shows what the heap figures do not: pages a collection freed that are not yet given
   * back, the young generation, memory V8 and the allocator hold outside the heap.
   */
  private checkRss(used: number): void {
    this.lowSinceRssRead = used;
    let rss = process.memoryUsage.rss();
    if (rss <= this.rssCeiling || rss < this.nextRssCollection) return;
    const heap = collect();
    rss = process.memoryUsage.rss();
    this.lowSinceRssRead = footprint(heap);
    if (rss > this.rssCeiling && rest !== undefined) {
      // After a collection the query's heap holds its live data: if that is little, the process
      // grew outside this query (the host's own memory), and its new size is the resting one.
      const held = footprint(heap) - rest.heap;
      if (held > this.maxBytes / 8)
        throw this.exceeded(`values and rows taking more than ${mb(this.maxBytes)} MB (the process grew ${mb(rss - rest.rss)} MB while it ran)`);
      rest.rss = rss - Math.max(0, held);
      this.rssCeiling = rest.rss + this.bytes * SHARE + largeHeapSlack(this.maxBytes);
    }
    this.nextRssCollection = Math.min(rss + this.maxBytes / 4, this.rssCeiling + this.maxBytes / 16);
  }

  /**
   * The query has ended (rows or error): when it left garbage past what a query may start with,
   * collect it now, so the process gives the memory back between queries rather than holding it
   * until the next query, or the next one adding to it.
   */
  finish(): void {
    if (rest === undefined || !this.measured) return;
    const heap = getHeapStatistics();
    if (!holdsGarbage(heap, this.maxBytes) && !(READS_RSS && process.memoryUsage.rss() > rest.rss + garbageAllowance(this.maxBytes))) return;
    // The rows just returned are still live: they must not raise the resting figures, which the
    // next query's start (where they are garbage) measures again if need be.
    const after = collect();
    // What the collection could not give back outside the heap is the process's own now (code,
    // the allocator's memory), not garbage: it moves the RSS at rest, so that the next queries do
    // not collect again for it.
    if (READS_RSS) rest.rss = process.memoryUsage.rss() - Math.max(0, footprint(after) - rest.heap);
    rest.heap = Math.min(rest.heap, footprint(after));
    rest.live = Math.min(rest.live, inUse(after));
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

/** Whether the heap holds more than a query may start with beyond the process at rest: in its data, or in its pages. */
function holdsGarbage(heap: HeapStatistics, maxBytes: number): boolean {
  if (rest === undefined) return false;
  const allowance = garbageAllowance(maxBytes);
  return inUse(heap) > rest.live + allowance || footprint(heap) > rest.heap + allowance;
}

/**
 * How much garbage a query may start with before it is collected: an eighth of the budget, or a
 * quarter of the heap at rest when that is larger, as a full collection takes time in proportion
 * to the live heap (a second on a server holding a 10,000-newsletter graph).
 */
function garbageAllowance(maxBytes: number): number {
  return Math.max(maxBytes / 8, (rest?.heap ?? 0) / 4);
}

/** What a large heap may hold in garbage beyond the eighth of the budget any heap may. */
function largeHeapSlack(maxBytes: number): number {
  return garbageAllowance(maxBytes) - maxBytes / 8;
}

/** A full collection whose freed pages are given back before it returns. */
function collect(): HeapStatistics {
  if (SWEEPS_CONCURRENTLY) setFlagsFromString('--no-concurrent-sweeping');
  try {
    collectGarbage();
  } finally {
    if (SWEEPS_CONCURRENTLY) setFlagsFromString('--concurrent-sweeping');
  }
  return getHeapStatistics();
}

/** Collect between queries, and take the process's resting figures from what is left. */
function settle(): HeapStatistics {
  const heap = collect();
  rest = { heap: footprint(heap), live: inUse(heap), rss: READS_RSS ? process.memoryUsage.rss() : 0 };
  return heap;
}

function mb(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
