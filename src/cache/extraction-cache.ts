// A directory of cached extractions, one entry per input file: the documents ingest made of the
// file and the item extractions of each. An entry is keyed by the extractor version, the file's
// name and a hash of its bytes, which is all that ingest and extraction read, so a hit gives what
// a fresh extraction would. Entries are written to a temporary name and renamed into place, and
// checked when read (format, key, whole JSON), so an entry is either whole or not there.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InvariantError, errorCode } from '../errors.js';
import type { ItemExtraction } from '../extract/types.js';
import type { Document } from '../ingest/types.js';
import { extractorVersion } from './extractor-version.js';

/** One document of a file and what extraction found in its items. */
export interface CachedDocument {
  document: Document;
  items: ItemExtraction[];
}

export const CACHE_FORMAT = 'crimegraph-extraction-cache';
/** The format of an entry's resolution part (`<key>.res.json`); a new one makes every part a miss. */
export const RESOLUTION_PART_FORMAT = 'crimegraph-extraction-cache-resolution-1';
const ENTRY_NAME = /^([0-9a-f]{64})(?:\.res)?\.json$/;
const TEMPORARY_NAME = /^[0-9a-f]{64}(?:\.res)?\.json\.tmp-(\d+)-\d+$/;
const SHARD_NAME = /^[0-9a-f]{2}$/;
// The Cache Directory Tagging Specification: backup tools skip a folder holding this file.
const CACHEDIR_TAG = 'Signature: 8a477f597d28d172789f06886806bc55\n# This file marks a crimegraph extraction cache; it can be deleted at any time.\n';

/**
 * Where the cache of the snapshot `out` lives by default: beside it, as `.out.cache`, so the
 * snapshot directory holds the graph files alone and is swapped in whole.
 */
export function snapshotCachePath(out: string): string {
  return join(dirname(out), `.${basename(out)}.cache`);
}

export interface ExtractionCacheOptions {
  /** The extractor version the keys include (default: `extractorVersion()` of the running code). */
  version?: string;
}

/**
 * An extraction cache in `dir` (created on first write).
 *
 * @example
 * const cache = new ExtractionCache('.out.cache');
 * const key = cache.key('a.txt', sha256OfBytes);
 * const hit = await cache.get(key);   // CachedDocument[] | undefined
 */
export class ExtractionCache {
  readonly dir: string;
  readonly version: string;
  /** Why writing failed, once: the build goes on without keeping its extractions. */
  writeFailure: string | undefined;
  private readonly used = new Set<string>();
  private readonly shards = new Set<string>();
  private written = 0;

  constructor(dir: string, options: ExtractionCacheOptions = {}) {
    this.dir = dir;
    this.version = options.version ?? extractorVersion();
  }

  /** The key of a file: extractor version, the file's base name (it gives the document ids) and its content hash. */
  key(file: string, contentHash: string): string {
    return createHash('sha256')
      .update(`${CACHE_FORMAT}\0${this.version}\0${basename(file)}\0${contentHash}`)
      .digest('hex');
  }

  /** The entry of `key`, or undefined when there is none or it is not whole. Marks it used. */
  async get(key: string): Promise<CachedDocument[] | undefined> {
    let text: string;
    try {
      text = await readFile(this.entryPath(key), 'utf8');
    } catch {
      return undefined;
    }
    const documents = parseEntry(text, key);
    if (documents !== undefined) this.used.add(key);
    return documents;
  }

  /**
   * Whether the entry of `key` is there (not read: a build that holds what it needs of the file
   * asks only this). Marks it used, so `prune` keeps it.
   */
  async keep(key: string): Promise<boolean> {
    const there = await stat(this.entryPath(key)).then(
      (info) => info.isFile(),
      () => false,
    );
    if (there) this.used.add(key);
    return there;
  }

  /**
   * The resolution part of the entry of `key` (see `resolutionPart`): what resolution reads of a
   * file, a fraction of the whole entry to read. Made from the whole entry and kept when missing
   * (entries written by older code). Undefined when neither is there. Marks the entry used.
   */
  async getResolutionPart(key: string): Promise<CachedDocument[] | undefined> {
    const text = await readFile(this.entryPath(key, '.res'), 'utf8').catch(() => undefined);
    const part = text === undefined ? undefined : parseEntry(text, key, RESOLUTION_PART_FORMAT);
    if (part !== undefined) {
      this.used.add(key);
      return part;
    }
    const whole = await this.get(key);
    if (whole === undefined) return undefined;
    const made = serializeEntry(key, resolutionPart(whole), RESOLUTION_PART_FORMAT);
    await this.writeQuietly(key, '.res', made);
    return parseEntry(made, key, RESOLUTION_PART_FORMAT);
  }

  /**
   * Store the documents of `key` and give them back as read from the entry, so a fresh
   * extraction and a cached one reach resolution as the very same data.
   */
  put(key: string, documents: CachedDocument[]): Promise<CachedDocument[]> {
    // Serialised now, so the caller's objects can go as soon as this returns.
    const text = serializeEntry(key, documents);
    const part = serializeEntry(key, resolutionPart(documents), RESOLUTION_PART_FORMAT);
    this.used.add(key);
    return this.store(key, text, part);
  }

  private async store(key: string, text: string, part: string): Promise<CachedDocument[]> {
    // The part after the whole entry: a part without its entry is never read alone.
    await this.writeQuietly(key, '', text);
    await this.writeQuietly(key, '.res', part);
    const documents = parseEntry(text, key);
    if (documents === undefined) throw new InvariantError(`extraction cache: an entry just serialised for ${key} does not read back`);
    return documents;
  }

  private async writeQuietly(key: string, suffix: string, text: string): Promise<void> {
    if (this.writeFailure !== undefined) return;
    try {
      await this.write(key, suffix, text);
    } catch (error) {
      this.writeFailure = `cannot write the extraction cache ${this.dir} (${errorCode(error) ?? String(error)}); extractions not kept`;
    }
  }

  /**
   * Remove every entry not read or written since this cache was opened (and temporaries of
   * writers no longer running). For a snapshot's own cache, after the snapshot is saved.
   * @returns the number of entries removed
   */
  async prune(): Promise<number> {
    let removed = 0;
    const shards = await namesIn(this.dir);
    for (const shard of shards) {
      if (!SHARD_NAME.test(shard)) continue;
      const names = await namesIn(join(this.dir, shard));
      for (const name of names) {
        const temporary = TEMPORARY_NAME.exec(name);
        const entry = ENTRY_NAME.exec(name);
        const stale = entry !== null ? !this.used.has(entry[1]!) : temporary !== null && !isRunning(Number(temporary[1]));
        if (!stale) continue;
        await rm(join(this.dir, shard, name), { force: true });
        if (entry !== null && !name.endsWith('.res.json')) removed++;
      }
    }
    return removed;
  }

  private entryPath(key: string, suffix = ''): string {
    return join(this.dir, key.slice(0, 2), `${key}${suffix}.json`);
  }

  private async write(key: string, suffix: string, text: string): Promise<void> {
    const shard = key.slice(0, 2);
    if (!this.shards.has(shard)) {
      if (this.shards.size === 0) {
        await mkdir(this.dir, { recursive: true });
        await writeFile(join(this.dir, 'CACHEDIR.TAG'), CACHEDIR_TAG);
      }
      await mkdir(join(this.dir, shard), { recursive: true });
      this.shards.add(shard);
    }
    const path = this.entryPath(key, suffix);
    // Not fsynced (that would cost ~6 ms an entry): a torn entry after a power cut fails the check on reading and is extracted again.
    const temporary = `${path}.tmp-${process.pid}-${this.written++}`;
    try {
      await writeFile(temporary, text);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}

function serializeEntry(key: string, documents: CachedDocument[], format = CACHE_FORMAT): string {
  return `${JSON.stringify({ format, key, documents })}\n`;
}

/**
 * What resolution reads of a file's documents and extractions, for a file whose graph records
 * an incremental build copies from the previous snapshot: the documents without their text,
 * source map and offsets, and the extractions without sentences; each mention keeps only its
 * sentence number (resolution counts mentions; it reads sentences only for evidence, which the
 * copied records already hold). Relations are whole: their evidence is part of a relation record.
 * At 1,000 synthetic newsletters, 38% of the entries' bytes.
 */
export function resolutionPart(documents: readonly CachedDocument[]): CachedDocument[] {
  // Mentions are cut to their sentence number: typed as mentions, read only for their count.
  const slim = <T extends { sentence: number }>(mentions: readonly T[]) => mentions.map((m) => ({ sentence: m.sentence }) as T);
  return documents.map(({ document, items }) => ({
    document: { ...document, sourceMap: undefined, items: document.items.map((item) => ({ number: item.number, title: item.title, text: '', offset: 0 })) },
    items: items.map((x) => ({
      ...x,
      entities: x.entities.map((e) => ({ ...e, mentions: slim(e.mentions) })),
      acronymsUsed: x.acronymsUsed?.map((u) => ({ ...u, mentions: slim(u.mentions) })),
      sentences: [],
    })),
  }));
}

/** The documents of an entry's text, or undefined when it is not a whole entry of `key`. */
function parseEntry(text: string, key: string, expected = CACHE_FORMAT): CachedDocument[] | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof entry !== 'object' || entry === null || !('format' in entry) || !('key' in entry) || !('documents' in entry)) return undefined;
  const { format, key: entryKey, documents } = entry;
  if (format !== expected || entryKey !== key || !Array.isArray(documents)) return undefined;
  // The documents as serializeEntry wrote them: the key (extractor version, file name, content
  // hash) and the whole JSON are what is checked, not each extraction field by field.
  return documents as CachedDocument[];
}

/** The names in a directory; none when it does not exist (or cannot be read). */
async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
