// Scratch files for writing a snapshot larger than memory: a file appended to and read back in
// pieces (`SpillFile`), and an external sort of keyed lines (`SortedLines`) that holds one run of
// lines in memory at a time and merges the sorted runs from disk. The streaming snapshot writer
// (`stream-snapshot.ts`) puts every record of graph.json through one, so the records of a large
// corpus are never held at once.

import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Text is gathered into writes of about this many characters. */
const WRITE_CHARS = 1 << 20;
/** Bytes read at a time when a file is read back. */
const READ_BYTES = 4 * 1024 * 1024;
/** Bytes read at a time from each run while runs are merged (hundreds may be open at once). */
const RUN_READ_BYTES = 256 * 1024;

/** A scratch file: text appended, its size counted, then read back whole in pieces. */
export class SpillFile {
  /** Bytes appended so far, written or not. */
  bytes = 0;
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;
  private released = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  append(text: string): void {
    if (text.length === 0) return;
    this.pending.push(text);
    this.pendingChars += text.length;
    this.bytes += Buffer.byteLength(text, 'utf8');
    if (this.pendingChars >= WRITE_CHARS) this.flush();
  }

  appendBytes(bytes: Uint8Array): void {
    this.flush();
    writeAll(this.fd, bytes);
    this.bytes += bytes.byteLength;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    writeAll(this.fd, buffer);
  }

  /** The file's bytes from the start, a few megabytes at a time. */
  *pieces(): Generator<Uint8Array> {
    this.flush();
    for (let at = 0; at < this.bytes; ) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_BYTES, this.bytes - at));
      const n = readSync(this.fd, chunk, 0, chunk.length, at);
      if (n === 0) throw new Error(`${this.path} ends at byte ${at} of ${this.bytes}`);
      at += n;
      yield n === chunk.length ? chunk : chunk.subarray(0, n);
    }
  }

  /** `length` bytes from byte `at`, as text. */
  text(at: number, length: number): string {
    this.flush();
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, bytes, done, length - done, at + done);
      if (n === 0) throw new Error(`${this.path} ends at byte ${at + done} of ${this.bytes}`);
      done += n;
    }
    return bytes.toString('utf8');
  }

  /** Close the file, keeping it. */
  release(): void {
    if (this.released) return;
    this.flush();
    this.released = true;
    closeSync(this.fd);
  }

  /** Close and remove the file. */
  close(): void {
    this.release();
    rmSync(this.path, { force: true });
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done);
}

/** A line and the key it sorts by. */
export interface KeyedLine {
  key: string;
  line: string;
}

/**
 * An external sort of keyed lines by key (code-unit order), the first line added winning when
 * keys repeat (as a graph keeps the first node of an id). Lines are held until `runChars`
 * characters are buffered, then sorted and written as a run; `sorted()` merges the runs.
 *
 * @example
 * const lines = new SortedLines(dir, 'nodes');
 * lines.add('b', '{"key":"b"}'); lines.add('a', '{"key":"a"}');
 * [...lines.sorted()].map((l) => l.key) // ['a', 'b']
 */
export class SortedLines {
  private buffer: KeyedLine[] = [];
  private bufferChars = 0;
  private readonly runs: string[] = [];
  /** Lines added. */
  count = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly runChars = 8 * 1024 * 1024,
  ) {}

  add(key: string, line: string): void {
    this.buffer.push({ key, line });
    this.bufferChars += key.length + line.length + 16;
    this.count++;
    if (this.bufferChars >= this.runChars) this.spill();
  }

  /** Every line added, by key, each key once (the first added). Read once. */
  *sorted(): Generator<KeyedLine> {
    let last: string | undefined;
    for (const line of this.runs.length === 0 ? this.sortBuffer() : this.merged()) {
      if (line.key === last) continue;
      last = line.key;
      yield line;
    }
  }

  /** Remove the runs written. */
  close(): void {
    for (const path of this.runs) rmSync(path, { force: true });
    this.runs.length = 0;
    this.buffer = [];
  }

  private sortBuffer(): KeyedLine[] {
    // Array.prototype.sort is stable: equal keys keep the order they were added in.
    const lines = this.buffer.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.buffer = [];
    this.bufferChars = 0;
    return lines;
  }

  private spill(): void {
    const path = join(this.dir, `${this.name}-${this.runs.length}.run`);
    const file = new SpillFile(path);
    this.runs.push(path);
    let pieces: Buffer[] = [];
    let size = 0;
    for (const { key, line } of this.sortBuffer()) {
      const k = Buffer.from(key, 'utf8');
      const l = Buffer.from(line, 'utf8');
      const head = Buffer.allocUnsafe(8);
      head.writeUInt32LE(k.byteLength, 0);
      head.writeUInt32LE(l.byteLength, 4);
      pieces.push(head, k, l);
      size += 8 + k.byteLength + l.byteLength;
      if (size >= READ_BYTES) {
        file.appendBytes(Buffer.concat(pieces));
        pieces = [];
        size = 0;
      }
    }
    if (pieces.length > 0) file.appendBytes(Buffer.concat(pieces));
    file.release();
  }

  /** The runs merged: a heap of each run's next line, ties to the earlier run. */
  private *merged(): Generator<KeyedLine> {
    if (this.buffer.length > 0) this.spill();
    const readers = this.runs.map((path) => new RunReader(path));
    try {
      const heads: (KeyedLine | undefined)[] = readers.map((r) => r.next());
      const heap: number[] = [];
      const less = (a: number, b: number) => {
        const x = heads[a]!.key;
        const y = heads[b]!.key;
        return x < y || (x === y && a < b);
      };
      const up = (i: number) => {
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!less(heap[i]!, heap[p]!)) break;
          [heap[i], heap[p]] = [heap[p]!, heap[i]!];
          i = p;
        }
      };
      const down = (i: number) => {
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
          if (m === i) return;
          [heap[i], heap[m]] = [heap[m]!, heap[i]!];
          i = m;
        }
      };
      heads.forEach((h, i) => {
        if (h !== undefined) {
          heap.push(i);
          up(heap.length - 1);
        }
      });
      while (heap.length > 0) {
        const run = heap[0]!;
        yield heads[run]!;
        heads[run] = readers[run]!.next();
        if (heads[run] === undefined) {
          const last = heap.pop()!;
          if (heap.length > 0) {
            heap[0] = last;
            down(0);
          }
        } else down(0);
      }
    } finally {
      for (const r of readers) r.close();
    }
  }
}

/** Reads a run back: [key bytes u32][line bytes u32][key][line], repeated. */
class RunReader {
  private readonly fd: number;
  private data: Buffer = Buffer.alloc(0);
  private at = 0;
  private position = 0;
  private ended = false;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  next(): KeyedLine | undefined {
    if (!this.ensure(8)) return undefined;
    const k = this.data.readUInt32LE(this.at);
    const l = this.data.readUInt32LE(this.at + 4);
    if (!this.ensure(8 + k + l)) throw new Error('a sort run ends inside a line');
    const start = this.at + 8;
    const key = this.data.toString('utf8', start, start + k);
    const line = this.data.toString('utf8', start + k, start + k + l);
    this.at = start + k + l;
    return { key, line };
  }

  close(): void {
    closeSync(this.fd);
  }

  /** At least `n` bytes from `at` in `data`, reading more as needed; false at the end of the file. */
  private ensure(n: number): boolean {
    while (this.data.length - this.at < n) {
      if (this.ended) {
        if (this.data.length - this.at === 0) return false;
        throw new Error('a sort run ends inside a line');
      }
      const chunk = Buffer.allocUnsafe(Math.max(RUN_READ_BYTES, n));
      const read = readSync(this.fd, chunk, 0, chunk.length, this.position);
      this.position += read;
      if (read === 0) this.ended = true;
      this.data = Buffer.concat([this.data.subarray(this.at), chunk.subarray(0, read)]);
      this.at = 0;
    }
    return true;
  }
}
