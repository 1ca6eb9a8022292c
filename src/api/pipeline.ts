// The one place that chains the stages: collect and read input files, extract each document
// (on worker threads when there are many) unless the extraction cache holds it, resolve the
// corpus, build the graph.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CachedDocument, ExtractionCache } from '../cache/index.js';
import { InputError, InvariantError, valueAt } from '../errors.js';
import { extractDocument } from '../extract/index.js';
import type { ItemExtraction } from '../extract/types.js';
import { buildGraph } from '../graph/index.js';
import type { PropertyGraph } from '../graph/index.js';
import { collectInputs, parseInput, readInputBytes } from '../ingest/index.js';
import type { Document } from '../ingest/types.js';
import { resolveCorpus } from '../resolve/index.js';
import type { ResolvedCorpus } from '../resolve/types.js';
import type { ExtractReply, ExtractRequest } from './pipeline-worker.js';

/** A step of the pipeline, for progress display. */
export interface PipelineProgress {
  stage: 'reading' | 'extracting' | 'resolving' | 'building';
  done: number;
  total: number;
  subject?: string;
}

export interface PipelineOptions {
  onProgress?: (event: PipelineProgress) => void;
  /**
   * Extraction threads. Default: one per core when the documents hold at least
   * `WORKER_THRESHOLD_CHARS` characters of text, otherwise in-process. 0 forces in-process. Threads run the compiled dist/ code.
   */
  workers?: number;
  /** Largest input file read, in bytes (default `DEFAULT_MAX_INPUT_BYTES`, 4 MiB). */
  maxBytes?: number;
  /**
   * Per-file extractions kept between builds: a file whose entry is there is not read by ingest
   * or extraction again, and every file extracted is stored. With a cache, resolution always reads
   * extractions as the cache stores them, so a build that reuses them and one that does not give
   * the same graph.
   */
  cache?: ExtractionCache;
  /** With `cache`: take nothing from it, extract every file (and store the results). */
  full?: boolean;
  /**
   * With `cache`: the cache keys of files to read as their entry's resolution part (no text,
   * no sentences), when the caller copies their graph records from a previous snapshot. Such
   * documents reach the corpus without item text, and their mentions without evidence.
   */
  resolutionOnly?: (key: string) => boolean;
  /** The corpus's items rewritten with canonical names (default true); a build that writes only the graph does without. */
  items?: boolean;
  /**
   * With `cache`: what is kept of each file's documents and extractions, read from the cache or
   * just stored in it (a streamed build keeps lean extractions and reads the entries again to
   * write the graph). Not applied to resolution parts, nor to files the cache could not store.
   */
  shape?: (documents: CachedDocument[]) => CachedDocument[];
  /**
   * With `cache`: the cache keys of files not to read at all (their bytes are hashed, nothing
   * more), when the caller holds what it needs of them (an incremental build's resolution
   * state); `skipped` lists them.
   */
  skip?: (key: string) => boolean;
  /** Resolve the corpus (default true); without, `corpus` holds only the documents, `extractions` the rest. */
  resolve?: boolean;
  /** Give the extractions that were resolved (`extractions`). */
  keepExtractions?: boolean;
}

export interface PipelineResult extends CorpusResult {
  graph: PropertyGraph;
}

/** The pipeline up to resolution: what `build` turns into a graph and `extract` prints. */
export interface CorpusResult {
  corpus: ResolvedCorpus;
  /** One error per input that could not be used, naming it; the other inputs are in the corpus. */
  errors: InputError[];
  /** Inputs skipped on purpose: a file whose bytes repeat an earlier input. */
  warnings: string[];
  /** Documents taken from the extraction cache, and documents extracted in this run. */
  reused: number;
  extracted: number;
  /** The cache key of each document's file, by document id (with a cache). */
  documentKeys: Map<string, string>;
  /** Ids of the documents read as resolution parts (see `resolutionOnly`). */
  partial: Set<string>;
  /** Cache keys of the files not read (see `skip`). */
  skipped: Set<string>;
  /** Every item's extraction, in the documents' order (with `keepExtractions` or without `resolve`). */
  extractions?: ItemExtraction[];
}

/** An input file once read: its documents, and its cache key and entry where there is a cache. */
interface InputFile {
  file: string;
  /** As read, then as stored in the cache once extracted. */
  documents: Document[];
  key?: string;
  cached?: CachedDocument[];
}

/**
 * Below this much item text (characters), threads cost more than they save: each one loads the
 * NLP model and warms its JIT from cold (2-3 s of CPU), while in-process extraction costs about
 * 50 ms per newsletter of ~13 000 characters. Even with two full cores that breaks even near 120
 * newsletters; on the benchmark VM (bench/RESULTS.md) threads were at parity at 300.
 */
export const WORKER_THRESHOLD_CHARS = 2_000_000;

// Same depth from src/api and dist/api: workers always run the compiled module.
const WORKER_FILE = fileURLToPath(new URL('../../dist/api/pipeline-worker.js', import.meta.url));
// Run from the TypeScript sources (tests, tsx), dist/ may be older than src/: threads only on request.
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * Run the pipeline on files and directories. Bad inputs become `errors` and the rest go on;
 * the output order is the documents' id order, whatever the scheduling.
 *
 * @example
 * const { corpus, graph, errors } = await runPipeline(['fixtures']);
 * for (const e of errors) console.error(formatError(e));
 */
export async function runPipeline(paths: readonly string[], options: PipelineOptions = {}): Promise<PipelineResult> {
  const result = await readCorpus(paths, options);
  const progress = options.onProgress ?? (() => undefined);
  progress({ stage: 'building', done: 0, total: 1 });
  const graph = buildGraph(result.corpus);
  progress({ stage: 'building', done: 1, total: 1 });
  return { ...result, graph };
}

/**
 * The pipeline up to the resolved corpus: read, extract (or take from the cache), resolve.
 *
 * @example const { corpus } = await readCorpus(['fixtures']); corpus.entities.length
 */
export async function readCorpus(paths: readonly string[], options: PipelineOptions = {}): Promise<CorpusResult> {
  const progress = options.onProgress ?? (() => undefined);
  const { files, errors } = await collectInputs(paths);
  const warnings: string[] = [];

  const cache = options.cache;
  const inputs: InputFile[] = [];
  const sourceOf = new Map<Document, string>();
  const byHash = new Map<string, string>();
  const byId = new Map<string, string>();
  const documentKeys = new Map<string, string>();
  const partial = new Set<string>();
  const skipped = new Set<string>();
  for (const [index, file] of files.entries()) {
    progress({ stage: 'reading', done: index, total: files.length, subject: file });
    try {
      const bytes = await readInputBytes(file, { maxBytes: options.maxBytes });
      const hash = createHash('sha256').update(bytes).digest('hex');
      const same = byHash.get(hash);
      if (same !== undefined) {
        warnings.push(`${file}: same content as ${same}; read once`);
        continue;
      }
      const key = cache?.key(file, hash);
      if (key !== undefined && !options.full && options.skip?.(key) === true && (await cache!.keep(key))) {
        byHash.set(hash, file);
        skipped.add(key);
        continue;
      }
      const part = key !== undefined && !options.full && options.resolutionOnly?.(key) === true;
      const entry = cache === undefined || key === undefined || options.full ? undefined : part ? await cache.getResolutionPart(key) : await cache.get(key);
      const cached = entry && !part && options.shape ? options.shape(entry) : entry;
      // One file can hold several newsletters (an archive): one document each, ids `<name>-<n>`.
      const docs = cached ? cached.map((c) => c.document) : await parseInput(bytes, file);
      for (const doc of docs) {
        const clash = byId.get(doc.id);
        if (clash !== undefined) {
          throw new InputError('E_DUPLICATE_ID', `same document id "${doc.id}" as ${clash} but different content; rename one of them`, { file });
        }
      }
      byHash.set(hash, file);
      for (const doc of docs) {
        byId.set(doc.id, file);
        sourceOf.set(doc, file);
        if (key !== undefined) documentKeys.set(doc.id, key);
        if (cached && part) partial.add(doc.id);
      }
      inputs.push({ file, documents: docs, key, cached });
    } catch (error) {
      errors.push(error instanceof InputError ? error : new InputError('E_UNREADABLE', String(error), { file }, error));
    }
  }
  progress({ stage: 'reading', done: files.length, total: files.length });

  const itemsOf = new Map<Document, ItemExtraction[]>();
  for (const input of inputs) input.cached?.forEach((c) => itemsOf.set(c.document, c.items));
  const idOrder = (a: Document, b: Document) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Each document leaves the list once extracted (see `extractAll`).
  const pending: (Document | undefined)[] = inputs.flatMap((input) => (input.cached ? [] : input.documents)).sort(idOrder);
  const extracted = pending.length;
  const fileOf = new Map<Document, InputFile>();
  const waiting = new Map<InputFile, number>();
  for (const input of inputs) {
    if (input.cached) continue;
    for (const doc of input.documents) fileOf.set(doc, input);
    waiting.set(input, input.documents.length);
  }
  const fresh = new Map<Document, ItemExtraction[]>();
  const failed = new Set<Document>();
  const stores: Promise<void>[] = [];
  // Each file is stored as soon as all its documents are extracted, and the pipeline goes on with
  // the stored copy: the extraction objects are let go at once, not held to the end of the run.
  const onOutcome = (index: number, outcome: Outcome) => {
    const doc = documentAt(pending, index);
    const input = valueAt(fileOf, doc);
    if ('error' in outcome) {
      errors.push(new InputError('E_EXTRACT', `extraction failed: ${outcome.error}`, { file: sourceOf.get(doc) ?? doc.source }));
      failed.add(doc);
    } else fresh.set(doc, outcome.items);
    // Let go here too: once its file is stored, the document's text is held by nothing.
    fileOf.delete(doc);
    sourceOf.delete(doc);
    const left = valueAt(waiting, input) - 1;
    waiting.set(input, left);
    if (left > 0 || !cache || input.key === undefined || input.documents.some((d) => failed.has(d))) return;
    const entry = input.documents.map((document) => ({ document, items: valueAt(fresh, document) }));
    input.documents.forEach((d) => fresh.delete(d));
    stores.push(
      cache.put(input.key, entry).then((stored) => {
        const copies = options.shape && cache.writeFailure === undefined ? options.shape(stored) : stored;
        input.documents = copies.map((copy) => copy.document);
        for (const copy of copies) itemsOf.set(copy.document, copy.items);
      }),
    );
  };
  progress({ stage: 'extracting', done: 0, total: extracted });
  await extractAll(pending, options.workers, onOutcome, (done, subject) => progress({ stage: 'extracting', done, total: extracted, subject }));
  await Promise.all(stores);
  for (const [doc, items] of fresh) itemsOf.set(doc, items);
  pending.length = 0;
  fileOf.clear();
  sourceOf.clear();
  const kept = inputs
    .flatMap((input) => input.documents)
    .filter((doc) => !failed.has(doc))
    .sort(idOrder);
  const extractions = kept.flatMap((doc) => valueAt(itemsOf, doc));
  itemsOf.clear();

  progress({ stage: 'resolving', done: 0, total: 1 });
  const corpus =
    options.resolve === false
      ? { documents: kept, items: [], entities: [], roles: [], relations: [], mergeLog: [] }
      : resolveCorpus(kept, extractions, { items: options.items });
  if (cache?.writeFailure) warnings.push(cache.writeFailure);
  const reused = inputs.reduce((n, input) => n + (input.cached?.length ?? 0), 0);
  const result: CorpusResult = {
    corpus,
    errors: sortErrors(errors, files),
    warnings,
    reused,
    extracted: extracted - failed.size,
    documentKeys,
    partial,
    skipped,
  };
  if (options.resolve === false || options.keepExtractions) result.extractions = extractions;
  return result;
}

type Outcome = { items: ItemExtraction[] } | { error: string };

/** A document of the list not yet extracted. */
function documentAt(documents: readonly (Document | undefined)[], index: number): Document {
  const doc = documents[index];
  if (doc === undefined) throw new InvariantError(`pipeline: document ${index} asked for after it was extracted`);
  return doc;
}

/**
 * Extract every document; `onOutcome` gets each result with the document's index as it comes
 * (nothing is kept here, so a caller can store and drop results as they arrive), and the
 * document then leaves `documents` (its entry made undefined): at 100,000 newsletters the texts
 * are gigabytes, and each is let go as soon as its extraction is stored.
 */
async function extractAll(
  documents: (Document | undefined)[],
  workers: number | undefined,
  onOutcome: (index: number, outcome: Outcome) => void,
  onDone: (done: number, subject: string) => void,
): Promise<void> {
  const chars = documents.reduce((n, d) => n + (d?.items.reduce((m, item) => m + item.text.length, 0) ?? 0), 0);
  const threads = workers ?? (chars >= WORKER_THRESHOLD_CHARS && !FROM_SOURCE ? availableParallelism() : 0);
  if (threads > 0 && documents.length > 1 && existsSync(WORKER_FILE)) {
    return extractOnWorkers(documents, Math.min(threads, documents.length), onOutcome, onDone);
  }
  for (let i = 0; i < documents.length; i++) {
    const doc = documentAt(documents, i);
    onOutcome(i, extractInProcess(doc));
    documents[i] = undefined;
    onDone(i + 1, doc.source);
  }
}

function extractInProcess(doc: Document): Outcome {
  try {
    return { items: extractDocument(doc) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A pool of worker threads fed from one queue. Whatever a failed thread held or left in the
 * queue runs in-process afterwards.
 */
async function extractOnWorkers(
  documents: (Document | undefined)[],
  count: number,
  onOutcome: (index: number, outcome: Outcome) => void,
  onDone: (done: number, subject: string) => void,
): Promise<void> {
  const finished: boolean[] = new Array(documents.length).fill(false);
  let next = 0;
  let done = 0;
  const finish = (index: number, outcome: Outcome) => {
    if (finished[index]) return;
    finished[index] = true;
    const { source } = documentAt(documents, index);
    onOutcome(index, outcome);
    documents[index] = undefined;
    onDone(++done, source);
  };
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(WORKER_FILE);
      const feed = () => {
        if (next >= documents.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        const request: ExtractRequest = { index, document: documentAt(documents, index) };
        worker.postMessage(request);
      };
      worker.on('message', (reply: ExtractReply) => {
        finish(reply.index, 'error' in reply ? { error: reply.error } : { items: reply.items });
        feed();
      });
      // Extraction errors come back as replies; an 'error' event is the thread itself failing
      // (it could not load, it ran out of memory). Its document is left for the in-process pass.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
      feed();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  // Anything a dead pool left behind runs here.
  for (let i = 0; i < documents.length; i++) if (!finished[i]) finish(i, extractInProcess(documentAt(documents, i)));
}

/** Errors in the order of the inputs they name, so messages come out the same every run. */
function sortErrors(errors: InputError[], files: string[]): InputError[] {
  const rank = (e: InputError) => {
    const i = files.indexOf(e.position?.file ?? '');
    return i < 0 ? -1 : i;
  };
  return errors
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([e]) => e);
}
