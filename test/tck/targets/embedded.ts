// The embedded engine as a TCK target: a fresh graphology graph and a writable CypherEngine
// for every scenario; side effects are read straight from the graph.

import graphology from 'graphology';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { storedValueKey, type GraphState } from '../lib/graph-state.js';
import type { ProcedureDefinition, TargetResult, TckTarget } from '../lib/target.js';

/** The slice of the contract's CypherEngine this target drives. */
interface EngineLike {
  run(query: string, params?: Record<string, CypherValue>): TargetResult;
  registerProcedure?: (procedure: ProcedureDefinition) => void;
}
type EngineConstructor = new (graph: PropertyGraph, options: { readOnly?: boolean; timeoutMs?: number }) => EngineLike;

// Loaded lazily so the runner (and its tests) build while the engine is still being written.
const ENGINE_MODULE = '../../../src/cypher/index.js';

export class EmbeddedTarget implements TckTarget {
  readonly name = 'embedded';
  private graph!: PropertyGraph;
  private engine!: EngineLike;

  private constructor(
    private readonly Engine: EngineConstructor,
    private readonly timeoutMs: number,
  ) {}

  static async create(options: { timeoutMs: number }): Promise<EmbeddedTarget> {
    const module = (await import(ENGINE_MODULE)) as { CypherEngine?: EngineConstructor };
    if (!module.CypherEngine) throw new Error(`${ENGINE_MODULE} does not export CypherEngine`);
    const target = new EmbeddedTarget(module.CypherEngine, options.timeoutMs);
    await target.reset();
    return target;
  }

  async reset(): Promise<void> {
    this.graph = new graphology.MultiDirectedGraph() as PropertyGraph;
    this.engine = new this.Engine(this.graph, { readOnly: false, timeoutMs: this.timeoutMs });
  }

  async run(query: string, params: Record<string, CypherValue>): Promise<TargetResult> {
    return this.engine.run(query, params);
  }

  async close(): Promise<void> {}

  async state(): Promise<GraphState> {
    return graphState(this.graph);
  }

  async defineProcedure(procedure: ProcedureDefinition): Promise<void> {
    if (!this.engine.registerProcedure) throw new Error('CypherEngine has no registerProcedure');
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
