// Write a snapshot by splicing: the document-local lines of the previous graph.json (newsletter
// and item nodes, HAS_ITEM, MENTIONED_IN) of documents that did not change are copied as bytes,
// and merged in key order with the records made anew (every other record, and the local records
// of the documents that changed). graph.json is sorted by key, one record a line, so the result
// is the file a full build writes, at the cost of copying bytes instead of making and
// serialising hundreds of thousands of records.

import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { compare, edgeKey, type EdgeRecord, type GraphRecords, type NodeRecord } from './build-graph.js';
import { canonicalJson } from './canonical-json.js';
import { countRecords } from './summarize-graph.js';
import type { GraphSummary } from './summarize-graph.js';

/** What to keep of the previous graph.json. */
export interface SpliceSource {
  /** The previous snapshot's graph.json. */
  graphFile: string;
  /** Ids of the documents the previous graph was built from. */
  previousDocuments: ReadonlySet<string>;
  /** Whether the local lines of a previous document are copied (it is still there and unchanged). */
  keep: (documentId: string) => boolean;
  /**
   * CO_OCCURS lines are copied too, but for these pairs (key `a\u0000b`, a < b) whose weight
   * changes by the amount given: the items of changed documents, before and after.
   */
  coOccurrenceChanges: ReadonlyMap<string, number>;
  /**
   * Whether the line of this entity node or typed relationship (by key) is copied rather than
   * made anew: its record is the same as in the previous graph (`copiedRecords`). Default: none.
   */
  copy?: (key: string) => boolean;
}

/**
 * Told of every element of the graph.json being written, in its order (relationships, then
 * nodes): a line copied from the previous file (by its number in its section there) or a record
 * made here. What graph.store is made from without reading the lines back.
 */
export interface SpliceElements {
  kept(section: 'nodes' | 'edges', index: number): void;
  made(section: 'nodes' | 'edges', record: NodeRecord | EdgeRecord): void;
}

/** How many lines a splice copied, and the counts of the graph it wrote (known once written). */
export interface SpliceReport {
  keptNodes: number;
  keptEdges: number;
  /** Where graph.store's copied elements came from: the previous store, or graph.json's lines read back (none written: undefined). */
  columns?: 'previous store' | 'graph.json';
  counts?: GraphSummary['counts'];
}

/**
 * Whether document ids leave the kind of every graph.json line plain from its key: an item key is
 * `<document id>#<number>`, entity and role ids hold a `:`, and relationship keys join their ends
 * with `->`; ids with none of `#`, `:` and `>` are enough.
 */
export function spliceableIds(ids: Iterable<string>): boolean {
  for (const id of ids) if (/[#:>]/.test(id)) return false;
  return true;
}

const OPTIONS_LINE = `"options":${canonicalJson({ type: 'directed', multi: true, allowSelfLoops: true })}\n`;

/** A kept line's label (nodes) or type (relationships), what the manifest's counts count. */
type KeptKind = string;

/** Entity id prefixes (`entityId`) and their labels. */
const ENTITY_PREFIXES = new Map([
  ['person', 'Person'],
  ['body', 'Body'],
  ['act', 'Act'],
  ['programme', 'Programme'],
]);

/**
 * graph.json of `records` (the new records, sorted by key, without CO_OCCURS) spliced with the
 * kept lines of `source.graphFile`, in pieces of text and bytes; `report` is filled as it goes,
 * `counts` at the end.
 *
 * @throws StoreError `E_SNAPSHOT_CORRUPT` (while iterating) when the previous graph.json is not in
 *   the layout a build writes, a kept line and a new record share a key, or a weight change has
 *   no line to change.
 */
export function* splicedGraph(
  records: GraphRecords,
  source: SpliceSource,
  plainKeys: readonly string[],
  report: SpliceReport,
  elements?: SpliceElements,
): Generator<string | Buffer> {
  const sortedKeys = [...new Set([...plainKeys, 'weight'])].sort();
  const lines = fileLines(source.graphFile);
  const expect = (text: string) => {
    const line = lines.next();
    if (line.done || line.value.toString('utf8') !== text) throw mismatch(source.graphFile, `expected ${JSON.stringify(text)}`);
  };
  const keptNodes: Record<KeptKind, number> = {};
  const keptEdges: Record<KeptKind, number> = {};
  const made = { coOccurs: 0 };
  const edges = withCoOccurrencePatches(records.edges, source.coOccurrenceChanges);
  try {
    expect('{');
    expect('"attributes":{},');
    yield '{\n"attributes":{},\n';
    const edgeLines = oldSection(lines, source, '"edges":[');
    const edgeMerge = merge(edgeLines, edges, sortedKeys, source, (old) => edgeKind(old, source), keptEdges, made, edgeElements(elements));
    yield* section('"edges":[', edgeMerge, '],\n');
    const nodeLines = oldSection(lines, source, '"nodes":[');
    yield* section(
      '"nodes":[',
      merge(nodeLines, records.nodes, sortedKeys, source, (old) => nodeKind(old, source), keptNodes, made, nodeElements(elements)),
      '],\n',
    );
    const options = lines.next();
    if (options.done || `${options.value.toString('utf8')}\n` !== OPTIONS_LINE) throw mismatch(source.graphFile, 'no options line');
    expect('}');
    yield OPTIONS_LINE;
    yield '}\n';
  } finally {
    // Closes the file when writing stops half-way.
    lines.return(undefined);
  }
  const sum = (counted: Record<string, number>) => Object.values(counted).reduce((n, k) => n + k, 0);
  report.keptNodes = sum(keptNodes);
  report.keptEdges = sum(keptEdges);
  let keptEntities = 0;
  for (const label of ENTITY_PREFIXES.values()) keptEntities += keptNodes[label] ?? 0;
  const counts = countRecords(records);
  const add = (counted: Record<string, number>, more: Record<string, number>) => {
    const out = { ...counted };
    for (const [k, n] of Object.entries(more)) out[k] = (out[k] ?? 0) + n;
    return sortedNonZero(out);
  };
  report.counts = {
    nodes: counts.nodes + report.keptNodes,
    relationships: counts.relationships + report.keptEdges + made.coOccurs,
    labels: add(counts.labels, keptNodes),
    types: add(counts.types, { ...keptEdges, CO_OCCURS: (keptEdges.CO_OCCURS ?? 0) + made.coOccurs }),
    entities: counts.entities + keptEntities,
  };
}

/** A CO_OCCURS record whose weight is a change to the weight of the line of the same key, if any. */
interface CoOccurrencePatch extends EdgeRecord {
  patch: true;
}

/** The new relationships with a patch record for each changed co-occurrence, in key order. */
function withCoOccurrencePatches(edges: readonly EdgeRecord[], changes: ReadonlyMap<string, number>): EdgeRecord[] {
  const patches: CoOccurrencePatch[] = [];
  for (const [pair, change] of changes) {
    const [a, b] = pair.split('\u0000') as [string, string];
    const key = edgeKey('CO_OCCURS', a, b);
    patches.push({ key, source: a, target: b, attributes: { type: 'CO_OCCURS', properties: { weight: change } }, patch: true });
  }
  if (patches.length === 0) return [...edges];
  patches.sort((x, y) => compare(x.key, y.key));
  const out: EdgeRecord[] = [];
  let i = 0;
  for (const edge of edges) {
    while (i < patches.length && compare(patches[i]!.key, edge.key) < 0) out.push(patches[i++]!);
    out.push(edge);
  }
  while (i < patches.length) out.push(patches[i++]!);
  return out;
}

/** A line of the previous graph.json, its record's key, and its number in its section. */
interface OldLine {
  bytes: Buffer;
  key: string;
  index: number;
}

/** An element sink for one section. */
interface SectionElements {
  kept(index: number): void;
  made(record: NodeRecord | EdgeRecord): void;
}

const edgeElements = (elements: SpliceElements | undefined): SectionElements | undefined =>
  elements && { kept: (index) => elements.kept('edges', index), made: (record) => elements.made('edges', record) };
const nodeElements = (elements: SpliceElements | undefined): SectionElements | undefined =>
  elements && { kept: (index) => elements.kept('nodes', index), made: (record) => elements.made('nodes', record) };

const KEY_MARK = Buffer.from('},"key":"');

/** The element lines of one array of the previous graph.json, opened by `open`. */
function* oldSection(lines: Iterator<Buffer>, source: SpliceSource, open: string): Generator<OldLine> {
  const first = lines.next();
  const head = first.done ? '' : first.value.toString('utf8');
  if (head === `${open}],`) return;
  if (head !== open) throw mismatch(source.graphFile, `expected ${open}`);
  for (let index = 0; ; index++) {
    const line = lines.next();
    if (line.done) throw mismatch(source.graphFile, 'the file ends inside an array');
    let bytes = line.value;
    if (bytes.length === 2 && bytes[0] === 0x5d && bytes[1] === 0x2c) return; // "],"
    if (bytes[bytes.length - 1] === 0x2c) bytes = bytes.subarray(0, -1);
    // The key follows the attributes (keys sorted: attributes, key, source, target); a quote
    // inside a property value is escaped, so `},"key":"` cannot occur there.
    const at = bytes.lastIndexOf(KEY_MARK);
    if (at < 0 || bytes[bytes.length - 1] !== 0x7d) throw mismatch(source.graphFile, 'a line without a key');
    const start = at + KEY_MARK.length;
    const end = bytes.indexOf(0x22, start);
    // Keys without escapes (ids are file names and slugs) are read as they are; others parsed.
    const raw = bytes.toString('utf8', start, end);
    const key = raw.includes('\\') ? (JSON.parse(`{${bytes.toString('utf8', at + 2)}`) as { key: string }).key : raw;
    yield { bytes, key, index };
  }
}

/** The document an item key belongs to, when it is an item of a previous document. */
function itemDocument(key: string, source: SpliceSource): string | undefined {
  const hash = key.indexOf('#');
  const doc = hash > 0 ? key.slice(0, hash) : undefined;
  return doc !== undefined && source.previousDocuments.has(doc) ? doc : undefined;
}

/** What an old node line is when it is kept. */
function nodeKind(line: OldLine, source: SpliceSource): KeptKind | undefined {
  if (source.previousDocuments.has(line.key)) return source.keep(line.key) ? 'Newsletter' : undefined;
  const doc = itemDocument(line.key, source);
  if (doc !== undefined) return source.keep(doc) ? 'Item' : undefined;
  // Role nodes are always made anew.
  const label = ENTITY_PREFIXES.get(line.key.slice(0, line.key.indexOf(':')));
  return label !== undefined && source.copy?.(line.key) ? label : undefined;
}

/** What an old relationship line is when it is kept (`TYPE:source->target`; no id holds `>`). */
function edgeKind(line: OldLine, source: SpliceSource): KeptKind | undefined {
  const { key } = line;
  if (key.startsWith('CO_OCCURS:')) return 'CO_OCCURS';
  if (key.startsWith('HAS_ITEM:')) {
    const doc = key.slice('HAS_ITEM:'.length, key.indexOf('->'));
    return source.previousDocuments.has(doc) && source.keep(doc) ? 'HAS_ITEM' : undefined;
  }
  if (key.startsWith('MENTIONED_IN:')) {
    const doc = itemDocument(key.slice(key.indexOf('->') + 2), source);
    return doc !== undefined && source.keep(doc) ? 'MENTIONED_IN' : undefined;
  }
  return source.copy?.(key) ? key.slice(0, key.indexOf(':')) : undefined;
}

/** Kept old lines and new records, in key order, each as its line without separator. */
function* merge<R extends NodeRecord | EdgeRecord>(
  old: Iterator<OldLine>,
  records: readonly R[],
  sortedKeys: string[],
  source: SpliceSource,
  kindOf: (line: OldLine) => KeptKind | undefined,
  kept: Record<KeptKind, number>,
  made: { coOccurs: number },
  elements: SectionElements | undefined,
): Generator<string | Buffer> {
  let kind: KeptKind | undefined;
  const nextKept = () => {
    for (let line = old.next(); !line.done; line = old.next()) {
      kind = kindOf(line.value);
      if (kind !== undefined) return line.value;
    }
    return undefined;
  };
  let line = nextKept();
  // Kept lines that follow each other in the previous file go out as one piece, separators and all.
  let run: Buffer | undefined;
  const keep = (bytes: Buffer): Buffer | undefined => {
    const between = run === undefined ? -1 : run.byteOffset + run.length;
    if (run !== undefined && run.buffer === bytes.buffer && between + 2 === bytes.byteOffset && separatorAt(run.buffer, between)) {
      run = Buffer.from(run.buffer, run.byteOffset, run.length + 2 + bytes.length);
      return undefined;
    }
    const done = run;
    run = bytes;
    return done;
  };
  for (const record of records) {
    while (line !== undefined && compare(line.key, record.key) < 0) {
      kept[kind!] = (kept[kind!] ?? 0) + 1;
      elements?.kept(line.index);
      const done = keep(line.bytes);
      if (done !== undefined) yield done;
      line = nextKept();
    }
    if (run !== undefined) {
      yield run;
      run = undefined;
    }
    const patch = 'patch' in record;
    if (patch) {
      let weight = record.attributes.properties.weight as number;
      if (line !== undefined && line.key === record.key) {
        const before = (JSON.parse(line.bytes.toString('utf8')) as EdgeRecord).attributes.properties.weight;
        weight += typeof before === 'number' ? before : Number.NaN;
        line = nextKept();
      }
      if (!(weight >= 0)) throw mismatch(source.graphFile, `${record.key} would weigh ${weight}`);
      if (weight === 0) continue;
      made.coOccurs++;
      const { patch: _, ...edge } = record as unknown as CoOccurrencePatch;
      const patched: EdgeRecord = { ...edge, attributes: { type: 'CO_OCCURS', properties: { weight } } };
      elements?.made(patched);
      yield JSON.stringify(patched, sortedKeys);
      continue;
    }
    if (line !== undefined && line.key === record.key) throw mismatch(source.graphFile, `${record.key} is both kept and made anew`);
    elements?.made(record);
    yield JSON.stringify(record, sortedKeys);
  }
  for (; line !== undefined; line = nextKept()) {
    kept[kind!] = (kept[kind!] ?? 0) + 1;
    elements?.kept(line.index);
    const done = keep(line.bytes);
    if (done !== undefined) yield done;
  }
  if (run !== undefined) yield run;
}

/** Whether `,\n` lies at `offset` of `buffer`. */
function separatorAt(buffer: ArrayBufferLike, offset: number): boolean {
  const bytes = new Uint8Array(buffer, offset, 2);
  return bytes[0] === 0x2c && bytes[1] === 0x0a;
}

/** An array of lines as `canonicalJsonChunks` writes it: `"k":[],` when empty. */
function* section(open: string, elements: Iterator<string | Buffer>, close: string): Generator<string | Buffer> {
  const first = elements.next();
  if (first.done) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  yield first.value;
  for (let next = elements.next(); !next.done; next = elements.next()) {
    yield ',\n';
    yield next.value;
  }
  yield `\n${close}`;
}

const READ_BYTES = 8 * 1024 * 1024;

/** The lines of a file without their `\n`, read a few megabytes at a time. */
function* fileLines(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let rest: Buffer = Buffer.alloc(0);
    for (;;) {
      // A fresh buffer each time: lines already handed out stay valid until written.
      const chunk = Buffer.allocUnsafe(READ_BYTES);
      const read = readSync(fd, chunk, 0, READ_BYTES, null);
      if (read === 0) break;
      const data = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        yield data.subarray(start, end);
        start = end + 1;
      }
      rest = data.subarray(start);
    }
    if (rest.length > 0) yield rest;
  } finally {
    closeSync(fd);
  }
}

function sortedNonZero(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(counts).sort(compare)) if ((counts[key] ?? 0) > 0) out[key] = counts[key]!;
  return out;
}

function mismatch(file: string, message: string): StoreError {
  return new StoreError('E_SNAPSHOT_CORRUPT', `cannot splice the previous ${file.slice(file.lastIndexOf('/') + 1)}: ${message}`, {
    position: { file: join(file, '..') },
  });
}

/**
 * The records of a graph.json being written, read back from its lines as its pieces pass through
 * `tap`: what graph.store is made from when graph.json is spliced rather than serialised from
 * records in memory. graph.json holds one record a line, so each line parses alone; the lines
 * are this process's own output, checked by the splice as it merged them, so they are taken as
 * the records they were written from.
 */
export class GraphLineRecords {
  /** Filled as `tap` is iterated; complete (and sorted by key, as graph.json is) once it ends. */
  readonly records: GraphRecords = { nodes: [], edges: [] };
  /** Bytes of graph.json passed so far. */
  bytes = 0;
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private section: 'nodes' | 'edges' | undefined;

  *tap(pieces: Iterable<string | Buffer>): Generator<string | Buffer> {
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        this.bytes += Buffer.byteLength(piece);
        this.read(piece);
      } else {
        this.bytes += piece.byteLength;
        // The decoder keeps a character cut between two pieces for the next.
        this.read(this.decoder.write(piece));
      }
      yield piece;
    }
    this.read(this.decoder.end());
    if (this.pending !== '') this.line(this.pending);
    this.pending = '';
  }

  private read(text: string): void {
    let start = 0;
    let end = text.indexOf('\n');
    if (end < 0) {
      this.pending += text;
      return;
    }
    this.line(this.pending + text.slice(0, end));
    this.pending = '';
    for (start = end + 1, end = text.indexOf('\n', start); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      this.line(text.slice(start, end));
    }
    this.pending = text.slice(start);
  }

  private line(line: string): void {
    if (line === '"edges":[') this.section = 'edges';
    else if (line === '"nodes":[') this.section = 'nodes';
    else if (line.startsWith(']')) this.section = undefined;
    else if (this.section !== undefined && line.startsWith('{')) {
      const record = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      if (this.section === 'nodes') this.records.nodes.push(record);
      else this.records.edges.push(record);
    }
  }
}
