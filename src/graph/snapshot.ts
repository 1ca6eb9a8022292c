// Save a built graph to a snapshot directory and load it back: graph.json (graphology's
// serialisation, keys sorted), graph.json.index (what opens the graph without parsing graph.json),
// manifest.json (documents and counts), merge-log.json.

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { InvariantError, StoreError, errorCode } from '../errors.js';
import type { Document, SourceFormat } from '../ingest/types.js';
import { mergeLogEntries, type MergeLogEntry, type ResolvedCorpus } from '../resolve/types.js';
import { compare, type EdgeRecord, type GraphRecords, type NodeRecord } from './build-graph.js';
import { canonicalJson, canonicalJsonChunks } from './canonical-json.js';
import { assertReplaceable, previousPath, writeDirectoryAtomically, type FileContent } from './atomic-directory.js';
import { ColumnSplice } from './splice-columns.js';
import { GraphLineRecords, splicedGraph, type SpliceReport, type SpliceSource } from './splice-snapshot.js';
import { countRecords, summarizeGraph, type GraphSummary } from './summarize-graph.js';
import { emptyPositions, graphFromIndex, indexChunks, indexElement, measureLines } from './graph-index.js';
import { COLUMNS_FILE, VALUES_FILE, columnFiles, columnValueWriter, openGraphColumns, type GraphColumns } from './graph-columns.js';
import type { EdgeAttributes, NodeAttributes, PropertyGraph } from './schema.js';

export const SNAPSHOT_FORMAT = 'crimegraph-snapshot';
export const SNAPSHOT_VERSION = 1;

const GRAPH_FILE = 'graph.json';
const INDEX_FILE = 'graph.json.index';
const MANIFEST_FILE = 'manifest.json';
const MERGE_LOG_FILE = 'merge-log.json';

/** One input document as the manifest lists it. */
export interface ManifestDocument {
  id: string;
  source: string;
  title: string;
  published: string | null;
  format: SourceFormat;
  encoding: string;
  items: number;
}

/** What a snapshot holds besides the graph. No timestamps: two builds give the same bytes. */
export interface SnapshotManifest {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  documents: ManifestDocument[];
  /** Counts of the graph as saved (recomputed on every save). */
  counts: GraphSummary['counts'];
}

export interface Snapshot {
  graph: PropertyGraph;
  manifest: SnapshotManifest;
  mergeLog: MergeLogEntry[];
}

/**
 * The snapshot of a built corpus.
 *
 * @example const snapshot = createSnapshot(corpus, buildGraph(corpus)); await saveSnapshot('out', snapshot);
 */
export function createSnapshot(corpus: ResolvedCorpus, graph: PropertyGraph): Snapshot {
  return {
    graph,
    manifest: {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      documents: [...corpus.documents].sort((a, b) => compare(a.id, b.id)).map(manifestDocument),
      counts: summarizeGraph(graph).counts,
    },
    mergeLog: corpus.mergeLog,
  };
}

/** A snapshot as `crimegraph build` writes it: the graph's records, not a graphology graph. */
export interface RecordSnapshot {
  records: GraphRecords;
  manifest: SnapshotManifest;
  mergeLog: MergeLogEntry[];
}

/**
 * The snapshot of a built corpus from its graph records; saved, it gives the same bytes as
 * `createSnapshot(corpus, buildGraph(corpus))`.
 *
 * @example await saveRecordSnapshot('out', createRecordSnapshot(corpus, graphRecords(corpus)));
 */
export function createRecordSnapshot(
  corpus: ResolvedCorpus,
  records: GraphRecords,
  documents: ManifestDocument[] = [...corpus.documents].sort((a, b) => compare(a.id, b.id)).map(manifestDocument),
): RecordSnapshot {
  return {
    records,
    manifest: {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      documents,
      counts: countRecords(records),
    },
    mergeLog: corpus.mergeLog,
  };
}

/**
 * Write a record snapshot to `dir` atomically, as `saveSnapshot` writes a graph's.
 *
 * @throws StoreError `E_STORE_WRITE`, or `E_STORE_FOREIGN` when `dir` holds something else.
 */
export async function saveRecordSnapshot(dir: string, snapshot: RecordSnapshot, options: SaveOptions = {}): Promise<void> {
  await writeSnapshotFiles(dir, snapshot.records, true, { ...snapshot.manifest, counts: countRecords(snapshot.records) }, snapshot.mergeLog, options);
}

/**
 * Write a record snapshot whose records leave out the document-local records of the documents
 * `source.keep` accepts: those lines are copied from the previous graph.json (`splicedGraph`).
 * Gives the bytes `saveRecordSnapshot` gives for all the records, graph.store and
 * graph.store.values included (unless `options.columns` is false).
 *
 * @returns how many lines were copied
 * @throws StoreError `E_SNAPSHOT_CORRUPT` when the previous graph.json cannot be spliced (nothing
 *   is then written), `E_STORE_WRITE`, `E_STORE_FOREIGN`.
 */
export async function saveSplicedSnapshot(
  dir: string,
  snapshot: RecordSnapshot,
  source: Omit<SpliceSource, 'graphFile'>,
  options: Pick<SaveOptions, 'columns'> = {},
): Promise<SpliceReport> {
  const report: SpliceReport = { keptNodes: 0, keptEdges: 0 };
  // The columns of the copied lines are copied from the previous graph.store and its values file
  // (`ColumnSplice`); without a previous store that fits graph.json, graph.json's lines are read
  // back as they are written (files go in name order, so graph.store comes after it). Either way
  // the columns are those a full save makes from the same records.
  const previous = options.columns === false ? undefined : openGraphColumns(join(dir, COLUMNS_FILE), join(dir, VALUES_FILE), join(dir, GRAPH_FILE));
  const splice = previous && ColumnSplice.accepts(previous) ? new ColumnSplice(previous) : undefined;
  const spliced = splicedGraph(snapshot.records, { ...source, graphFile: join(dir, GRAPH_FILE) }, recordKeys(snapshot.records), report, splice?.elements);
  const written = options.columns === false || splice ? undefined : new GraphLineRecords();
  if (options.columns !== false) report.columns = splice ? 'previous store' : 'graph.json';
  const counted = { bytes: 0 };
  const graph = written ? written.tap(spliced) : countBytes(spliced, counted);
  const columns = splice ? splice.files(() => counted.bytes) : written && columnFiles(written.records, columnValueWriter(true), () => written.bytes);
  // Written after graph.json (files go in name order), when the splice has counted what it kept.
  function* manifest() {
    if (report.counts === undefined) throw new InvariantError('saveSplicedSnapshot: the manifest before graph.json');
    yield canonicalJson({ ...snapshot.manifest, counts: report.counts }, { lineItems: true });
  }
  const files = new Map<string, FileContent>([
    [GRAPH_FILE, graph],
    ...(columns
      ? ([
          [COLUMNS_FILE, columns.store],
          [VALUES_FILE, columns.values],
        ] as const)
      : []),
    [MANIFEST_FILE, manifest()],
    [MERGE_LOG_FILE, canonicalJson({ mergeLog: snapshot.mergeLog }, { lineItems: true })],
  ]);
  await writeDirectoryAtomically(dir, files, isSnapshotDirectory);
  return report;
}

/** The pieces as they pass, their bytes counted into `counted`. */
function* countBytes(pieces: Iterable<string | Buffer>, counted: { bytes: number }): Generator<string | Buffer> {
  for (const piece of pieces) {
    counted.bytes += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength;
    yield piece;
  }
}

/** A document as the manifest lists it. */
export function manifestDocument(doc: Document): ManifestDocument {
  return {
    id: doc.id,
    source: doc.source,
    title: doc.title,
    published: doc.published ?? null,
    format: doc.format,
    encoding: doc.encoding,
    items: doc.items.length,
  };
}

/**
 * Write `snapshot` to `dir` atomically: all of it or, if the process dies, the previous
 * snapshot untouched. The same snapshot always gives byte-identical files.
 *
 * @throws StoreError `E_STORE_WRITE`, or `E_STORE_FOREIGN` when `dir` holds something else.
 */
export async function saveSnapshot(dir: string, snapshot: Snapshot, options: SaveOptions = {}): Promise<void> {
  const manifest: SnapshotManifest = { ...snapshot.manifest, counts: summarizeGraph(snapshot.graph).counts };
  await writeSnapshotFiles(dir, sortedRecords(snapshot.graph), false, manifest, snapshot.mergeLog, options);
}

export interface SaveOptions {
  /**
   * Also write graph.json.index, which opens the graph without parsing graph.json and leaves item
   * text and evidence on disk until used. Off by default: at 10,000 newsletters opening is bound
   * by building the graphology graph, not by parsing, and the index did not make it faster
   * (docs/incremental.md, "Opening a snapshot fast").
   */
  index?: boolean;
  /**
   * Also write graph.store and graph.store.values, the columns the Cypher engine opens without
   * building a graphology graph (default true; docs/incremental.md, "Opening a snapshot fast").
   */
  columns?: boolean;
}

async function writeSnapshotFiles(
  dir: string,
  records: GraphRecords,
  plain: boolean,
  manifest: SnapshotManifest,
  mergeLog: MergeLogEntry[],
  options: SaveOptions,
): Promise<void> {
  // Files are written in name order: graph.json first, measured as it goes, then its index.
  const positions = emptyPositions(records);
  const columns = options.columns === false ? undefined : columnFiles(records, columnValueWriter(plain), () => positions.graphBytes);
  const files = new Map<string, FileContent>([
    [GRAPH_FILE, measureLines(recordChunks(records, plain), records, positions)],
    ...(options.index ? [[INDEX_FILE, indexChunks(records, positions, indexElement(plain ? recordKeys(records) : undefined))] as const] : []),
    ...(columns
      ? ([
          [COLUMNS_FILE, columns.store],
          [VALUES_FILE, columns.values],
        ] as const)
      : []),
    [MANIFEST_FILE, canonicalJson(manifest, { lineItems: true })],
    [MERGE_LOG_FILE, canonicalJson({ mergeLog }, { lineItems: true })],
  ]);
  await writeDirectoryAtomically(dir, files, isSnapshotDirectory);
}

/**
 * Throw when `dir` exists and is not a snapshot (nor empty), as `saveSnapshot` would, but
 * before the work of a build.
 *
 * @throws StoreError `E_STORE_FOREIGN`
 */
export async function assertSnapshotTarget(dir: string): Promise<void> {
  await assertReplaceable(dir, isSnapshotDirectory);
}

/** The graph in graphology's serialisation format, nodes and edges sorted by key. */
export function serializeGraph(graph: PropertyGraph): string {
  return [...serializeGraphChunks(graph)].join('');
}

/** The text of `serializeGraph` one line at a time, for graphs whose JSON is too big for one string. */
export function serializeGraphChunks(graph: PropertyGraph): Iterable<string> {
  return recordChunks(sortedRecords(graph));
}

function sortedRecords(graph: PropertyGraph): GraphRecords {
  const nodes: NodeRecord[] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges: EdgeRecord[] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push({ key, source, target, attributes }));
  const byKey = (a: { key: string }, b: { key: string }) => compare(a.key, b.key);
  return { nodes: nodes.sort(byKey), edges: edges.sort(byKey) };
}

/**
 * graph.json of sorted records, one line at a time. `plain`: records made by `graphRecords`
 * (property values are strings, numbers, booleans and lists of them), not read from a graph that
 * queries may have written bigints or temporal values into.
 */
function recordChunks(records: GraphRecords, plain = false): Iterable<string> {
  const value = { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: records.nodes, edges: records.edges };
  return canonicalJsonChunks(value, plain ? { plainKeys: recordKeys(records) } : {});
}

/** Every key used by the records, their attributes and properties. */
function recordKeys(records: GraphRecords): string[] {
  const keys = new Set(['key', 'source', 'target', 'attributes', 'labels', 'type', 'properties']);
  for (const node of records.nodes) for (const k in node.attributes.properties) keys.add(k);
  for (const edge of records.edges) for (const k in edge.attributes.properties) keys.add(k);
  return [...keys];
}

/**
 * Load the snapshot in `dir` (or, after a write that died half-way, the previous one kept beside it).
 *
 * @throws StoreError `E_SNAPSHOT_MISSING`, `E_SNAPSHOT_CORRUPT` or `E_SNAPSHOT_VERSION`, naming the directory.
 * @example const { graph } = await loadSnapshot('out'); graph.order
 */
export async function loadSnapshot(dir: string, options: LoadOptions = {}): Promise<Snapshot> {
  try {
    return await loadFrom(dir, dir, options);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'E_SNAPSHOT_MISSING') {
      const fallback = await loadFrom(previousPath(dir), dir, options).catch(() => undefined);
      if (fallback !== undefined) return fallback;
    }
    throw error;
  }
}

/** A step of loading a big snapshot: megabytes of graph.json read, then relationships added. */
export interface LoadProgress {
  stage: 'reading snapshot (MB)' | 'adding relationships';
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Called as a large graph.json is read and turned into a graph (seconds of work at 10,000 newsletters). */
  onProgress?: (event: LoadProgress) => void;
}

/** A snapshot opened through its columns: no graphology graph, no merge log. */
export interface ColumnarSnapshot {
  columns: GraphColumns;
  manifest: SnapshotManifest;
}

/**
 * Open the snapshot in `dir` through graph.store, without reading graph.json; undefined when the
 * snapshot has no usable store (written by older code, or its graph.json replaced since), and
 * `loadSnapshot` is then the way in.
 *
 * @throws StoreError `E_SNAPSHOT_MISSING`, `E_SNAPSHOT_CORRUPT` or `E_SNAPSHOT_VERSION`, naming the directory.
 * @example const opened = await openSnapshotColumns('out'); opened?.columns.nodeCount
 */
export async function openSnapshotColumns(dir: string): Promise<ColumnarSnapshot | undefined> {
  let at = dir;
  let manifest: SnapshotManifest;
  try {
    manifest = await readManifest(dir, dir);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'E_SNAPSHOT_MISSING')) throw error;
    at = previousPath(dir);
    manifest = await readManifest(at, dir).catch(() => {
      throw error;
    });
  }
  const columns = openGraphColumns(join(at, COLUMNS_FILE), join(at, VALUES_FILE), join(at, GRAPH_FILE));
  return columns && { columns, manifest };
}

async function readManifest(dir: string, named: string): Promise<SnapshotManifest> {
  const manifest = await readJson(join(dir, MANIFEST_FILE), named);
  if (!isObject(manifest) || manifest.format !== SNAPSHOT_FORMAT) {
    throw corrupt(named, `${MANIFEST_FILE} is not a crimegraph snapshot manifest`);
  }
  if (manifest.version !== SNAPSHOT_VERSION) {
    throw new StoreError('E_SNAPSHOT_VERSION', `snapshot version ${String(manifest.version)} is not supported (expected ${SNAPSHOT_VERSION}); rebuild it`, {
      position: { file: named },
    });
  }
  if (!Array.isArray(manifest.documents)) throw corrupt(named, `${MANIFEST_FILE} has no document list`);
  const documents = manifest.documents.map((d: unknown) => manifestDocumentOf(d) ?? corruptDocument(named, d));
  const counts = countsOf(manifest.counts) ?? corruptCounts(named);
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, documents, counts };
}

async function loadFrom(dir: string, named: string, options: LoadOptions): Promise<Snapshot> {
  const manifest = await readManifest(dir, named);
  const graph =
    (await openIndexed(dir, options.onProgress)) ??
    parseGraph(await readGraphJson(join(dir, GRAPH_FILE), named, options.onProgress), named, options.onProgress);
  const log = await readJson(join(dir, MERGE_LOG_FILE), named);
  const mergeLog = isObject(log) ? mergeLogEntries(log.mergeLog) : undefined;
  if (!mergeLog) throw corrupt(named, `${MERGE_LOG_FILE} has no merge log (a list of entries with rule, type, into and name)`);
  return { graph, manifest, mergeLog };
}

const SOURCE_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'pdf'];

/** A document entry of manifest.json, or undefined when it is not one. */
function manifestDocumentOf(value: unknown): ManifestDocument | undefined {
  if (!isObject(value)) return undefined;
  const { id, source, title, published, format, encoding, items } = value;
  const sourceFormat = SOURCE_FORMATS.find((f) => f === format);
  if (typeof id !== 'string' || typeof source !== 'string' || typeof title !== 'string' || typeof encoding !== 'string') return undefined;
  if ((published !== null && typeof published !== 'string') || sourceFormat === undefined || typeof items !== 'number') return undefined;
  return { id, source, title, published, format: sourceFormat, encoding, items };
}

function corruptDocument(named: string, value: unknown): never {
  const id = isObject(value) && typeof value.id === 'string' ? ` ${value.id}` : '';
  throw corrupt(named, `${MANIFEST_FILE} lists a document${id} without id, source, title, published, format, encoding and items`);
}

/** The counts of manifest.json, or undefined when they are not counts. */
function countsOf(value: unknown): SnapshotManifest['counts'] | undefined {
  if (!isObject(value)) return undefined;
  const { nodes, relationships, labels, types, entities } = value;
  if (typeof nodes !== 'number' || typeof relationships !== 'number' || typeof entities !== 'number') return undefined;
  const labelCounts = numberRecord(labels);
  const typeCounts = numberRecord(types);
  if (!labelCounts || !typeCounts) return undefined;
  return { nodes, relationships, labels: labelCounts, types: typeCounts, entities };
}

function numberRecord(value: unknown): Record<string, number> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'number') return undefined;
    out[k] = v;
  }
  return out;
}

function corruptCounts(named: string): never {
  throw corrupt(named, `${MANIFEST_FILE} has no counts (nodes, relationships, labels, types, entities)`);
}

/**
 * The graph through graph.json.index, its large properties left in graph.json until used; undefined
 * when there is no index or it does not match graph.json (a snapshot of older code, a file
 * replaced by hand), and graph.json is then read whole.
 */
async function openIndexed(dir: string, onProgress?: LoadOptions['onProgress']): Promise<PropertyGraph | undefined> {
  const path = join(dir, INDEX_FILE);
  const size = await stat(path).then(
    (info) => info.size,
    () => undefined,
  );
  if (size === undefined) return undefined;
  try {
    // One JSON.parse is several times faster than a line at a time; the index of 10,000
    // newsletters is about 150 MB, well within what V8 holds in one string.
    const index =
      size <= INDEX_WHOLE_BYTES
        ? JSON.parse(await readFile(path, 'utf8'))
        : await readLineItems(
            path,
            onProgress && ((bytes) => onProgress({ stage: 'reading snapshot (MB)', done: Math.floor(bytes / 1e6), total: Math.ceil(size / 1e6) })),
          );
    return graphFromIndex(index, join(dir, GRAPH_FILE), onProgress && ((done, total) => onProgress({ stage: 'adding relationships', done, total })));
  } catch {
    // The index only speeds opening: whatever is wrong with it, graph.json is read, and reports
    // what is wrong with the snapshot itself.
    return undefined;
  }
}

function parseGraph(data: unknown, dir: string, onProgress?: LoadOptions['onProgress']): PropertyGraph {
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw corrupt(dir, `${GRAPH_FILE} is not a serialised graph`);
  }
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (const node of data.nodes) {
    if (!isObject(node) || typeof node.key !== 'string' || !isObject(node.attributes)) throw corrupt(dir, 'a node has no key or attributes');
    const { labels, properties } = node.attributes;
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string') || !isObject(properties)) {
      throw corrupt(dir, `node ${node.key} has no labels or properties`);
    }
    // graphology refuses a second node of the same key itself; checking first would double the lookups.
    try {
      graph.addNode(node.key, node.attributes as unknown as NodeAttributes);
    } catch {
      throw corrupt(dir, `node ${node.key} appears twice`);
    }
  }
  const edgeCount = data.edges.length;
  for (let i = 0; i < edgeCount; i++) {
    // Every 50,000 relationships: often enough for a progress line, rare enough to cost nothing.
    if (onProgress && i % 50_000 === 0) onProgress({ stage: 'adding relationships', done: i, total: edgeCount });
    const edge: unknown = data.edges[i];
    if (!isObject(edge) || typeof edge.key !== 'string' || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
      throw corrupt(dir, 'an edge has no key, source or target');
    }
    if (!isObject(edge.attributes) || typeof edge.attributes.type !== 'string' || !isObject(edge.attributes.properties)) {
      throw corrupt(dir, `edge ${edge.key} has no type or properties`);
    }
    try {
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes as unknown as EdgeAttributes);
    } catch {
      // Only now find out why: a snapshot of 10 000 newsletters has over a million edges to check.
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) throw corrupt(dir, `edge ${edge.key} joins a missing node`);
      throw corrupt(dir, `edge ${edge.key} appears twice`);
    }
  }
  onProgress?.({ stage: 'adding relationships', done: edgeCount, total: edgeCount });
  return graph;
}

/**
 * Above this size graph.json is read line by line: V8 cannot hold a string much over 500 MB,
 * and a graph of 10 000 newsletters comes close to that.
 */
export const LINE_READ_BYTES = 64 * 1024 * 1024;

/** Up to this size graph.json.index is parsed whole; V8's longest string is about 512 MB. */
const INDEX_WHOLE_BYTES = 384 * 1024 * 1024;

/** graph.json: parsed whole when small, line by line (in the layout saveSnapshot writes) when large. */
async function readGraphJson(path: string, dir: string, onProgress?: LoadOptions['onProgress'], lineReadBytes = LINE_READ_BYTES): Promise<unknown> {
  const size = await stat(path).then(
    (info) => info.size,
    () => 0,
  );
  if (size <= lineReadBytes) return readJson(path, dir);
  try {
    return await readLineItems(
      path,
      onProgress && ((bytes) => onProgress({ stage: 'reading snapshot (MB)', done: Math.floor(bytes / 1e6), total: Math.ceil(size / 1e6) })),
    );
  } catch (error) {
    throw corrupt(dir, `${GRAPH_FILE} is not valid JSON in the layout crimegraph writes`, error);
  }
}

/**
 * Parse the object `canonicalJsonChunks` writes: `{`, then one `"key":value` per line, except that
 * a non-empty array opens with `"key":[` and has one element per line up to `]`; then `}`.
 */
export async function readLineItems(path: string, onBytesRead?: (bytes: number) => void): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  let array: unknown[] | undefined;
  let state: 'start' | 'entries' | 'end' = 'start';
  const input = createReadStream(path, { encoding: 'utf8' });
  if (onBytesRead) input.on('data', () => onBytesRead(input.bytesRead));
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (state === 'start') {
      if (line !== '{') throw new Error('the file does not open with {');
      state = 'entries';
    } else if (state === 'end') {
      if (line !== '') throw new Error('text after the closing }');
    } else if (array !== undefined) {
      if (line === ']' || line === '],') array = undefined;
      else array.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
    } else if (line === '}') state = 'end';
    else {
      const open = /^("(?:[^"\\]|\\.)*"):\[$/.exec(line);
      if (open?.[1] !== undefined) {
        array = [];
        result[jsonKey(open[1])] = array;
      } else {
        const [, key, value] = /^("(?:[^"\\]|\\.)*"):(.*?),?$/.exec(line) ?? [];
        if (key === undefined || value === undefined) throw new Error('a line is not a "key":value entry');
        result[jsonKey(key)] = JSON.parse(value);
      }
    }
  }
  if (state !== 'end' || array !== undefined) throw new Error('the file ends early');
  return result;
}

/** A quoted JSON key, read back. */
function jsonKey(quoted: string): string {
  const key: unknown = JSON.parse(quoted);
  if (typeof key !== 'string') throw new Error(`${quoted} is not a key`);
  return key;
}

async function readJson(path: string, dir: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new StoreError('E_SNAPSHOT_MISSING', `no snapshot here (missing ${path.slice(path.lastIndexOf('/') + 1)}); run crimegraph build first`, {
        position: { file: dir },
        cause: error,
      });
    }
    throw new StoreError('E_SNAPSHOT_UNREADABLE', `cannot read ${path} (${code ?? 'error'})`, { position: { file: dir }, cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw corrupt(dir, `${path.slice(path.lastIndexOf('/') + 1)} is not valid JSON`, error);
  }
}

/** A directory saveSnapshot may replace: a snapshot, or an empty directory. */
export async function isSnapshotDirectory(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => undefined);
  if (entries === undefined) return false;
  if (entries.length === 0) return true;
  const manifest = await readFile(join(dir, MANIFEST_FILE), 'utf8')
    .then(JSON.parse, () => undefined)
    .catch(() => undefined);
  return isObject(manifest) && manifest.format === SNAPSHOT_FORMAT;
}

function corrupt(dir: string, message: string, cause?: unknown): StoreError {
  return new StoreError('E_SNAPSHOT_CORRUPT', `corrupt snapshot: ${message}`, { position: { file: dir }, cause });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
