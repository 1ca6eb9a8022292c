// What the planner may know of a graph: counts, read only. The engine's GraphStore provides
// them; a test can give plain numbers, so a plan is made and printed without a graph. A plan
// keeps the counts it was made with (RecordedStatistics), so a cached plan is made again once
// the graph has grown or shrunk past them, as Neo4j replans when its statistics diverge.

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

/**
 * The counts a plan is made with when there are none (a plan printed without a graph): 10,000
 * nodes, 1,000 under any one label; 50,000 relationships, 20,000 of any one type. So a pattern
 * starts where its shape says (bound variable, property index, label, label union), and from a
 * relationship-type index only when it has no label to scan.
 */
export const ASSUMED_STATISTICS: GraphStatistics = {
  nodeCount: 10_000,
  relationshipCount: 50_000,
  labelCount: () => 1_000,
  relTypeCount: () => 20_000,
};

/** How far a count may move before a plan made with it is made again (Neo4j's default divergence is 0.75). */
export const DIVERGENCE = 2;

/** Statistics that remember each count the planner read, to tell later whether they still hold. */
export class RecordedStatistics implements GraphStatistics {
  private readonly seen = new Map<string, number>();

  constructor(private readonly base: GraphStatistics) {}

  private note(key: string, value: number): number {
    this.seen.set(key, value);
    return value;
  }

  get nodeCount(): number {
    return this.note('nodes', this.base.nodeCount);
  }

  get relationshipCount(): number {
    return this.note('relationships', this.base.relationshipCount);
  }

  labelCount(label: string): number {
    return this.note(`:${label}`, this.base.labelCount(label));
  }

  relTypeCount(type: string): number {
    return this.note(`-${type}`, this.base.relTypeCount(type));
  }

  /** True when some count read has moved by more than DIVERGENCE times (either way) in `now`. */
  diverged(now: GraphStatistics): boolean {
    for (const [key, then] of this.seen) {
      const value =
        key === 'nodes'
          ? now.nodeCount
          : key === 'relationships'
            ? now.relationshipCount
            : key[0] === ':'
              ? now.labelCount(key.slice(1))
              : now.relTypeCount(key.slice(1));
      if ((value + 1) / (then + 1) > DIVERGENCE || (then + 1) / (value + 1) > DIVERGENCE) return true;
    }
    return false;
  }
}
