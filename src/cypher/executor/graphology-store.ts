// The engine's store over a graphology graph: live Node/Relationship handles, a label index and
// lazily built property-equality indexes, kept up to date by the engine's own writes.

import type { PropertyGraph, Properties, PropertyValue } from '../../graph/schema.js';
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

/** Nodes by the value of one property, among the nodes of one label ('' = all nodes). */
interface PropertyIndex {
  label: string;
  key: string;
  map: Map<string, Set<string>>;
}

function indexAdd(idx: PropertyIndex, node: string, stored: unknown): void {
  if (stored === undefined || stored === null) return;
  const gk = groupKey(fromStored(stored));
  let s = idx.map.get(gk);
  if (!s) idx.map.set(gk, (s = new Set()));
  s.add(node);
}

function indexRemove(idx: PropertyIndex, node: string, stored: unknown): void {
  if (stored === undefined || stored === null) return;
  const gk = groupKey(fromStored(stored));
  const s = idx.map.get(gk);
  if (!s) return;
  s.delete(node);
  if (s.size === 0) idx.map.delete(gk);
}

/**
 * Node and Relationship objects made here hold the graph's own `labels` array and `properties`
 * object (live, in stored form); results are snapshotted before they leave the engine.
 */
export class GraphologyStore implements GraphStore {
  readonly writable = true;
  private labelIndex: Map<string, Set<string>> | null = null;
  private typeIndex: Map<string, Map<string, EdgeRecord>> | null = null;
  private propIndex = new Map<string, PropertyIndex>();
  /** Built per node on first use; a write drops the entries of the nodes it touches. */
  private adjacencies = new Map<string, NodeAdjacency>();
  /** Node lists for scans, by label set ('' = all nodes); dropped when a node or label changes. */
  private scans = new Map<string, NodeEntry[]>();
  private ids = new Map<string, bigint>();
  private nextNumericId = 0n;
  private nextKey = 0;
  private writing = false;
  readonly deletedNodes = new Set<string>();
  readonly deletedRels = new Set<string>();
  /** Procedures callable with CALL, by qualified name. */
  readonly procedures = new Map<string, ProcedureTable>();
  private deletedNodeObjects = new Map<string, Node>();
  /**
   * Labels in the order this store first met them, as Neo4j's label-token ids: Neo4j lists a
   * node's labels by token id, whatever order they were written in, and a token outlives the
   * nodes that had it (`CREATE (:B) … CREATE (n:A:B)` gives labels(n) = ['B', 'A']).
   */
  private labelTokens = new Map<string, number>();

  constructor(readonly graph: PropertyGraph) {
    const dirty = (): void => {
      if (!this.writing) this.invalidate();
    };
    for (const ev of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'nodeAttributesUpdated', 'edgesCleared'])
      graph.on(ev as 'nodeAdded', dirty);
  }

  invalidate(): void {
    this.labelIndex = null;
    this.typeIndex = null;
    this.propIndex.clear();
    this.adjacencies.clear();
    this.scans.clear();
  }

  /**
   * The nodes having one of `labels` (every node for []), each once, with their attributes: what a
   * scan walks, without a graph lookup per node. The list is replaced after a change, never
   * changed in place.
   */
  nodeEntries(labels: readonly string[]): readonly NodeEntry[] {
    const k = labels.join('\u0000');
    let list = this.scans.get(k);
    if (list) return list;
    list = [];
    const out = list;
    const g = this.graph;
    if (labels.length === 0) g.forEachNode((key, attrs) => void out.push({ key, attrs }));
    else if (labels.length === 1) for (const key of this.nodesWithLabel(labels[0]!)) out.push({ key, attrs: g.getNodeAttributes(key) });
    else {
      const seen = new Set<string>();
      for (const l of labels)
        for (const key of this.nodesWithLabel(l))
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ key, attrs: g.getNodeAttributes(key) });
          }
    }
    this.scans.set(k, list);
    return list;
  }

  /**
   * A node's relationships by direction and type. Lists are replaced, never changed in place,
   * so a walk over one is not disturbed by a write.
   */
  adjacency(node: string): NodeAdjacency {
    const cached = this.adjacencies.get(node);
    if (cached) return cached;
    const g = this.graph;
    const adj = emptyAdjacency();
    // One record per relationship, shared with the type index and the other end's adjacency.
    const types = this.ensureTypeIndex();
    const recordOf: (...edge: Parameters<RelationshipVisitor>) => EdgeRecord = (key, attrs, source, target, sourceAttrs, targetAttrs) =>
      types.get(attrs.type)?.get(key) ?? { key, attrs, source, target, sourceAttrs, targetAttrs };
    g.forEachOutEdge(node, (key, attrs, source, target, sourceAttrs, targetAttrs) => {
      addOutgoing(adj, attrs.type, recordOf(key, attrs, source, target, sourceAttrs, targetAttrs), source === target);
    });
    g.forEachInEdge(node, (key, attrs, source, target, sourceAttrs, targetAttrs) => {
      addIncoming(adj, attrs.type, recordOf(key, attrs, source, target, sourceAttrs, targetAttrs));
    });
    this.adjacencies.set(node, adj);
    return adj;
  }

  /** A node's relationships of one type (empty lists when it has none). */
  typedAdjacency(node: string, type: string): TypedAdjacency {
    return this.adjacency(node).byType.get(type) ?? NO_EDGES;
  }

  /**
   * How many relationships of the given types (any type for an empty list) a node has in a
   * direction; a self-loop counts once for 'both', as an undirected pattern matches it once.
   */
  degree(node: string, dir: 'out' | 'in' | 'both', types: readonly string[]): number {
    const adj = this.adjacency(node);
    if (types.length === 0) return dir === 'out' ? adj.out.length : dir === 'in' ? adj.in.length : adj.out.length + adj.in.length - adj.loops;
    let n = 0;
    for (const type of types) {
      const t = adj.byType.get(type);
      if (t) n += dir === 'out' ? t.out.length : dir === 'in' ? t.in.length : t.out.length + t.in.length - t.loops;
    }
    return n;
  }

  node(key: string): Node {
    if (this.deletedNodeObjects.size > 0 && !this.graph.hasNode(key)) {
      const gone = this.deletedNodeObjects.get(key);
      if (gone) return gone;
    }
    const a = this.graph.getNodeAttributes(key);
    return new Node(key, a.labels, a.properties as never);
  }

  rel(key: string): Relationship {
    const g = this.graph;
    const a = g.getEdgeAttributes(key);
    return new Relationship(key, a.type, g.source(key), g.target(key), a.properties as never);
  }

  hasNode(key: string): boolean {
    return this.graph.hasNode(key);
  }

  allNodeKeys(): string[] {
    return this.graph.nodes();
  }

  nodeEntry(key: string): NodeEntry {
    return { key, attrs: this.graph.getNodeAttributes(key) };
  }

  forEachRel(visit: RelationshipVisitor): void {
    this.graph.forEachEdge(visit);
  }

  relKeysOf(node: string): string[] {
    return this.graph.edges(node);
  }

  labelNames(): string[] {
    const labels: string[] = [];
    this.graph.forEachNode((_k, a) => void labels.push(...a.labels));
    return labels;
  }

  relTypeNames(): string[] {
    const types: string[] = [];
    this.graph.forEachEdge((_k, a) => void types.push(a.type));
    return types;
  }

  propertyKeyNames(): string[] {
    const keys: string[] = [];
    this.graph.forEachNode((_k, a) => void keys.push(...Object.keys(a.properties)));
    this.graph.forEachEdge((_k, a) => void keys.push(...Object.keys(a.properties)));
    return keys;
  }

  private ensureLabelIndex(): Map<string, Set<string>> {
    if (this.labelIndex) return this.labelIndex;
    const idx = new Map<string, Set<string>>();
    this.graph.forEachNode((key, a) => {
      for (const l of a.labels) {
        let s = idx.get(l);
        if (!s) idx.set(l, (s = new Set()));
        s.add(key);
      }
    });
    this.labelIndex = idx;
    return idx;
  }

  nodesWithLabel(label: string): Iterable<string> {
    return this.ensureLabelIndex().get(label) ?? [];
  }

  private ensureTypeIndex(): Map<string, Map<string, EdgeRecord>> {
    if (this.typeIndex) return this.typeIndex;
    const idx = new Map<string, Map<string, EdgeRecord>>();
    this.graph.forEachEdge((key, attrs, source, target, sourceAttrs, targetAttrs) => {
      let s = idx.get(attrs.type);
      if (!s) idx.set(attrs.type, (s = new Map()));
      s.set(key, { key, attrs, source, target, sourceAttrs, targetAttrs });
    });
    this.typeIndex = idx;
    return idx;
  }

  /** The relationships of a type, each with its endpoints (graph attribute objects, live). */
  relsWithType(type: string): Iterable<EdgeRecord> {
    return this.ensureTypeIndex().get(type)?.values() ?? [];
  }

  /**
   * Each type of `types` (every type for []) that has relationships, with how many and one of
   * them, in the index's order (the order types are first met in the graph).
   */
  relTypeCounts(types: readonly string[]): [type: string, count: number, sample: EdgeRecord][] {
    const idx = this.ensureTypeIndex();
    const out: [string, number, EdgeRecord][] = [];
    for (const type of types.length > 0 ? types : idx.keys()) {
      const rels = idx.get(type);
      if (!rels || rels.size === 0) continue;
      out.push([type, rels.size, rels.values().next().value!]);
    }
    return out;
  }

  /** Nodes in the graph (planner statistics). */
  get nodeCount(): number {
    return this.graph.order;
  }

  /** Relationships in the graph (planner statistics). */
  get relationshipCount(): number {
    return this.graph.size;
  }

  relTypeCount(type: string): number {
    return this.ensureTypeIndex().get(type)?.size ?? 0;
  }

  /** Each label that has nodes, with how many and one of them, in the index's order (first met in the graph). */
  labelCounts(): [label: string, count: number, sample: string][] {
    const out: [string, number, string][] = [];
    for (const [label, nodes] of this.ensureLabelIndex()) if (nodes.size > 0) out.push([label, nodes.size, nodes.values().next().value!]);
    return out;
  }

  labelCount(label: string): number {
    return this.ensureLabelIndex().get(label)?.size ?? 0;
  }

  /** Node keys whose `key` property equals `value` among nodes labelled `label` (any node for null). */
  nodesWithProperty(label: string | null, key: string, value: CypherValue): Iterable<string> {
    const ik = (label ?? '') + '\u0000' + key;
    let idx = this.propIndex.get(ik);
    if (!idx) {
      idx = { label: label ?? '', key, map: new Map() };
      for (const nk of label === null ? this.graph.nodes() : this.nodesWithLabel(label)) indexAdd(idx, nk, this.graph.getNodeAttribute(nk, 'properties')[key]);
      this.propIndex.set(ik, idx);
    }
    return idx.map.get(groupKey(value)) ?? [];
  }

  /**
   * The INTEGER `id()` gives: the key itself for the engine's numeric keys, otherwise 10^9 plus
   * the element's position in the graph (insertion order), so ids are the same on every run.
   */
  numericId(kind: 'node' | 'rel', key: string): bigint {
    const k = kind + ':' + key;
    let id = this.ids.get(k);
    if (id === undefined) {
      if (/^\d+$/.test(key)) id = BigInt(key);
      else {
        if (this.nextNumericId === 0n) {
          // First use: number every element in insertion order.
          let n = 0n;
          this.graph.forEachNode((nk) => void (/^\d+$/.test(nk) || this.ids.set('node:' + nk, 1_000_000_000n + n++)));
          let r = 0n;
          this.graph.forEachEdge((ek) => void (/^\d+$/.test(ek) || this.ids.set('rel:' + ek, 1_000_000_000n + r++)));
          this.nextNumericId = (n > r ? n : r) + 1n;
          id = this.ids.get(k);
        }
        if (id === undefined) id = 1_000_000_000n + this.nextNumericId++;
      }
      this.ids.set(k, id);
    }
    return id;
  }

  // ---- writes (the engine's own; indexes updated in place)

  createNode(labels: string[], properties: Properties): Node {
    let key: string;
    const id = properties.id;
    if (typeof id === 'string' && !this.graph.hasNode(id) && !this.deletedNodes.has(id)) key = id;
    else {
      do key = String(this.nextKey++);
      while (this.graph.hasNode(key) || this.deletedNodes.has(key));
    }
    this.writing = true;
    try {
      this.graph.addNode(key, { labels: this.inTokenOrder(labels), properties });
    } finally {
      this.writing = false;
    }
    if (this.labelIndex) for (const l of labels) this.addToLabel(l, key);
    this.scans.clear();
    for (const idx of this.indexesFor(labels)) indexAdd(idx, key, properties[idx.key]);
    return this.node(key);
  }

  createRel(type: string, start: string, end: string, properties: Properties): Relationship {
    let key = `${type}:${start}->${end}`;
    if (this.graph.hasEdge(key) || this.deletedRels.has(key)) {
      let i = 1;
      while (this.graph.hasEdge(`${key}#${i}`) || this.deletedRels.has(`${key}#${i}`)) i++;
      key = `${key}#${i}`;
    }
    this.writing = true;
    try {
      this.graph.addDirectedEdgeWithKey(key, start, end, { type, properties });
    } finally {
      this.writing = false;
    }
    this.adjacencies.delete(start);
    this.adjacencies.delete(end);
    if (this.typeIndex) {
      let s = this.typeIndex.get(type);
      if (!s) this.typeIndex.set(type, (s = new Map()));
      const g = this.graph;
      s.set(key, {
        key,
        attrs: g.getEdgeAttributes(key),
        source: start,
        target: end,
        sourceAttrs: g.getNodeAttributes(start),
        targetAttrs: g.getNodeAttributes(end),
      });
    }
    return this.rel(key);
  }

  /** `labels` sorted by label token, new labels getting the next tokens in the order given. */
  private inTokenOrder(labels: readonly string[]): string[] {
    const tokens = this.labelTokens;
    for (const l of labels) if (!tokens.has(l)) tokens.set(l, tokens.size);
    return [...labels].sort((a, b) => tokens.get(a)! - tokens.get(b)!);
  }

  private addToLabel(l: string, key: string): void {
    const idx = this.labelIndex!;
    let s = idx.get(l);
    if (!s) idx.set(l, (s = new Set()));
    s.add(key);
  }

  /** The property indexes covering a node with these labels ('' indexes cover every node). */
  private indexesFor(labels: readonly string[], key?: string): PropertyIndex[] {
    const out: PropertyIndex[] = [];
    if (this.propIndex.size === 0) return out;
    for (const idx of this.propIndex.values()) if ((idx.label === '' || labels.includes(idx.label)) && (key === undefined || idx.key === key)) out.push(idx);
    return out;
  }

  /** Set (or, with undefined, remove) a stored property, keeping the property indexes current. */
  writeProperty(target: Node | Relationship, key: string, stored: PropertyValue | undefined): void {
    const props = target.properties as unknown as Properties;
    const old = props[key];
    if (stored === undefined) delete props[key];
    else props[key] = stored;
    if (target instanceof Node)
      for (const idx of this.indexesFor(target.labels, key)) {
        indexRemove(idx, target.id, old);
        indexAdd(idx, target.id, stored);
      }
  }

  addLabel(node: Node, label: string): boolean {
    if (node.labels.includes(label)) return false;
    const labels = node.labels as string[];
    labels.push(label);
    labels.splice(0, labels.length, ...this.inTokenOrder(labels));
    if (this.labelIndex) this.addToLabel(label, node.id);
    this.scans.clear();
    for (const idx of this.propIndex.values()) if (idx.label === label) indexAdd(idx, node.id, node.properties[idx.key]);
    return true;
  }

  removeLabel(node: Node, label: string): boolean {
    const i = node.labels.indexOf(label);
    if (i < 0) return false;
    (node.labels as string[]).splice(i, 1);
    this.labelIndex?.get(label)?.delete(node.id);
    this.scans.clear();
    for (const idx of this.propIndex.values()) if (idx.label === label) indexRemove(idx, node.id, node.properties[idx.key]);
    return true;
  }

  deleteRel(key: string): boolean {
    if (!this.graph.hasEdge(key)) return false;
    this.typeIndex?.get(this.graph.getEdgeAttribute(key, 'type'))?.delete(key);
    this.adjacencies.delete(this.graph.source(key));
    this.adjacencies.delete(this.graph.target(key));
    this.writing = true;
    try {
      this.graph.dropEdge(key);
    } finally {
      this.writing = false;
    }
    this.deletedRels.add(key);
    return true;
  }

  deleteNode(key: string): boolean {
    if (!this.graph.hasNode(key)) return false;
    const labels = this.graph.getNodeAttribute(key, 'labels');
    const props = this.graph.getNodeAttribute(key, 'properties');
    for (const idx of this.indexesFor(labels)) indexRemove(idx, key, props[idx.key]);
    // Dropping a node drops its relationships too.
    if (this.typeIndex) for (const e of this.graph.edges(key)) this.typeIndex.get(this.graph.getEdgeAttribute(e, 'type'))?.delete(e);
    this.graph.forEachNeighbor(key, (neighbour) => void this.adjacencies.delete(neighbour));
    this.adjacencies.delete(key);
    this.deletedNodeObjects.set(key, this.node(key));
    this.writing = true;
    try {
      this.graph.dropNode(key);
    } finally {
      this.writing = false;
    }
    if (this.labelIndex) for (const l of labels) this.labelIndex.get(l)?.delete(key);
    this.scans.clear();
    this.deletedNodes.add(key);
    return true;
  }
}
