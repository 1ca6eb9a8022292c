// graph.json.index: an index over a snapshot's graph.json that opens the graph without parsing
// graph.json. It holds every node and relationship with its small properties, and for the large
// ones (item `text`, `evidence` lists) only where the record's line lies in graph.json; those are
// read from graph.json when a query first touches them. graph.json stays the snapshot's one full
// form; the index is written beside it by the same save and checked against its size when opened.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { canonicalJson } from './canonical-json.js';
import { compare, edgeKey, type GraphRecords } from './build-graph.js';
import type { EdgeAttributes, NodeAttributes, Properties, PropertyGraph, PropertyValue } from './schema.js';

export const INDEX_FORMAT = 'crimegraph-graph-index';
export const INDEX_VERSION = 1;

/** Properties read from graph.json on first use: the bulk of a large snapshot's bytes. */
const LAZY_KEYS = ['evidence', 'text'] as const;

/** Where each record's line of graph.json lies, as the graph.json writer yields it. */
export interface LinePositions {
  graphBytes: number;
  /** Byte offset and length of node i's line at [2i], [2i + 1]. */
  nodes: Float64Array;
  edges: Float64Array;
}

/**
 * Count the bytes of graph.json's chunks as they go to disk, and note where each record's line
 * lies. `chunks` is the text `canonicalJsonChunks` gives for `records` (one record a line after
 * `"edges":[` and `"nodes":[`).
 */
export function* measureLines(chunks: Iterable<string>, records: GraphRecords, positions: LinePositions): Generator<string> {
  let offset = 0;
  let section: Float64Array | undefined;
  let left = 0;
  let i = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.byteLength(chunk);
    if (section !== undefined) {
      // A line is the record's JSON and then ",\n" or "\n".
      const tail = chunk.endsWith(',\n') ? 2 : 1;
      section[2 * i] = offset;
      section[2 * i + 1] = bytes - tail;
      i++;
      if (--left === 0) section = undefined;
    } else if (chunk === '"edges":[\n' && records.edges.length > 0) {
      section = positions.edges;
      left = records.edges.length;
      i = 0;
    } else if (chunk === '"nodes":[\n' && records.nodes.length > 0) {
      section = positions.nodes;
      left = records.nodes.length;
      i = 0;
    }
    offset += bytes;
    yield chunk;
  }
  positions.graphBytes = offset;
}

export function emptyPositions(records: GraphRecords): LinePositions {
  return { graphBytes: 0, nodes: new Float64Array(2 * records.nodes.length), edges: new Float64Array(2 * records.edges.length) };
}

/**
 * The index file's text, one record a line (the layout `readLineItems` reads):
 * `nodes`: [key, labels, small properties, line offset, line length, lazy keys];
 * `edges`: [key or null when it is `TYPE:source->target`, type, source node number, target node
 * number, small properties, line offset, line length, lazy keys].
 */
export function* indexChunks(records: GraphRecords, positions: LinePositions, element: (value: unknown) => string): Generator<string> {
  const numberOf = new Map<string, number>();
  records.nodes.forEach((node, i) => numberOf.set(node.key, i));
  yield '{\n';
  yield '"edges":[\n';
  for (const [i, edge] of records.edges.entries()) {
    const { small, lazy } = split(edge.attributes.properties);
    const key = edge.key === edgeKey(edge.attributes.type, edge.source, edge.target) ? null : edge.key;
    const row = [
      key,
      edge.attributes.type,
      numberOf.get(edge.source),
      numberOf.get(edge.target),
      small,
      positions.edges[2 * i],
      positions.edges[2 * i + 1],
      lazy,
    ];
    yield `${element(row)}${i < records.edges.length - 1 ? ',\n' : '\n'}`;
  }
  yield '],\n';
  yield `"format":${JSON.stringify(INDEX_FORMAT)},\n`;
  yield `"graphBytes":${positions.graphBytes},\n`;
  yield '"nodes":[\n';
  for (const [i, node] of records.nodes.entries()) {
    const { small, lazy } = split(node.attributes.properties);
    const row = [node.key, node.attributes.labels, small, positions.nodes[2 * i], positions.nodes[2 * i + 1], lazy];
    yield `${element(row)}${i < records.nodes.length - 1 ? ',\n' : '\n'}`;
  }
  yield '],\n';
  yield `"version":${INDEX_VERSION}\n`;
  yield '}\n';
}

function split(properties: Properties): { small: Properties; lazy: string[] } {
  const lazy = LAZY_KEYS.filter((k) => properties[k] !== undefined);
  if (lazy.length === 0) return { small: properties, lazy };
  const small: Properties = {};
  for (const [k, v] of Object.entries(properties)) if (!lazy.some((l) => l === k)) small[k] = v;
  return { small, lazy };
}

/** Why an index cannot be used; the caller then reads graph.json. */
class IndexMismatch extends Error {}

// The graph.json file descriptor of an opened graph lives as long as the graph: the lazy values
// are read from the file the index was written with, even after a rebuild swaps the directory.
const descriptors = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * The graph of a parsed index, its large properties read from `graphPath` on first use.
 *
 * @throws IndexMismatch when the index is not one this code reads or graph.json is not the file it indexes.
 */
export function graphFromIndex(index: unknown, graphPath: string, onEdges?: (done: number, total: number) => void): PropertyGraph {
  if (!isObject(index) || index.format !== INDEX_FORMAT || index.version !== INDEX_VERSION) throw new IndexMismatch('not a graph index of this version');
  const { nodes, edges, graphBytes } = index;
  if (!Array.isArray(nodes) || !Array.isArray(edges) || typeof graphBytes !== 'number') throw new IndexMismatch('no nodes, edges or size');
  const fd = openSync(graphPath, 'r');
  let owned = true;
  try {
    if (fstatSync(fd).size !== graphBytes) throw new IndexMismatch('graph.json is not the file the index was written with');
    const read = (offset: number, length: number, key: string): PropertyValue => {
      const buffer = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, buffer, done, length - done, offset + done);
        if (n === 0) throw new Error(`graph.json ends before the record at byte ${offset}`);
        done += n;
      }
      // The record's own serialisation, checked when the index was opened (its size matches); a
      // value the engine stored may be wider than PropertyValue (a saved temporal), as in graph.json.
      const record = JSON.parse(buffer.toString('utf8')) as { attributes: { properties: Properties } };
      return record.attributes.properties[key]!;
    };
    const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
    const keys: string[] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const [key, labels, small, offset, length, lazy] = nodes[i] as [string, string[], Properties, number, number, string[]];
      keys[i] = key;
      graph.addNode(key, { labels, properties: withLazy(small, lazy, offset, length, read) });
    }
    for (let i = 0; i < edges.length; i++) {
      // Every 50,000 relationships, as graph.json's reader reports them.
      if (onEdges && i % 50_000 === 0) onEdges(i, edges.length);
      const [key, type, s, t, small, offset, length, lazy] = edges[i] as [string | null, string, number, number, Properties, number, number, string[]];
      const source = keys[s];
      const target = keys[t];
      if (source === undefined || target === undefined) throw new IndexMismatch(`relationship ${i} joins a node the index does not have`);
      graph.addDirectedEdgeWithKey(key ?? edgeKey(type, source, target), source, target, { type, properties: withLazy(small, lazy, offset, length, read) });
    }
    onEdges?.(edges.length, edges.length);
    descriptors.register(graph, fd);
    owned = false;
    return graph;
  } finally {
    if (owned) closeSync(fd);
  }
}

/**
 * `small` with the `lazy` keys added as properties read on first use, every key in sorted order
 * as graph.json has them (a whole node's properties print in that order). A write replaces the
 * accessor with a plain value.
 */
function withLazy(
  small: Properties,
  lazy: string[],
  offset: number,
  length: number,
  read: (offset: number, length: number, key: string) => PropertyValue,
): Properties {
  if (lazy.length === 0) return small;
  const properties: Properties = {};
  for (const k of [...Object.keys(small), ...lazy].sort(compare)) {
    const value = small[k];
    if (value !== undefined && !lazy.includes(k)) {
      properties[k] = value;
      continue;
    }
    Object.defineProperty(properties, k, {
      enumerable: true,
      configurable: true,
      get: () => read(offset, length, k),
      set(value: PropertyValue) {
        Object.defineProperty(this, k, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  return properties;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The element writer of the index: plain records' keys (one sorted list) or canonical JSON. */
export function indexElement(plainKeys: readonly string[] | undefined): (value: unknown) => string {
  if (!plainKeys) return (x) => canonicalJson(x);
  const sorted = [...plainKeys].sort();
  return (x) => JSON.stringify(x, sorted);
}
