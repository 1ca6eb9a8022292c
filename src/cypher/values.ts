// The values a Cypher query computes and returns, as JavaScript values.
//
// INTEGER is a `bigint` (64-bit semantics, overflow is an error) and FLOAT a `number`, so the
// two never blur; STRING, BOOLEAN and NULL are themselves; LIST is an array; MAP is a plain
// object; nodes, relationships, paths and temporal values are class instances. Every part that
// reads results (CLI output, TCK runner, API, Neo4j parity) goes through these types.

/** A node as a query result: a snapshot of its identity, labels and properties. */
export class Node {
  constructor(
    /** The graphology key of the node (its `id` property for pipeline nodes). */
    readonly id: string,
    readonly labels: string[],
    readonly properties: CypherMap,
  ) {}
}

/** A relationship as a query result. `start` and `end` are node ids. */
export class Relationship {
  constructor(
    readonly id: string,
    readonly type: string,
    readonly start: string,
    readonly end: string,
    readonly properties: CypherMap,
  ) {}
}

/**
 * A path: `nodes.length === relationships.length + 1`; relationship i joins nodes i and i+1,
 * in either direction (its own `start`/`end` say which).
 */
export class Path {
  constructor(
    readonly nodes: Node[],
    readonly relationships: Relationship[],
  ) {}
}

/** The six temporal kinds of Cypher; the temporal module subclasses this. */
export type TemporalKind = 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime' | 'Duration';

const TEMPORAL_KINDS: ReadonlySet<string> = new Set<TemporalKind>(['Date', 'LocalTime', 'Time', 'LocalDateTime', 'DateTime', 'Duration']);

/** Whether a value (a kind read back from a snapshot) names one of the six temporal kinds. */
export function isTemporalKind(value: unknown): value is TemporalKind {
  return typeof value === 'string' && TEMPORAL_KINDS.has(value);
}

/** Base of every temporal value (`date()`, `duration()`, …); see `src/cypher/temporal`. */
export abstract class TemporalValue {
  abstract readonly kind: TemporalKind;
  /** The Cypher/ISO string form, as `toString()` in Cypher prints it. */
  abstract toString(): string;

  /**
   * A canonical form for DISTINCT and grouping: equal values give equal keys. The string form,
   * unless a kind (durations, zoned times) can print equal values differently.
   */
  equalityKey(): string {
    return this.toString();
  }

  /**
   * The stored form in snapshot JSON: the kind and the string form, which
   * `temporalFromString` reads back (see `fromStored` in runtime/stored.ts).
   */
  toJSON(): { $temporal: TemporalKind; value: string } {
    return { $temporal: this.kind, value: this.toString() };
  }
}

export interface CypherMap {
  [key: string]: CypherValue;
}

export type CypherValue = null | boolean | bigint | number | string | CypherValue[] | CypherMap | Node | Relationship | Path | TemporalValue;

/** True for a plain MAP value (not a node, relationship, path, list or temporal value). */
export function isCypherMap(value: unknown): value is CypherMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
