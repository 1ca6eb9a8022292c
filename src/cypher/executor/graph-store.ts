// The engine's view of a graph, as the executor reads and writes it: live Node/Relationship
// handles, a label index, relationships by type and per node, property-equality lookups. Two
// stores implement it: `GraphologyStore` over a graphology graph (read and write), and
// `ColumnarStore` over a snapshot's compact columns (read-only, opened without building a graph).

import type { EdgeAttributes, NodeAttributes, PropertyGraph, Properties, PropertyValue } from '../../graph/schema.js';
import type { Node, Relationship, CypherValue } from '../values.js';
import type { ProcedureTable } from './procedures.js';

/** A relationship with its endpoints, as the relationship-type index keeps it. */
export interface EdgeRecord {
  key: string;
  attrs: EdgeAttributes;
  source: string;
  target: string;
  sourceAttrs: NodeAttributes;
  targetAttrs: NodeAttributes;
}

/** One node's relationships of one type, by direction; a self-loop is in both lists. */
export interface TypedAdjacency {
  out: EdgeRecord[];
  in: EdgeRecord[];
  /** Self-loops of this type (counted once by an undirected pattern). */
  loops: number;
}

/**
 * One node's relationships, all and by type, each list in the graph's own iteration order
 * (what a hop walks instead of asking the graph and filtering every edge by type).
 */
export interface NodeAdjacency {
  out: EdgeRecord[];
  in: EdgeRecord[];
  loops: number;
  byType: Map<string, TypedAdjacency>;
}

/** A node's relationships of a type it has none of: shared, frozen. */
export const NO_EDGES: TypedAdjacency = Object.freeze({ out: [], in: [], loops: 0 }) as TypedAdjacency;

/** A node's adjacency before its relationships are added. */
export function emptyAdjacency(): NodeAdjacency {
  return { out: [], in: [], loops: 0, byType: new Map() };
}

/** The lists of one relationship type in `adj`, made on first use. */
function typedAdjacency(adj: NodeAdjacency, type: string): TypedAdjacency {
  let t = adj.byType.get(type);
  if (!t) adj.byType.set(type, (t = { out: [], in: [], loops: 0 }));
  return t;
}

/**
 * Adds a relationship that leaves the node to its adjacency, among all and among its type's;
 * a self-loop is counted as one (it is added to the `in` lists too, by `addIncoming`).
 */
export function addOutgoing(adj: NodeAdjacency, type: string, rec: EdgeRecord, selfLoop: boolean): void {
  adj.out.push(rec);
  const t = typedAdjacency(adj, type);
  t.out.push(rec);
  if (selfLoop) {
    adj.loops++;
    t.loops++;
  }
}

/** Adds a relationship that enters the node to its adjacency, among all and among its type's. */
export function addIncoming(adj: NodeAdjacency, type: string, rec: EdgeRecord): void {
  adj.in.push(rec);
  typedAdjacency(adj, type).in.push(rec);
}

/** A node with its attributes (the store's own object, live), as a scan hands it out. */
export interface NodeEntry {
  key: string;
  attrs: NodeAttributes;
}

/** What a full relationship scan calls for each relationship (graphology's `forEachEdge` callback shape). */
export type RelationshipVisitor = (
  key: string,
  attrs: EdgeAttributes,
  source: string,
  target: string,
  sourceAttrs: NodeAttributes,
  targetAttrs: NodeAttributes,
) => void;

/**
 * Everything the executor asks of a graph. Iteration orders are part of the contract: a store
 * lists nodes, relationships and a node's adjacency in the order graphology gives for the graph
 * loaded from graph.json, so a query without ORDER BY returns its rows in the same order on
 * either store.
 */
export interface GraphStore {
  /** Procedures callable with CALL, by qualified name. */
  readonly procedures: Map<string, ProcedureTable>;
  readonly deletedNodes: ReadonlySet<string>;
  readonly deletedRels: ReadonlySet<string>;
  /** False for a store that refuses writes; the engine then runs read-only whatever it is asked. */
  readonly writable: boolean;

  /** Nodes in the graph (planner statistics). */
  readonly nodeCount: number;
  /** Relationships in the graph (planner statistics). */
  readonly relationshipCount: number;
  labelCount(label: string): number;
  relTypeCount(type: string): number;

  /** Drop every index (the graph changed from outside). */
  invalidate(): void;
  /** The nodes having one of `labels` (every node for []), each once, with their attributes. */
  nodeEntries(labels: readonly string[]): readonly NodeEntry[];
  /** One node with its attributes. */
  nodeEntry(key: string): NodeEntry;
  /** A node's relationships by direction and type; lists are replaced, never changed in place. */
  adjacency(node: string): NodeAdjacency;
  /** A node's relationships of one type (empty lists when it has none). */
  typedAdjacency(node: string, type: string): TypedAdjacency;
  /**
   * How many relationships of the given types (any type for an empty list) a node has in a
   * direction; a self-loop counts once for 'both', as an undirected pattern matches it once.
   */
  degree(node: string, dir: 'out' | 'in' | 'both', types: readonly string[]): number;
  node(key: string): Node;
  rel(key: string): Relationship;
  hasNode(key: string): boolean;
  nodesWithLabel(label: string): Iterable<string>;
  /** The relationships of a type, each with its endpoints. */
  relsWithType(type: string): Iterable<EdgeRecord>;
  /** Every relationship, in the graph's order. */
  forEachRel(visit: RelationshipVisitor): void;
  /** The keys of every relationship at a node (out, then in). */
  relKeysOf(node: string): string[];
  /**
   * Each type of `types` (every type for []) that has relationships, with how many and one of
   * them, in the order types are first met in the graph.
   */
  relTypeCounts(types: readonly string[]): [type: string, count: number, sample: EdgeRecord][];
  /** Each label that has nodes, with how many and one of them, in the order first met in the graph. */
  labelCounts(): [label: string, count: number, sample: string][];
  /** Labels, relationship types and property keys in use (repeats allowed), for the db.* procedures. */
  labelNames(): Iterable<string>;
  relTypeNames(): Iterable<string>;
  propertyKeyNames(): Iterable<string>;
  /** Node keys whose `key` property equals `value` among nodes labelled `label` (any node for null). */
  nodesWithProperty(label: string | null, key: string, value: CypherValue): Iterable<string>;
  /** The INTEGER `id()` gives an element. */
  numericId(kind: 'node' | 'rel', key: string): bigint;

  createNode(labels: string[], properties: Properties): Node;
  createRel(type: string, start: string, end: string, properties: Properties): Relationship;
  writeProperty(target: Node | Relationship, key: string, stored: PropertyValue | undefined): void;
  addLabel(node: Node, label: string): boolean;
  removeLabel(node: Node, label: string): boolean;
  deleteRel(key: string): boolean;
  deleteNode(key: string): boolean;
}

/** What an engine runs over: a graphology graph (the engine makes its store), or a store itself. */
export type GraphSource = PropertyGraph | GraphStore;

/** Whether a source is a store already (a graphology graph has no `relTypeCounts`; it has a `nodeEntries` of its own). */
export function isGraphStore(source: GraphSource): source is GraphStore {
  return typeof (source as Partial<GraphStore>).relTypeCounts === 'function';
}
