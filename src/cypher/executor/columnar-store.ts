// The engine's store over a snapshot's columns (graph.store): read-only, opened without building a
// graphology graph. Node attributes, relationship records and per-node adjacency are made when a
// query first touches them, from the typed-array columns; every list comes in the order the
// graphology store gives for the same snapshot loaded from graph.json.

import { UnsupportedOperationError } from '../../errors.js';
import type { GraphColumns } from '../../graph/graph-columns.js';
import type { EdgeAttributes, NodeAttributes, Properties, PropertyValue } from '../../graph/schema.js';
import { Node, Relationship, type CypherValue } from '../values.js';
import { groupKey } from '../runtime/equality.js';
import { fromStored } from '../runtime/stored.js';
import type { ProcedureTable } from './procedures.js';
import {
  addIncoming,
  addOutgoing,
  emptyAdjacency,
  NO_EDGES,
  type EdgeRecord,
  type GraphStore,
  type NodeAdjacency,
  type NodeEntry,
  type RelationshipVisitor,
  type TypedAdjacency,
} from './graph-store.js';

/** A node's labels and properties, the properties decoded on first use. */
class NodeAttrs implements NodeAttributes {
  private decoded: Properties | undefined;
  constructor(
    private readonly columns: GraphColumns,
    private readonly number: number,
    readonly labels: string[],
  ) {}
  get properties(): Properties {
    return (this.decoded ??= this.columns.nodeProperties(this.number));
  }
}

class EdgeAttrs implements EdgeAttributes {
  private decoded: Properties | undefined;
  constructor(
    private readonly columns: GraphColumns,
    private readonly number: number,
    readonly type: string,
  ) {}
  get properties(): Properties {
    return (this.decoded ??= this.columns.edgeProperties(this.number));
  }
}

/** A relationship of the columns, its key and attributes made on first use. */
class ColumnEdge implements EdgeRecord {
  private k: string | undefined;
  private a: EdgeAttrs | undefined;
  constructor(
    private readonly store: ColumnarStore,
    readonly number: number,
  ) {}
  get key(): string {
    return (this.k ??= this.store.columns.edgeKey(this.number));
  }
  get attrs(): EdgeAttributes {
    const c = this.store.columns;
    return (this.a ??= new EdgeAttrs(c, this.number, c.type(this.number)));
  }
  get source(): string {
    const c = this.store.columns;
    return c.keys[c.edgeSource[this.number]!]!;
  }
  get target(): string {
    const c = this.store.columns;
    return c.keys[c.edgeTarget[this.number]!]!;
  }
  get sourceAttrs(): NodeAttributes {
    return this.store.attributes(this.store.columns.edgeSource[this.number]!);
  }
  get targetAttrs(): NodeAttributes {
    return this.store.attributes(this.store.columns.edgeTarget[this.number]!);
  }
}

/**
 * A read-only GraphStore over `GraphColumns`. Writes throw `UnsupportedOperationError`; the
 * engine refuses `readOnly: false` on it up front.
 *
 * @example const engine = new CypherEngine(new ColumnarStore((await openSnapshotColumns('out'))!.columns));
 */
export class ColumnarStore implements GraphStore {
  readonly writable = false;
  readonly procedures = new Map<string, ProcedureTable>();
  readonly deletedNodes: ReadonlySet<string> = new Set();
  readonly deletedRels: ReadonlySet<string> = new Set();
  private readonly attrs: (NodeAttrs | undefined)[];
  /** Records shared by the adjacency lists of both ends. */
  private readonly records = new Map<number, ColumnEdge>();
  private readonly adjacencies = new Map<number, NodeAdjacency>();
  private readonly scans = new Map<string, NodeEntry[]>();
  private labelIndex: Map<string, number[]> | undefined;
  private typeIndex: Map<string, Uint32Array> | undefined;
  private typeCounts: { counts: Uint32Array; order: number[] } | undefined;
  private readonly propIndex = new Map<string, Map<string, string[]>>();
  private numericKeys: { nodes: Int32Array; rels: Int32Array; next: bigint } | undefined;

  constructor(readonly columns: GraphColumns) {
    this.attrs = new Array(columns.nodeCount);
  }

  get nodeCount(): number {
    return this.columns.nodeCount;
  }

  get relationshipCount(): number {
    return this.columns.edgeCount;
  }

  /** Node i's attributes (made once). */
  attributes(i: number): NodeAttributes {
    let a = this.attrs[i];
    if (a === undefined) this.attrs[i] = a = new NodeAttrs(this.columns, i, this.columns.labels(i) as string[]);
    return a;
  }

  private record(e: number): ColumnEdge {
    return this.records.get(e) ?? new ColumnEdge(this, e);
  }

  private sharedRecord(e: number): ColumnEdge {
    let r = this.records.get(e);
    if (r === undefined) this.records.set(e, (r = new ColumnEdge(this, e)));
    return r;
  }

  private numberOf(key: string): number {
    const i = this.columns.numbers.get(key);
    if (i === undefined) throw new Error(`no node ${key} in the store`);
    return i;
  }

  invalidate(): void {
    // Nothing outside the store can change the columns.
  }

  private ensureLabelIndex(): Map<string, number[]> {
    if (this.labelIndex) return this.labelIndex;
    const idx = new Map<string, number[]>();
    const c = this.columns;
    // Label sets are few: resolve each set's lists once, then one pass over the nodes.
    const lists = c.labelSets.map((set) =>
      set.map((l) => {
        let list = idx.get(l);
        if (!list) idx.set(l, (list = []));
        return list;
      }),
    );
    // The map's order is the order labels are first met in the nodes, as graphology's scan gives.
    const ordered = new Map<string, number[]>();
    for (let i = 0; i < c.nodeCount; i++) {
      const set = c.nodeLabelSet[i]!;
      const labels = c.labelSets[set]!;
      const targets = lists[set]!;
      for (let j = 0; j < targets.length; j++) {
        const l = labels[j]!;
        if (!ordered.has(l)) ordered.set(l, idx.get(l)!);
        targets[j]!.push(i);
      }
    }
    this.labelIndex = ordered;
    return ordered;
  }

  /** Relationships per type code, and the type codes in the order first met: one pass, no lists. */
  private ensureTypeCounts(): { counts: Uint32Array; order: number[] } {
    if (this.typeCounts) return this.typeCounts;
    const c = this.columns;
    const counts = new Uint32Array(c.types.length);
    const order: number[] = [];
    for (let e = 0; e < c.edgeCount; e++) {
      const code = c.edgeType[e]!;
      if (counts[code]!++ === 0) order.push(code);
    }
    return (this.typeCounts = { counts, order });
  }

  private ensureTypeIndex(): Map<string, Uint32Array> {
    if (this.typeIndex) return this.typeIndex;
    const c = this.columns;
    const { counts, order } = this.ensureTypeCounts();
    // A counting sort into one array: each type's relationships in graph order.
    const start = new Uint32Array(c.types.length + 1);
    for (let code = 0; code < c.types.length; code++) start[code + 1] = start[code]! + counts[code]!;
    const all = new Uint32Array(c.edgeCount);
    const fill = start.slice(0, c.types.length);
    for (let e = 0; e < c.edgeCount; e++) all[fill[c.edgeType[e]!]!++] = e;
    this.typeIndex = new Map(order.map((code) => [c.types[code]!, all.subarray(start[code]!, start[code + 1]!)]));
    return this.typeIndex;
  }

  labelCount(label: string): number {
    return this.ensureLabelIndex().get(label)?.length ?? 0;
  }

  relTypeCount(type: string): number {
    const code = this.columns.types.indexOf(type);
    return code < 0 ? 0 : this.ensureTypeCounts().counts[code]!;
  }

  nodeEntries(labels: readonly string[]): readonly NodeEntry[] {
    const k = labels.join('\u0000');
    let list = this.scans.get(k);
    if (list) return list;
    list = [];
    const c = this.columns;
    if (labels.length === 0) for (let i = 0; i < c.nodeCount; i++) list.push({ key: c.keys[i]!, attrs: this.attributes(i) });
    else {
      const idx = this.ensureLabelIndex();
      const seen = labels.length > 1 ? new Set<number>() : undefined;
      for (const l of labels)
        for (const i of idx.get(l) ?? []) {
          if (seen) {
            if (seen.has(i)) continue;
            seen.add(i);
          }
          list.push({ key: c.keys[i]!, attrs: this.attributes(i) });
        }
    }
    this.scans.set(k, list);
    return list;
  }

  nodeEntry(key: string): NodeEntry {
    return { key, attrs: this.attributes(this.numberOf(key)) };
  }

  adjacency(node: string): NodeAdjacency {
    const n = this.numberOf(node);
    let adj = this.adjacencies.get(n);
    if (adj) return adj;
    const c = this.columns;
    adj = emptyAdjacency();
    for (let i = c.outStart[n]!; i < c.outStart[n + 1]!; i++) {
      const e = c.outEdges[i]!;
      addOutgoing(adj, c.type(e), this.sharedRecord(e), c.edgeTarget[e] === n);
    }
    for (let i = c.inStart[n]!; i < c.inStart[n + 1]!; i++) {
      const e = c.inEdges[i]!;
      addIncoming(adj, c.type(e), this.sharedRecord(e));
    }
    this.adjacencies.set(n, adj);
    return adj;
  }

  typedAdjacency(node: string, type: string): TypedAdjacency {
    return this.adjacency(node).byType.get(type) ?? NO_EDGES;
  }

  degree(node: string, dir: 'out' | 'in' | 'both', types: readonly string[]): number {
    const c = this.columns;
    const n = this.numberOf(node);
    // Counted from the columns: a degree never needs the records.
    const codes = types.length === 0 ? undefined : new Set(types.map((t) => c.types.indexOf(t)).filter((code) => code >= 0));
    if (codes && codes.size === 0) return 0;
    let count = 0;
    if (dir !== 'in') for (let i = c.outStart[n]!; i < c.outStart[n + 1]!; i++) if (!codes || codes.has(c.edgeType[c.outEdges[i]!]!)) count++;
    if (dir !== 'out')
      for (let i = c.inStart[n]!; i < c.inStart[n + 1]!; i++) {
        const e = c.inEdges[i]!;
        if (codes && !codes.has(c.edgeType[e]!)) continue;
        // A self-loop counts once for 'both'.
        if (dir === 'both' && c.edgeSource[e] === n) continue;
        count++;
      }
    return count;
  }

  node(key: string): Node {
    const a = this.attributes(this.numberOf(key));
    return new Node(key, a.labels, a.properties as never);
  }

  rel(key: string): Relationship {
    const e = this.columns.edgeNumber(key);
    if (e < 0) throw new Error(`no relationship ${key} in the store`);
    const r = this.record(e);
    return new Relationship(key, r.attrs.type, r.source, r.target, r.attrs.properties as never);
  }

  hasNode(key: string): boolean {
    return this.columns.numbers.has(key);
  }

  *nodesWithLabel(label: string): Iterable<string> {
    const keys = this.columns.keys;
    for (const i of this.ensureLabelIndex().get(label) ?? []) yield keys[i]!;
  }

  *relsWithType(type: string): Iterable<EdgeRecord> {
    for (const e of this.ensureTypeIndex().get(type) ?? []) yield this.record(e);
  }

  forEachRel(visit: RelationshipVisitor): void {
    for (let e = 0; e < this.columns.edgeCount; e++) {
      const r = this.record(e);
      visit(r.key, r.attrs, r.source, r.target, r.sourceAttrs, r.targetAttrs);
    }
  }

  relKeysOf(node: string): string[] {
    const adj = this.adjacency(node);
    return [...adj.out.map((r) => r.key), ...adj.in.filter((r) => r.source !== r.target).map((r) => r.key)];
  }

  relTypeCounts(types: readonly string[]): [type: string, count: number, sample: EdgeRecord][] {
    const idx = this.ensureTypeIndex();
    const out: [string, number, EdgeRecord][] = [];
    for (const type of types.length > 0 ? types : idx.keys()) {
      const rels = idx.get(type);
      if (!rels || rels.length === 0) continue;
      out.push([type, rels.length, this.record(rels[0]!)]);
    }
    return out;
  }

  labelCounts(): [label: string, count: number, sample: string][] {
    const out: [string, number, string][] = [];
    for (const [label, nodes] of this.ensureLabelIndex()) if (nodes.length > 0) out.push([label, nodes.length, this.columns.keys[nodes[0]!]!]);
    return out;
  }

  labelNames(): Iterable<string> {
    return this.ensureLabelIndex().keys();
  }

  relTypeNames(): Iterable<string> {
    return this.ensureTypeCounts().order.map((code) => this.columns.types[code]!);
  }

  propertyKeyNames(): Iterable<string> {
    return this.columns.propertyKeys;
  }

  nodesWithProperty(label: string | null, key: string, value: CypherValue): Iterable<string> {
    const c = this.columns;
    if (key === 'id' && c.idIsKey) {
      // Every node's id is its key: the key map is the index.
      if (typeof value !== 'string') return [];
      const i = c.numbers.get(value);
      if (i === undefined || (label !== null && !c.labels(i).includes(label))) return [];
      return [value];
    }
    const ik = (label ?? '') + '\u0000' + key;
    let idx = this.propIndex.get(ik);
    if (!idx) {
      idx = new Map();
      const add = (i: number): void => {
        const stored = this.attributes(i).properties[key];
        if (stored === undefined || stored === null) return;
        const gk = groupKey(fromStored(stored));
        const list = idx!.get(gk);
        if (list) list.push(c.keys[i]!);
        else idx!.set(gk, [c.keys[i]!]);
      };
      if (label === null) for (let i = 0; i < c.nodeCount; i++) add(i);
      else for (const i of this.ensureLabelIndex().get(label) ?? []) add(i);
      this.propIndex.set(ik, idx);
    }
    return idx.get(groupKey(value)) ?? [];
  }

  /** As the graphology store numbers elements: a numeric key is itself, others 10^9 plus their place among the others. */
  numericId(kind: 'node' | 'rel', key: string): bigint {
    if (/^\d+$/.test(key)) return BigInt(key);
    const c = this.columns;
    const numbers = (this.numericKeys ??= this.numberKeys());
    const at = kind === 'node' ? c.numbers.get(key) : c.edgeNumber(key);
    if (at === undefined || at < 0) return 1_000_000_000n + numbers.next++;
    const rank = (kind === 'node' ? numbers.nodes : numbers.rels)[at]!;
    return 1_000_000_000n + BigInt(rank);
  }

  private numberKeys(): { nodes: Int32Array; rels: Int32Array; next: bigint } {
    const c = this.columns;
    const nodes = new Int32Array(c.nodeCount);
    let n = 0;
    for (let i = 0; i < c.nodeCount; i++) nodes[i] = /^\d+$/.test(c.keys[i]!) ? -1 : n++;
    const rels = new Int32Array(c.edgeCount);
    let r = 0;
    // Only a key saved as an exception can be numeric; the others are TYPE:source->target.
    const numeric = new Set([...c.keyExceptions].filter(([, k]) => /^\d+$/.test(k)).map(([e]) => e));
    for (let e = 0; e < c.edgeCount; e++) rels[e] = numeric.has(e) ? -1 : r++;
    return { nodes, rels, next: BigInt(Math.max(n, r) + 1) };
  }

  // ---- writes: refused

  private refuse(): never {
    throw new UnsupportedOperationError('writing', 'read-only columnar store');
  }

  createNode(_labels: string[], _properties: Properties): Node {
    return this.refuse();
  }

  createRel(_type: string, _start: string, _end: string, _properties: Properties): Relationship {
    return this.refuse();
  }

  writeProperty(_target: Node | Relationship, _key: string, _stored: PropertyValue | undefined): void {
    this.refuse();
  }

  addLabel(_node: Node, _label: string): boolean {
    return this.refuse();
  }

  removeLabel(_node: Node, _label: string): boolean {
    return this.refuse();
  }

  deleteRel(_key: string): boolean {
    return this.refuse();
  }

  deleteNode(_key: string): boolean {
    return this.refuse();
  }
}
