// Save a built graph to a snapshot directory and load it back: graph.json (graphology's
// serialisation, keys sorted), manifest.json (documents and counts), merge-log.json.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { StoreError } from '../errors.js';
import type { Document, SourceFormat } from '../ingest/types.js';
import type { MergeLogEntry, ResolvedCorpus } from '../resolve/types.js';
import { compare } from './build-graph.js';
import { canonicalJson } from './canonical-json.js';
import { previousPath, writeDirectoryAtomically } from './atomic-directory.js';
import { summarizeGraph, type GraphSummary } from './summarize-graph.js';
import type { EdgeAttributes, NodeAttributes, PropertyGraph } from './schema.js';

export const SNAPSHOT_FORMAT = 'crimegraph-snapshot';
export const SNAPSHOT_VERSION = 1;

const GRAPH_FILE = 'graph.json';
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

function manifestDocument(doc: Document): ManifestDocument {
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
export async function saveSnapshot(dir: string, snapshot: Snapshot): Promise<void> {
  const manifest: SnapshotManifest = { ...snapshot.manifest, counts: summarizeGraph(snapshot.graph).counts };
  const files = new Map([
    [GRAPH_FILE, serializeGraph(snapshot.graph)],
    [MANIFEST_FILE, canonicalJson(manifest, { lineItems: true })],
    [MERGE_LOG_FILE, canonicalJson({ mergeLog: snapshot.mergeLog }, { lineItems: true })],
  ]);
  await writeDirectoryAtomically(dir, files, isSnapshotDirectory);
}

/** The graph in graphology's serialisation format, nodes and edges sorted by key. */
export function serializeGraph(graph: PropertyGraph): string {
  const nodes: unknown[] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges: unknown[] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push({ key, source, target, attributes }));
  const byKey = (a: unknown, b: unknown) => compare((a as { key: string }).key, (b as { key: string }).key);
  return canonicalJson(
    {
      attributes: {},
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: nodes.sort(byKey),
      edges: edges.sort(byKey),
    },
    { lineItems: true },
  );
}

/**
 * Load the snapshot in `dir` (or, after a write that died half-way, the previous one kept beside it).
 *
 * @throws StoreError `E_SNAPSHOT_MISSING`, `E_SNAPSHOT_CORRUPT` or `E_SNAPSHOT_VERSION`, naming the directory.
 * @example const { graph } = await loadSnapshot('out'); graph.order
 */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  try {
    return await loadFrom(dir, dir);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'E_SNAPSHOT_MISSING') {
      const fallback = await loadFrom(previousPath(dir), dir).catch(() => undefined);
      if (fallback !== undefined) return fallback;
    }
    throw error;
  }
}

async function loadFrom(dir: string, named: string): Promise<Snapshot> {
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
  const graph = parseGraph(await readJson(join(dir, GRAPH_FILE), named), named);
  const log = await readJson(join(dir, MERGE_LOG_FILE), named);
  if (!isObject(log) || !Array.isArray(log.mergeLog)) throw corrupt(named, `${MERGE_LOG_FILE} has no merge log`);
  return { graph, manifest: manifest as unknown as SnapshotManifest, mergeLog: log.mergeLog as MergeLogEntry[] };
}

function parseGraph(data: unknown, dir: string): PropertyGraph {
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
    if (graph.hasNode(node.key)) throw corrupt(dir, `node ${node.key} appears twice`);
    graph.addNode(node.key, node.attributes as unknown as NodeAttributes);
  }
  for (const edge of data.edges) {
    if (!isObject(edge) || typeof edge.key !== 'string' || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
      throw corrupt(dir, 'an edge has no key, source or target');
    }
    if (!isObject(edge.attributes) || typeof edge.attributes.type !== 'string' || !isObject(edge.attributes.properties)) {
      throw corrupt(dir, `edge ${edge.key} has no type or properties`);
    }
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) throw corrupt(dir, `edge ${edge.key} joins a missing node`);
    if (graph.hasEdge(edge.key)) throw corrupt(dir, `edge ${edge.key} appears twice`);
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes as unknown as EdgeAttributes);
  }
  return graph;
}

async function readJson(path: string, dir: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
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
async function isSnapshotDirectory(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => undefined);
  if (entries === undefined) return false;
  if (entries.length === 0) return true;
  const manifest = await readFile(join(dir, MANIFEST_FILE), 'utf8').then(JSON.parse, () => undefined).catch(() => undefined);
  return isObject(manifest) && manifest.format === SNAPSHOT_FORMAT;
}

function corrupt(dir: string, message: string, cause?: unknown): StoreError {
  return new StoreError('E_SNAPSHOT_CORRUPT', `corrupt snapshot: ${message}`, { position: { file: dir }, cause });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
