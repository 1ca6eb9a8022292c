// Write a snapshot by splicing: the document-local lines of the previous graph.json (newsletter
// and item nodes, HAS_ITEM, MENTIONED_IN) of documents that did not change are copied as bytes,
// and merged in key order with the records made anew (every other record, and the local records
// of the documents that changed). graph.json is sorted by key, one record a line, so the result
// is the file a full build writes, at the cost of copying bytes instead of making and
// serialising hundreds of thousands of records.

import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { compare, type EdgeRecord, type GraphRecords, type NodeRecord } from './build-graph.js';
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
}

/** How many lines a splice copied, and the counts of the graph it wrote (known once written). */
export interface SpliceReport {
  keptNodes: number;
  keptEdges: number;
  counts?: GraphSummary['counts'];
}

/**
 * Whether document ids leave the kind of every graph.json line plain from its key: an item key is
 * `<document id>#<number>` and entity and role ids hold a `:`, so ids with neither are enough.
 */
export function spliceableIds(ids: Iterable<string>): boolean {
  for (const id of ids) if (id.includes('#') || id.includes(':')) return false;
  return true;
}

const OPTIONS_LINE = `"options":${canonicalJson({ type: 'directed', multi: true, allowSelfLoops: true })}\n`;

/**
 * graph.json of `records` (the new records, sorted by key) spliced with the kept lines of
 * `source.graphFile`, in pieces of text and bytes; `report` is filled as it goes, `counts` at the end.
 *
 * @throws StoreError `E_SNAPSHOT_CORRUPT` (while iterating) when the previous graph.json is not in
 *   the layout a build writes, or a kept line and a new record share a key.
 */
export function* splicedGraph(records: GraphRecords, source: SpliceSource, plainKeys: readonly string[], report: SpliceReport): Generator<string | Buffer> {
  const sortedKeys = [...plainKeys].sort();
  const lines = fileLines(source.graphFile);
  const expect = (text: string) => {
    const line = lines.next();
    if (line.done || line.value.toString('utf8') !== text) throw mismatch(source.graphFile, `expected ${JSON.stringify(text)}`);
  };
  const kept = { Newsletter: 0, Item: 0, HAS_ITEM: 0, MENTIONED_IN: 0 };
  try {
    expect('{');
    expect('"attributes":{},');
    yield '{\n"attributes":{},\n';
    const edgeLines = oldSection(lines, source, '"edges":[');
    yield* section(
      '"edges":[',
      merge(edgeLines, records.edges, sortedKeys, source, (old) => edgeKind(old, source, kept)),
      '],\n',
    );
    const nodeLines = oldSection(lines, source, '"nodes":[');
    yield* section(
      '"nodes":[',
      merge(nodeLines, records.nodes, sortedKeys, source, (old) => nodeKind(old, source, kept)),
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
  report.keptNodes = kept.Newsletter + kept.Item;
  report.keptEdges = kept.HAS_ITEM + kept.MENTIONED_IN;
  const counts = countRecords(records);
  const labels = { ...counts.labels, Newsletter: (counts.labels.Newsletter ?? 0) + kept.Newsletter, Item: (counts.labels.Item ?? 0) + kept.Item };
  const types = { ...counts.types, HAS_ITEM: (counts.types.HAS_ITEM ?? 0) + kept.HAS_ITEM, MENTIONED_IN: (counts.types.MENTIONED_IN ?? 0) + kept.MENTIONED_IN };
  report.counts = {
    nodes: counts.nodes + report.keptNodes,
    relationships: counts.relationships + report.keptEdges,
    labels: sortedNonZero(labels),
    types: sortedNonZero(types),
    entities: counts.entities,
  };
}

/** A line of the previous graph.json and its record's key (and ends, for a relationship). */
interface OldLine {
  bytes: Buffer;
  key: string;
  source?: string;
  target?: string;
}

/** The element lines of one array of the previous graph.json, opened by `open`. */
function* oldSection(lines: Iterator<Buffer>, source: SpliceSource, open: string): Generator<OldLine> {
  const first = lines.next();
  const head = first.done ? '' : first.value.toString('utf8');
  if (head === `${open}],`) return;
  if (head !== open) throw mismatch(source.graphFile, `expected ${open}`);
  for (;;) {
    const line = lines.next();
    if (line.done) throw mismatch(source.graphFile, 'the file ends inside an array');
    let bytes = line.value;
    if (bytes.length === 2 && bytes[0] === 0x5d && bytes[1] === 0x2c) return; // "],"
    if (bytes[bytes.length - 1] === 0x2c) bytes = bytes.subarray(0, -1);
    // The key and ends close the line (keys sorted: attributes, key, source, target); a quote
    // inside a property value is escaped, so `},"key":"` cannot occur there.
    const at = bytes.lastIndexOf('},"key":"');
    if (at < 0 || bytes[bytes.length - 1] !== 0x7d) throw mismatch(source.graphFile, 'a line without a key');
    const tail = JSON.parse(`{${bytes.toString('utf8', at + 2)}`) as { key: string; source?: string; target?: string };
    yield { bytes, ...tail };
  }
}

/** The document an item key belongs to, when it is an item of a previous document. */
function itemDocument(key: string, source: SpliceSource): string | undefined {
  const hash = key.indexOf('#');
  const doc = hash > 0 ? key.slice(0, hash) : undefined;
  return doc !== undefined && source.previousDocuments.has(doc) ? doc : undefined;
}

/** Whether an old node line is kept, counted by label when it is. */
function nodeKind(line: OldLine, source: SpliceSource, kept: Record<'Newsletter' | 'Item', number>): boolean {
  if (source.previousDocuments.has(line.key)) return source.keep(line.key) && ++kept.Newsletter > 0;
  const doc = itemDocument(line.key, source);
  return doc !== undefined && source.keep(doc) && ++kept.Item > 0;
}

/** Whether an old relationship line is kept, counted by type when it is. */
function edgeKind(line: OldLine, source: SpliceSource, kept: Record<'HAS_ITEM' | 'MENTIONED_IN', number>): boolean {
  if (line.key.startsWith('HAS_ITEM:')) {
    const doc = line.source;
    return doc !== undefined && source.previousDocuments.has(doc) && source.keep(doc) && ++kept.HAS_ITEM > 0;
  }
  if (line.key.startsWith('MENTIONED_IN:')) {
    const doc = line.target === undefined ? undefined : itemDocument(line.target, source);
    return doc !== undefined && source.keep(doc) && ++kept.MENTIONED_IN > 0;
  }
  return false;
}

/** Kept old lines and new records, in key order, each as its line without separator. */
function* merge<R extends NodeRecord | EdgeRecord>(
  old: Iterator<OldLine>,
  records: readonly R[],
  sortedKeys: string[],
  source: SpliceSource,
  isKept: (line: OldLine) => boolean,
): Generator<string | Buffer> {
  const nextKept = () => {
    for (let line = old.next(); !line.done; line = old.next()) if (isKept(line.value)) return line.value;
    return undefined;
  };
  let line = nextKept();
  for (const record of records) {
    while (line !== undefined && compare(line.key, record.key) < 0) {
      yield line.bytes;
      line = nextKept();
    }
    if (line !== undefined && line.key === record.key) throw mismatch(source.graphFile, `${record.key} is both kept and made anew`);
    yield JSON.stringify(record, sortedKeys);
  }
  for (; line !== undefined; line = nextKept()) yield line.bytes;
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
