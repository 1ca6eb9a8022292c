// graph.store and graph.store.values: the snapshot's graph as columns, which open in a fraction of
// the time of building a graphology graph from graph.json. graph.store holds the node keys, a
// label-set code per node, each element's small properties as JSON text, and the relationships as
// columns (type code, source and target node numbers) with both directions' adjacency in CSR
// order; graph.store.values holds the large properties (item `text`, `evidence`, any long value),
// read by offset only when a query touches them. Written by the same save as graph.json, checked
// against its size when opened.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from './canonical-json.js';
import { edgeKey, type EdgeRecord, type GraphRecords, type NodeRecord } from './build-graph.js';
import { SpillFile } from './spill.js';
import type { Properties, PropertyValue } from './schema.js';

export const COLUMNS_FORMAT = 'crimegraph-columns';
export const COLUMNS_VERSION = 1;
export const COLUMNS_FILE = 'graph.store';
export const VALUES_FILE = 'graph.store.values';

const MAGIC = 'CGCOLS01';

/** Properties kept in graph.store.values whatever their size: the bulk of a large snapshot's bytes. */
const LARGE_KEYS = new Set(['evidence', 'text']);
/** A value whose JSON is longer than this goes to graph.store.values too. */
const LARGE_VALUE_CHARS = 256;
/** Stands in the small properties for a value kept in graph.store.values (an object is never a property value). */
const LARGE_MARK = '{}';

interface Header {
  format: string;
  version: number;
  nodes: number;
  edges: number;
  /** Size of graph.json as written beside this store. */
  graphBytes: number;
  valuesBytes: number;
  labelSets: string[][];
  types: string[];
  /** Every node's `id` property is its key. */
  idIsKey: boolean;
  /** Every property key in use, sorted. */
  propertyKeys: string[];
  /** name -> [byte offset, byte length] in the file. */
  sections: Record<string, [number, number]>;
}

/** The text of a property value, as graph.json has it. */
type ValueWriter = (value: unknown) => string;

/** The value writer for records: plain data (`JSON.stringify`) or canonical JSON. */
export function columnValueWriter(plain: boolean): ValueWriter {
  return plain ? (v) => JSON.stringify(v) : (v) => canonicalJson(v);
}

/** An element's properties split: small ones as JSON text (large ones marked), large ones as JSON text of their own. */
export function splitProperties(properties: Properties, write: ValueWriter): { small: string; large: string } {
  const keys = Object.keys(properties)
    .filter((k) => properties[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const small: string[] = [];
  const large: string[] = [];
  for (const k of keys) {
    const text = write(properties[k]);
    const name = JSON.stringify(k);
    if (LARGE_KEYS.has(k) || text.length > LARGE_VALUE_CHARS) {
      small.push(`${name}:${LARGE_MARK}`);
      large.push(`${name}:${text}`);
    } else small.push(`${name}:${text}`);
  }
  return { small: `{${small.join(',')}}`, large: large.length === 0 ? '' : `{${large.join(',')}}` };
}

/** Each distinct list of labels numbered in the order first met: a node's labels are one 16-bit code. */
export class LabelSetCodes {
  readonly sets: string[][] = [];
  private readonly codes = new Map<string, number>();

  codeOf(labels: readonly string[]): number {
    const text = JSON.stringify(labels);
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.sets.length;
      if (code > 0xffff) throw new Error('more than 65,536 label combinations');
      this.codes.set(text, code);
      this.sets.push([...labels]);
    }
    return code;
  }
}

/** Relationship types numbered in the order first met, as graph.store's `types` and type column hold them. */
export class RelationshipTypeCodes {
  readonly types: string[] = [];
  private readonly codes = new Map<string, number>();

  codeOf(type: string): number {
    let code = this.codes.get(type);
    if (code === undefined) {
      code = this.types.length;
      if (code > 0xffff) throw new Error('more than 65,536 relationship types');
      this.codes.set(type, code);
      this.types.push(type);
    }
    return code;
  }
}

/** A JS object's own keys list array indexes first, ascending: graphology's adjacency objects do. */
export function arrayIndex(key: string): number {
  if (!/^(?:0|[1-9]\d{0,9})$/.test(key)) return -1;
  const n = Number(key);
  return n < 4294967295 ? n : -1;
}

/**
 * A node's relationships in one direction in graphology's order for the graph loaded from
 * graph.json: grouped by the node at the other end (array-index keys first, ascending, then in
 * order of first appearance), the newest first within a group (graphology prepends).
 */
function graphologyOrder(edges: number[], other: Uint32Array, index: Int32Array): number[] {
  if (edges.length < 2) return edges;
  const groups = new Map<number, number[]>();
  for (const e of edges) {
    const o = other[e]!;
    const g = groups.get(o);
    if (g) g.push(e);
    else groups.set(o, [e]);
  }
  if (groups.size === edges.length) {
    // No pair with two relationships: only array-index keys can move.
    let any = false;
    for (const o of groups.keys()) if (index[o]! >= 0) any = true;
    if (!any) return edges;
  }
  const order = [...groups.keys()];
  const numbered = order.filter((o) => index[o]! >= 0).sort((a, b) => index[a]! - index[b]!);
  const named = order.filter((o) => index[o]! < 0);
  const out: number[] = [];
  for (const o of [...numbered, ...named]) out.push(...groups.get(o)!.reverse());
  return out;
}

/** CSR of one direction: start[n]..start[n + 1] in `list` are node n's relationships. */
function adjacencyColumns(nodes: number, by: Uint32Array, other: Uint32Array, index: Int32Array): { start: Uint32Array; list: Uint32Array } {
  const start = new Uint32Array(nodes + 1);
  for (let e = 0; e < by.length; e++) start[by[e]! + 1]!++;
  for (let n = 0; n < nodes; n++) start[n + 1]! += start[n]!;
  const list = new Uint32Array(by.length);
  const fill = start.slice(0, nodes);
  for (let e = 0; e < by.length; e++) list[fill[by[e]!]!++] = e;
  for (let n = 0; n < nodes; n++) {
    const a = start[n]!;
    const b = start[n + 1]!;
    if (b - a < 2) continue;
    const ordered = graphologyOrder(Array.from(list.subarray(a, b)), other, index);
    list.set(ordered, a);
  }
  return { start, list };
}

/** The two files' contents; `values` is produced after `store`, in the same element order. */
export interface ColumnFiles {
  store: Iterable<Uint8Array>;
  values: Iterable<string>;
}

/**
 * graph.store and graph.store.values for sorted records. `graphBytes()` is graph.json's size,
 * asked when graph.store is written (graph.json is written first, by name order).
 */
export function columnFiles(records: GraphRecords, write: ValueWriter, graphBytes: () => number): ColumnFiles {
  const { nodes, edges } = records;
  const valueTexts = function* (): Generator<string> {
    for (const node of nodes) {
      const { large } = splitProperties(node.attributes.properties, write);
      if (large) yield large;
    }
    for (const edge of edges) {
      const { large } = splitProperties(edge.attributes.properties, write);
      if (large) yield large;
    }
  };
  return {
    store: {
      *[Symbol.iterator]() {
        yield* storeBytes(records, write, graphBytes());
      },
    },
    values: { [Symbol.iterator]: valueTexts },
  };
}

function storeBytes(records: GraphRecords, write: ValueWriter, graphBytes: number): Iterable<Uint8Array> {
  const { nodes, edges } = records;
  const N = nodes.length;
  const E = edges.length;
  const numberOf = new Map<string, number>();
  const keys: string[] = new Array(N);
  const index = new Int32Array(N);
  const labelSets = new LabelSetCodes();
  const nodeLabelSet = new Uint16Array(N);
  const propOffsets = new Float64Array(N + E + 1);
  const valueOffsets = new Float64Array(N + E + 1);
  const propTexts: string[] = [];
  let propBytes = 0;
  let valueBytes = 0;
  let idIsKey = true;
  const propertyKeys = new Set<string>();
  const element = (i: number, properties: Properties): void => {
    for (const k in properties) if (properties[k] !== undefined) propertyKeys.add(k);
    const { small, large } = splitProperties(properties, write);
    propTexts.push(small);
    propOffsets[i] = propBytes;
    propBytes += Buffer.byteLength(small);
    valueOffsets[i] = valueBytes;
    if (large) valueBytes += Buffer.byteLength(large);
  };
  for (let i = 0; i < N; i++) {
    const node = nodes[i]!;
    keys[i] = node.key;
    numberOf.set(node.key, i);
    index[i] = arrayIndex(node.key);
    nodeLabelSet[i] = labelSets.codeOf(node.attributes.labels);
    if (node.attributes.properties.id !== node.key) idIsKey = false;
    element(i, node.attributes.properties);
  }
  const typeCodes = new RelationshipTypeCodes();
  const edgeType = new Uint16Array(E);
  const edgeSource = new Uint32Array(E);
  const edgeTarget = new Uint32Array(E);
  const keyExceptions: [number, string][] = [];
  for (let e = 0; e < E; e++) {
    const edge = edges[e]!;
    const type = edge.attributes.type;
    edgeType[e] = typeCodes.codeOf(type);
    const s = numberOf.get(edge.source);
    const t = numberOf.get(edge.target);
    if (s === undefined || t === undefined) throw new Error(`edge ${edge.key} joins a missing node`);
    edgeSource[e] = s;
    edgeTarget[e] = t;
    if (edge.key !== edgeKey(type, edge.source, edge.target)) keyExceptions.push([e, edge.key]);
    element(N + e, edge.attributes.properties);
  }
  propOffsets[N + E] = propBytes;
  valueOffsets[N + E] = valueBytes;
  const props = Buffer.from(propTexts.join(''));
  return storePieces({
    nodeKeys: keys,
    index,
    keyExceptions,
    nodeLabelSet,
    propOffsets,
    valueOffsets,
    edgeType,
    edgeSource,
    edgeTarget,
    props: { bytes: props.byteLength, pieces: () => [props] },
    graphBytes,
    valueBytes,
    labelSets: labelSets.sets,
    types: typeCodes.types,
    idIsKey,
    propertyKeys,
  });
}

/** Everything graph.store holds, gathered by a writer in memory or streaming. */
export interface StoreContents {
  nodeKeys: readonly string[];
  /** Array-index value of each node key, -1 for other keys (see `arrayIndex`). */
  index: Int32Array;
  keyExceptions: [number, string][];
  nodeLabelSet: Uint16Array;
  propOffsets: Float64Array;
  valueOffsets: Float64Array;
  edgeType: Uint16Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** The small properties' text, nodes then relationships: its size, and its bytes (read once, when written). */
  props: { bytes: number; pieces: () => Iterable<Uint8Array> };
  graphBytes: number;
  valueBytes: number;
  labelSets: string[][];
  types: string[];
  idIsKey: boolean;
  propertyKeys: Set<string>;
}

/** graph.store's bytes in pieces: the header, then each section 8-byte aligned, zeros between. */
export function* storePieces(c: StoreContents): Generator<Uint8Array> {
  const N = c.nodeKeys.length;
  const out = adjacencyColumns(N, c.edgeSource, c.edgeTarget, c.index);
  const inn = adjacencyColumns(N, c.edgeTarget, c.edgeSource, c.index);
  const whole = (bytes: Uint8Array) => ({ bytes: bytes.byteLength, pieces: () => [bytes] });
  const sections: [string, { bytes: number; pieces: () => Iterable<Uint8Array> }][] = [
    ['keys', whole(Buffer.from(JSON.stringify(c.nodeKeys)))],
    ['keyExceptions', whole(Buffer.from(JSON.stringify(c.keyExceptions)))],
    ['nodeLabelSet', whole(bytesOf(c.nodeLabelSet))],
    ['propOffsets', whole(bytesOf(c.propOffsets))],
    ['valueOffsets', whole(bytesOf(c.valueOffsets))],
    ['edgeType', whole(bytesOf(c.edgeType))],
    ['edgeSource', whole(bytesOf(c.edgeSource))],
    ['edgeTarget', whole(bytesOf(c.edgeTarget))],
    ['outStart', whole(bytesOf(out.start))],
    ['outEdges', whole(bytesOf(out.list))],
    ['inStart', whole(bytesOf(inn.start))],
    ['inEdges', whole(bytesOf(inn.list))],
    ['props', c.props],
  ];
  const header: Header = {
    format: COLUMNS_FORMAT,
    version: COLUMNS_VERSION,
    nodes: N,
    edges: c.edgeType.length,
    graphBytes: c.graphBytes,
    valuesBytes: c.valueBytes,
    labelSets: c.labelSets,
    types: c.types,
    idIsKey: c.idIsKey,
    propertyKeys: [...c.propertyKeys].sort(),
    sections: {},
  };
  // The header's length depends on the section offsets it lists: lay out with room to spare.
  const sectionsText = JSON.stringify(Object.fromEntries(sections.map(([name]) => [name, [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]])));
  const headerRoom = align8(Buffer.byteLength(JSON.stringify({ ...header, sections: {} })) + sectionsText.length + 16);
  let at = 16 + headerRoom;
  for (const [name, section] of sections) {
    header.sections[name] = [at, section.bytes];
    at = align8(at + section.bytes);
  }
  const head = Buffer.alloc(16 + headerRoom);
  head.write(MAGIC, 0, 'latin1');
  const headerText = JSON.stringify(header);
  head.writeUInt32LE(Buffer.byteLength(headerText), 8);
  head.write(headerText, 16, 'utf8');
  yield head;
  for (const [name, section] of sections) {
    let written = 0;
    for (const piece of section.pieces()) {
      written += piece.byteLength;
      yield piece;
    }
    if (written !== section.bytes) throw new Error(`graph.store: section ${name} has ${written} bytes, not ${section.bytes}`);
    const pad = align8(written) - written;
    if (pad > 0) yield Buffer.alloc(pad);
  }
}

/** A typed array grown by doubling, for columns whose length is known only at the end. */
class Column<T extends Uint16Array | Uint32Array | Float64Array> {
  length = 0;
  constructor(private array: T) {}
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new (this.array.constructor as new (n: number) => T)(Math.max(1024, this.array.length * 2));
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
  get values(): T {
    return this.array.subarray(0, this.length) as T;
  }
}

/**
 * graph.store and graph.store.values made as graph.json's records pass, in graph.json's order
 * (relationships, then nodes, each by key), holding only numbers: the properties' text goes to
 * scratch files in `dir` and is copied into the two files when they are written. The node keys
 * are given first (sorted, as graph.json lists its nodes), since relationships, listed before
 * the nodes, are stored by node number. Gives the bytes `columnFiles` gives for the same
 * records written as plain data.
 */
export class ColumnStreamWriter {
  private readonly numberOf = new Map<string, number>();
  private readonly index: Int32Array;
  private readonly nodeLabelSet: Uint16Array;
  private readonly labelSets = new LabelSetCodes();
  private readonly typeCodes = new RelationshipTypeCodes();
  private readonly edgeType = new Column(new Uint16Array(1024));
  private readonly edgeSource = new Column(new Uint32Array(1024));
  private readonly edgeTarget = new Column(new Uint32Array(1024));
  private readonly nodeOffsets: { props: Float64Array; values: Float64Array };
  private readonly edgeOffsets = { props: new Column(new Float64Array(1024)), values: new Column(new Float64Array(1024)) };
  private readonly keyExceptions: [number, string][] = [];
  private readonly propertyKeys = new Set<string>();
  private readonly write = columnValueWriter(true);
  private readonly files: Record<'nodeProps' | 'edgeProps' | 'nodeValues' | 'edgeValues', SpillFile>;
  private nodes = 0;
  private idIsKey = true;

  constructor(
    private readonly nodeKeys: readonly string[],
    dir: string,
  ) {
    const N = nodeKeys.length;
    this.index = new Int32Array(N);
    this.nodeLabelSet = new Uint16Array(N);
    this.nodeOffsets = { props: new Float64Array(N), values: new Float64Array(N) };
    nodeKeys.forEach((key, i) => {
      this.numberOf.set(key, i);
      this.index[i] = arrayIndex(key);
    });
    this.files = {
      nodeProps: new SpillFile(join(dir, 'node-props')),
      edgeProps: new SpillFile(join(dir, 'edge-props')),
      nodeValues: new SpillFile(join(dir, 'node-values')),
      edgeValues: new SpillFile(join(dir, 'edge-values')),
    };
  }

  /** The next node, in key order. */
  node(record: NodeRecord): void {
    const i = this.nodes++;
    if (this.nodeKeys[i] !== record.key) throw new Error(`graph.store: node ${i} is ${record.key}, not ${String(this.nodeKeys[i])} as announced`);
    this.nodeLabelSet[i] = this.labelSets.codeOf(record.attributes.labels);
    if (record.attributes.properties.id !== record.key) this.idIsKey = false;
    this.nodeOffsets.props[i] = this.files.nodeProps.bytes;
    this.nodeOffsets.values[i] = this.files.nodeValues.bytes;
    this.properties(record.attributes.properties, this.files.nodeProps, this.files.nodeValues);
  }

  /** The next relationship, in key order. */
  edge(record: EdgeRecord): void {
    const e = this.edgeType.length;
    const type = record.attributes.type;
    const code = this.typeCodes.codeOf(type);
    const s = this.numberOf.get(record.source);
    const t = this.numberOf.get(record.target);
    if (s === undefined || t === undefined) throw new Error(`edge ${record.key} joins a missing node`);
    this.edgeType.push(code);
    this.edgeSource.push(s);
    this.edgeTarget.push(t);
    if (record.key !== edgeKey(type, record.source, record.target)) this.keyExceptions.push([e, record.key]);
    this.edgeOffsets.props.push(this.files.edgeProps.bytes);
    this.edgeOffsets.values.push(this.files.edgeValues.bytes);
    this.properties(record.attributes.properties, this.files.edgeProps, this.files.edgeValues);
  }

  /** graph.store's bytes, once every record has passed; `graphBytes` is graph.json's size. */
  *store(graphBytes: number): Generator<Uint8Array> {
    const N = this.nodeKeys.length;
    if (this.nodes !== N) throw new Error(`graph.store: ${this.nodes} nodes written, ${N} announced`);
    const E = this.edgeType.length;
    const { nodeProps, edgeProps, nodeValues, edgeValues } = this.files;
    for (const file of Object.values(this.files)) file.flush();
    const propOffsets = new Float64Array(N + E + 1);
    const valueOffsets = new Float64Array(N + E + 1);
    propOffsets.set(this.nodeOffsets.props);
    valueOffsets.set(this.nodeOffsets.values);
    const edgeProp = this.edgeOffsets.props.values;
    const edgeValue = this.edgeOffsets.values.values;
    for (let e = 0; e < E; e++) {
      propOffsets[N + e] = nodeProps.bytes + edgeProp[e]!;
      valueOffsets[N + e] = nodeValues.bytes + edgeValue[e]!;
    }
    propOffsets[N + E] = nodeProps.bytes + edgeProps.bytes;
    valueOffsets[N + E] = nodeValues.bytes + edgeValues.bytes;
    yield* storePieces({
      nodeKeys: this.nodeKeys,
      index: this.index,
      keyExceptions: this.keyExceptions,
      nodeLabelSet: this.nodeLabelSet,
      propOffsets,
      valueOffsets,
      edgeType: this.edgeType.values,
      edgeSource: this.edgeSource.values,
      edgeTarget: this.edgeTarget.values,
      props: {
        bytes: nodeProps.bytes + edgeProps.bytes,
        *pieces() {
          yield* nodeProps.pieces();
          yield* edgeProps.pieces();
        },
      },
      graphBytes,
      valueBytes: nodeValues.bytes + edgeValues.bytes,
      labelSets: this.labelSets.sets,
      types: this.typeCodes.types,
      idIsKey: this.idIsKey,
      propertyKeys: this.propertyKeys,
    });
  }

  /** graph.store.values's bytes: the large values, nodes then relationships. */
  *values(): Generator<Uint8Array> {
    yield* this.files.nodeValues.pieces();
    yield* this.files.edgeValues.pieces();
  }

  /** Remove the scratch files. */
  close(): void {
    for (const file of Object.values(this.files)) file.close();
  }

  private properties(properties: Properties, small: SpillFile, large: SpillFile): void {
    for (const k in properties) if (properties[k] !== undefined) this.propertyKeys.add(k);
    const split = splitProperties(properties, this.write);
    small.append(split.small);
    large.append(split.large);
  }
}

function bytesOf(array: Uint16Array | Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** Why a store cannot be used; the caller then reads graph.json. */
/** A store that does not fit its graph.json or this version: caught by openGraphColumns, which falls back to graph.json; never reaches a caller. */
class ColumnsMismatch extends Error {}

// The values file descriptor of an opened store lives as long as the store: large values are
// read from the file the store was written with, even after a rebuild swaps the directory.
const descriptors = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * A snapshot's graph as columns, opened from graph.store. Node i is the i-th node of graph.json
 * (sorted by key), relationship e the e-th edge; properties are decoded when asked for, large
 * ones read from graph.store.values on each use.
 */
export class GraphColumns {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Node keys by node number. */
  readonly keys: string[];
  /** Node numbers by key. */
  readonly numbers: Map<string, number>;
  readonly labelSets: readonly (readonly string[])[];
  readonly nodeLabelSet: Uint16Array;
  readonly types: readonly string[];
  readonly edgeType: Uint16Array;
  readonly edgeSource: Uint32Array;
  readonly edgeTarget: Uint32Array;
  /** CSR: outEdges[outStart[n] .. outStart[n + 1]] are node n's outgoing relationships, in graphology's order. */
  readonly outStart: Uint32Array;
  readonly outEdges: Uint32Array;
  readonly inStart: Uint32Array;
  readonly inEdges: Uint32Array;
  /** Every node's `id` property is its key (so an id lookup needs no property index). */
  readonly idIsKey: boolean;
  /** Every property key in use, sorted. */
  readonly propertyKeys: readonly string[];
  /** Relationship keys other than `TYPE:source->target`, by relationship number. */
  readonly keyExceptions: ReadonlyMap<number, string>;
  private exceptionNumbers: Map<string, number> | undefined;
  /** Where element i's small properties lie in `props` (nodes, then relationships at nodeCount + e): read by a spliced save, which copies them. */
  readonly propOffsets: Float64Array;
  /** Where element i's large properties lie in graph.store.values. */
  readonly valueOffsets: Float64Array;
  /** The small properties of every element, as JSON text. */
  readonly props: Buffer;

  constructor(
    file: Uint8Array,
    private readonly valuesFd: number,
  ) {
    const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new ColumnsMismatch('not a column store');
    const header = JSON.parse(buffer.toString('utf8', 16, 16 + buffer.readUInt32LE(8))) as Header;
    if (header.format !== COLUMNS_FORMAT || header.version !== COLUMNS_VERSION) throw new ColumnsMismatch('not a column store of this version');
    const section = (name: string): [number, number] => {
      const s = header.sections[name];
      if (!s || s[0] + s[1] > file.byteLength) throw new ColumnsMismatch(`section ${name} missing or cut short`);
      return s;
    };
    const view = <T>(name: string, make: (buffer: ArrayBufferLike, offset: number, length: number) => T, size: number): T => {
      const [offset, length] = section(name);
      return make(file.buffer, file.byteOffset + offset, length / size);
    };
    const u32 = (name: string) => view(name, (b, o, l) => new Uint32Array(b, o, l), 4);
    const text = (name: string) => {
      const [offset, length] = section(name);
      return buffer.toString('utf8', offset, offset + length);
    };
    this.nodeCount = header.nodes;
    this.edgeCount = header.edges;
    this.idIsKey = header.idIsKey;
    this.propertyKeys = header.propertyKeys;
    this.labelSets = header.labelSets.map((set) => Object.freeze(set));
    this.types = header.types;
    this.keys = JSON.parse(text('keys')) as string[];
    this.keyExceptions = new Map(JSON.parse(text('keyExceptions')) as [number, string][]);
    this.nodeLabelSet = view('nodeLabelSet', (b, o, l) => new Uint16Array(b, o, l), 2);
    this.propOffsets = view('propOffsets', (b, o, l) => new Float64Array(b, o, l), 8);
    this.valueOffsets = view('valueOffsets', (b, o, l) => new Float64Array(b, o, l), 8);
    this.edgeType = view('edgeType', (b, o, l) => new Uint16Array(b, o, l), 2);
    this.edgeSource = u32('edgeSource');
    this.edgeTarget = u32('edgeTarget');
    this.outStart = u32('outStart');
    this.outEdges = u32('outEdges');
    this.inStart = u32('inStart');
    this.inEdges = u32('inEdges');
    const [propsAt, propsLength] = section('props');
    this.props = buffer.subarray(propsAt, propsAt + propsLength);
    if (this.keys.length !== this.nodeCount || this.edgeSource.length !== this.edgeCount) throw new ColumnsMismatch('counts do not match');
    this.numbers = new Map();
    for (let i = 0; i < this.keys.length; i++) this.numbers.set(this.keys[i]!, i);
    if (fstatSync(valuesFd).size !== header.valuesBytes) throw new ColumnsMismatch(`${VALUES_FILE} is not the file the store was written with`);
  }

  /** The labels of node i (a shared, frozen list). */
  labels(i: number): readonly string[] {
    return this.labelSets[this.nodeLabelSet[i]!]!;
  }

  /** The properties of node i: a new object, large values read on use. */
  nodeProperties(i: number): Properties {
    return this.properties(i);
  }

  edgeProperties(e: number): Properties {
    return this.properties(this.nodeCount + e);
  }

  type(e: number): string {
    return this.types[this.edgeType[e]!]!;
  }

  /** The key of relationship e: `TYPE:source->target` unless saved otherwise. */
  edgeKey(e: number): string {
    return this.keyExceptions.get(e) ?? edgeKey(this.type(e), this.keys[this.edgeSource[e]!]!, this.keys[this.edgeTarget[e]!]!);
  }

  /** The number of the relationship with this key, or -1. */
  edgeNumber(key: string): number {
    if (this.keyExceptions.size > 0) {
      this.exceptionNumbers ??= new Map([...this.keyExceptions].map(([e, k]) => [k, e]));
      const e = this.exceptionNumbers.get(key);
      if (e !== undefined) return e;
    }
    const colon = key.indexOf(':');
    if (colon < 0) return -1;
    const type = this.types.indexOf(key.slice(0, colon));
    if (type < 0) return -1;
    const rest = key.slice(colon + 1);
    // Node keys may hold '->' themselves: try each split whose two sides are nodes.
    for (let at = rest.indexOf('->'); at >= 0; at = rest.indexOf('->', at + 1)) {
      const s = this.numbers.get(rest.slice(0, at));
      const t = this.numbers.get(rest.slice(at + 2));
      if (s === undefined || t === undefined) continue;
      for (let i = this.outStart[s]!; i < this.outStart[s + 1]!; i++) {
        const e = this.outEdges[i]!;
        if (this.edgeTarget[e] === t && this.edgeType[e] === type && !this.keyExceptions.has(e)) return e;
      }
    }
    return -1;
  }

  private properties(element: number): Properties {
    const a = this.propOffsets[element]!;
    const b = this.propOffsets[element + 1]!;
    const properties = JSON.parse(this.props.toString('utf8', a, b)) as Record<string, PropertyValue | object>;
    const from = this.valueOffsets[element]!;
    const to = this.valueOffsets[element + 1]!;
    if (to === from) return properties as Properties;
    for (const k in properties) {
      const v = properties[k];
      // The mark is an empty object; a stored temporal value is an object too, never empty.
      if (v === null || typeof v !== 'object' || Array.isArray(v) || Object.keys(v).length > 0) continue;
      // Redefining a property keeps its place among the keys, which stay in graph.json's order.
      Object.defineProperty(properties, k, {
        enumerable: true,
        configurable: true,
        get: () => this.readLarge(from, to)[k]!,
        set(value: PropertyValue) {
          Object.defineProperty(this, k, { value, writable: true, enumerable: true, configurable: true });
        },
      });
    }
    return properties as Properties;
  }

  private readLarge(from: number, to: number): Properties {
    return JSON.parse(this.valueBytes(from, to).toString('utf8')) as Properties;
  }

  /** Bytes `from` to `to` of graph.store.values, as they are in the file. */
  valueBytes(from: number, to: number): Buffer {
    const length = to - from;
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.valuesFd, buffer, done, length - done, from + done);
      if (n === 0) throw new Error(`${VALUES_FILE} ends before byte ${from + length}`);
      done += n;
    }
    return buffer;
  }
}

/**
 * Open graph.store in `dir` (its values file held open as long as the store lives); undefined
 * when there is none, or it is not the store of the graph.json beside it (a snapshot of older
 * code, a file replaced by hand).
 */
export function openGraphColumns(storePath: string, valuesPath: string, graphPath: string): GraphColumns | undefined {
  let storeFd: number;
  try {
    storeFd = openSync(storePath, 'r');
  } catch {
    return undefined;
  }
  let valuesFd: number | undefined;
  try {
    const size = fstatSync(storeFd).size;
    const file = new Uint8Array(new ArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const n = readSync(storeFd, file, done, size - done, done);
      if (n === 0) return undefined;
      done += n;
    }
    const header = Buffer.from(file.buffer, 0, size);
    if (size < 16 || header.toString('latin1', 0, 8) !== MAGIC) return undefined;
    const { graphBytes } = JSON.parse(header.toString('utf8', 16, 16 + header.readUInt32LE(8))) as Header;
    const graphSize = (() => {
      try {
        const fd = openSync(graphPath, 'r');
        try {
          return fstatSync(fd).size;
        } finally {
          closeSync(fd);
        }
      } catch {
        return -1;
      }
    })();
    if (graphSize !== graphBytes) return undefined;
    valuesFd = openSync(valuesPath, 'r');
    const columns = new GraphColumns(file, valuesFd);
    descriptors.register(columns, valuesFd);
    valuesFd = undefined;
    return columns;
  } catch (error) {
    if (error instanceof ColumnsMismatch || error instanceof SyntaxError || (error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  } finally {
    closeSync(storeFd);
    if (valuesFd !== undefined) closeSync(valuesFd);
  }
}
