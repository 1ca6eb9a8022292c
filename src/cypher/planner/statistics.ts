// What the planner may know of a graph: counts, read only. The engine's GraphStore provides
// them; a test can give plain numbers, so a plan is made and printed without a graph.

/**
 * Graph statistics the planner costs a pattern with. There is no index catalogue: an equality
 * on any property of any label (or of any node) is served by an index built on first use, so
 * every such lookup counts as indexed.
 */
export interface GraphStatistics {
  /** Nodes in the graph. */
  readonly nodeCount: number;
  /** Relationships in the graph. */
  readonly relationshipCount: number;
  /** Nodes with this label. */
  labelCount(label: string): number;
  /** Relationships of this type. */
  relTypeCount(type: string): number;
}
