// graph.store and graph.store.values of a spliced save, made from the previous snapshot's store
// instead of from every record: an element whose graph.json line is copied keeps its small
// properties' bytes and its large values' bytes from the previous files (runs of them copied as
// single pieces), and only the records made anew are split into properties here. Node numbers,
// label-set and type codes, and the adjacency are laid out again for the new graph, so the files
// are those a full save writes (`storePieces`), without holding a record per line.

import { edgeKey, type EdgeRecord, type NodeRecord } from './build-graph.js';
import { arrayIndex, columnValueWriter, LabelSetCodes, RelationshipTypeCodes, splitProperties, storePieces, type GraphColumns } from './graph-columns.js';
import type { SpliceElements } from './splice-snapshot.js';

/** Bytes gathered before a piece goes out: large enough to be cheap, small enough to stay light. */
const PIECE_BYTES = 4 * 1024 * 1024;

/** An element's source, by element number of the new graph (nodes, then relationships). */
type Source = { old: number } | { small: string; large: string };

/**
 * Collects where each element of the spliced graph.json comes from (`elements`, given to
 * `splicedGraph`), then gives the two files (`files`), read once graph.json is written.
 * The previous store must be the one written with the previous graph.json (`openGraphColumns`
 * checks that) and say that every node's id is its key.
 */
export class ColumnSplice {
  /** Elements of each section: a line number of the previous file (>= 0), or ~k for the k-th record made. */
  private readonly order = { nodes: [] as number[], edges: [] as number[] };
  private readonly made = { nodes: [] as NodeRecord[], edges: [] as EdgeRecord[] };
  private readonly write = columnValueWriter(true);

  constructor(private readonly old: GraphColumns) {}

  /** Whether the previous store can be spliced: its node ids are its keys (as a build writes them). */
  static accepts(old: GraphColumns): boolean {
    return old.idIsKey;
  }

  readonly elements: SpliceElements = {
    kept: (section, index) => {
      this.order[section].push(index);
    },
    made: (section, record) => {
      this.order[section].push(~this.made[section].length);
      if (section === 'nodes') this.made.nodes.push(record as NodeRecord);
      else this.made.edges.push(record as EdgeRecord);
    },
  };

  /** The two files, once every element has been told; `graphBytes()` is graph.json's size. */
  files(graphBytes: () => number): { store: Iterable<Uint8Array>; values: Iterable<Uint8Array> } {
    let laidOut: Layout | undefined;
    const layout = () => (laidOut ??= this.layout());
    return {
      store: {
        [Symbol.iterator]: () => {
          const l = layout();
          return storePieces({ ...l.contents, graphBytes: graphBytes() })[Symbol.iterator]();
        },
      },
      values: {
        [Symbol.iterator]: () => this.pieces(layout().sources, 'values')[Symbol.iterator](),
      },
    };
  }

  private layout(): Layout {
    const { old } = this;
    const oldN = old.nodeCount;
    const nodes = this.order.nodes;
    const edges = this.order.edges;
    const N = nodes.length;
    const E = edges.length;
    // graph.json lists relationships first, but the store numbers nodes first.
    const sources: Source[] = new Array(N + E);
    const keys: string[] = new Array(N);
    const index = new Int32Array(N);
    const nodeLabelSet = new Uint16Array(N);
    const labelSets = new LabelSetCodes();
    const oldLabelCode = new Int32Array(old.labelSets.length).fill(-1);
    const propOffsets = new Float64Array(N + E + 1);
    const valueOffsets = new Float64Array(N + E + 1);
    let propBytes = 0;
    let valueBytes = 0;
    const propertyKeys = new Set<string>();
    let idIsKey = true;
    // Old elements copied (nodes, then relationships at oldN + e): where a property key may still be in use.
    const keptOld = new Uint8Array(oldN + old.edgeCount);
    const element = (i: number, from: number | { properties: NodeRecord['attributes']['properties'] }) => {
      propOffsets[i] = propBytes;
      valueOffsets[i] = valueBytes;
      if (typeof from === 'number') {
        keptOld[from] = 1;
        propBytes += old.propOffsets[from + 1]! - old.propOffsets[from]!;
        valueBytes += old.valueOffsets[from + 1]! - old.valueOffsets[from]!;
        sources[i] = { old: from };
        return;
      }
      for (const k in from.properties) if (from.properties[k] !== undefined) propertyKeys.add(k);
      const { small, large } = splitProperties(from.properties, this.write);
      propBytes += Buffer.byteLength(small);
      valueBytes += Buffer.byteLength(large);
      sources[i] = { small, large };
    };
    const numberOf = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const at = nodes[i]!;
      if (at >= 0) {
        keys[i] = old.keys[at]!;
        const code = old.nodeLabelSet[at]!;
        if (oldLabelCode[code]! < 0) oldLabelCode[code] = labelSets.codeOf(old.labelSets[code]!);
        nodeLabelSet[i] = oldLabelCode[code]!;
        element(i, at);
      } else {
        const record = this.made.nodes[~at]!;
        keys[i] = record.key;
        nodeLabelSet[i] = labelSets.codeOf(record.attributes.labels);
        if (record.attributes.properties.id !== record.key) idIsKey = false;
        element(i, record.attributes);
      }
      numberOf.set(keys[i]!, i);
      index[i] = arrayIndex(keys[i]!);
    }
    const typeCodes = new RelationshipTypeCodes();
    const oldTypeCode = new Int32Array(old.types.length).fill(-1);
    const typeCode = (type: string) => typeCodes.codeOf(type);
    // Old node number -> new node number, looked up by key on first use (-1: not yet).
    const renumbered = new Int32Array(oldN).fill(-1);
    const newNumber = (oldNode: number, edge: number) => {
      let n = renumbered[oldNode]!;
      if (n < 0) {
        const found = numberOf.get(old.keys[oldNode]!);
        if (found === undefined) throw new Error(`graph.store: kept relationship ${edge} joins ${old.keys[oldNode]}, not in the new graph`);
        renumbered[oldNode] = n = found;
      }
      return n;
    };
    const edgeType = new Uint16Array(E);
    const edgeSource = new Uint32Array(E);
    const edgeTarget = new Uint32Array(E);
    const keyExceptions: [number, string][] = [];
    for (let e = 0; e < E; e++) {
      const at = edges[e]!;
      if (at >= 0) {
        const code = old.edgeType[at]!;
        if (oldTypeCode[code]! < 0) oldTypeCode[code] = typeCode(old.types[code]!);
        edgeType[e] = oldTypeCode[code]!;
        edgeSource[e] = newNumber(old.edgeSource[at]!, at);
        edgeTarget[e] = newNumber(old.edgeTarget[at]!, at);
        const exception = old.keyExceptions.get(at);
        if (exception !== undefined) keyExceptions.push([e, exception]);
        element(N + e, oldN + at);
      } else {
        const record = this.made.edges[~at]!;
        const type = record.attributes.type;
        edgeType[e] = typeCode(type);
        const s = numberOf.get(record.source);
        const t = numberOf.get(record.target);
        if (s === undefined || t === undefined) throw new Error(`edge ${record.key} joins a missing node`);
        edgeSource[e] = s;
        edgeTarget[e] = t;
        if (record.key !== edgeKey(type, record.source, record.target)) keyExceptions.push([e, record.key]);
        element(N + e, record.attributes);
      }
    }
    propOffsets[N + E] = propBytes;
    valueOffsets[N + E] = valueBytes;
    for (const k of old.propertyKeys) if (!propertyKeys.has(k) && this.keyKept(k, keptOld)) propertyKeys.add(k);
    return {
      sources,
      contents: {
        nodeKeys: keys,
        index,
        keyExceptions,
        nodeLabelSet,
        propOffsets,
        valueOffsets,
        edgeType,
        edgeSource,
        edgeTarget,
        props: { bytes: propBytes, pieces: () => this.pieces(sources, 'props') },
        valueBytes,
        labelSets: labelSets.sets,
        types: typeCodes.types,
        idIsKey,
        propertyKeys,
      },
    };
  }

  /**
   * Whether some kept old element has property `key`. Property values are strings, numbers,
   * booleans or lists of them (and the large-value mark `{}`), and a quote inside a string is
   * escaped, so `{"key":` or `,"key":` in the properties' text is always a property's key.
   */
  private keyKept(key: string, keptOld: Uint8Array): boolean {
    const { old } = this;
    const name = Buffer.from(`${JSON.stringify(key)}:`);
    for (let at = old.props.indexOf(name); at >= 0; at = old.props.indexOf(name, at + 1)) {
      const before = old.props[at - 1];
      if (before !== 0x7b && before !== 0x2c) continue;
      // The element whose text holds byte `at`: the last offset at or before it.
      let lo = 0;
      let hi = old.nodeCount + old.edgeCount - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (old.propOffsets[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      if (keptOld[lo]) return true;
    }
    return false;
  }

  /** The small properties' or the large values' bytes of every element in order, runs of old ones copied whole. */
  private *pieces(sources: Source[], part: 'props' | 'values'): Generator<Uint8Array> {
    const { old } = this;
    const offsets = part === 'props' ? old.propOffsets : old.valueOffsets;
    const read = part === 'props' ? (from: number, to: number) => old.props.subarray(from, to) : (from: number, to: number) => old.valueBytes(from, to);
    let texts: string[] = [];
    let textBytes = 0;
    let runFrom = -1;
    let runTo = -1;
    const flushTexts = () => {
      const piece = Buffer.from(texts.join(''));
      texts = [];
      textBytes = 0;
      return piece;
    };
    function* flushRun(): Generator<Uint8Array> {
      // Large runs go out in pieces, so the values file is never read whole.
      for (let from = runFrom; from < runTo; from += PIECE_BYTES) yield read(from, Math.min(runTo, from + PIECE_BYTES));
      runFrom = runTo = -1;
    }
    for (const source of sources) {
      if ('old' in source) {
        const from = offsets[source.old]!;
        const to = offsets[source.old + 1]!;
        if (to === from) continue;
        if (textBytes > 0) yield flushTexts();
        if (runTo === from) runTo = to;
        else {
          if (runFrom >= 0) yield* flushRun();
          runFrom = from;
          runTo = to;
        }
        continue;
      }
      const text = part === 'props' ? source.small : source.large;
      if (text === '') continue;
      if (runFrom >= 0) yield* flushRun();
      texts.push(text);
      textBytes += text.length;
      if (textBytes >= PIECE_BYTES) yield flushTexts();
    }
    if (runFrom >= 0) yield* flushRun();
    if (textBytes > 0) yield flushTexts();
  }
}

interface Layout {
  sources: Source[];
  contents: Omit<Parameters<typeof storePieces>[0], 'graphBytes'>;
}
