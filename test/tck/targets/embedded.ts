// The embedded engine as a TCK target: a fresh graphology graph and a writable CypherEngine
// for every scenario; side effects are read straight from the graph.

import graphology from 'graphology';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { CypherEngine } from '../../../src/cypher/index.js';
import { storedValueKey, type GraphState } from '../lib/graph-state.js';
import type { ProcedureDefinition, TargetResult, TckTarget } from '../lib/target.js';

export class EmbeddedTarget implements TckTarget {
  readonly name = 'embedded';
  private graph!: PropertyGraph;
  private engine!: CypherEngine;

  private constructor(private readonly timeoutMs: number) {}

  static async create(options: { timeoutMs: number }): Promise<EmbeddedTarget> {
    const target = new EmbeddedTarget(options.timeoutMs);
    await target.reset();
    return target;
  }

  async reset(): Promise<void> {
    this.graph = new graphology.MultiDirectedGraph() as PropertyGraph;
    this.engine = new CypherEngine(this.graph, { readOnly: false, timeoutMs: this.timeoutMs });
  }

  async run(query: string, params: Record<string, CypherValue>): Promise<TargetResult> {
    return this.engine.run(query, params);
  }

  async close(): Promise<void> {}

  async state(): Promise<GraphState> {
    return graphState(this.graph);
  }

  async defineProcedure(procedure: ProcedureDefinition): Promise<void> {
    this.engine.registerProcedure(procedure);
  }
}

/** The TCK's observation of a graphology property graph. */
export function graphState(graph: PropertyGraph): GraphState {
  const state: GraphState = { nodes: [], relationships: [], labels: [], properties: [] };
  const labels = new Set<string>();
  graph.forEachNode((key, attrs) => {
    state.nodes.push(key);
    for (const label of attrs.labels ?? []) labels.add(label);
    for (const [k, v] of Object.entries(attrs.properties ?? {})) {
      if (v !== null && v !== undefined) state.properties.push(`n${key}\u0000${k}\u0000${storedValueKey(v)}`);
    }
  });
  graph.forEachEdge((key, attrs) => {
    state.relationships.push(key);
    for (const [k, v] of Object.entries(attrs.properties ?? {})) {
      if (v !== null && v !== undefined) state.properties.push(`r${key}\u0000${k}\u0000${storedValueKey(v)}`);
    }
  });
  state.labels = [...labels];
  return state;
}
