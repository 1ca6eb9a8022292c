// What the TCK runner needs from a Cypher engine: the contract's TckTarget (reset, run, close)
// plus a snapshot of the graph for side effects and, where the engine has one, test procedures.

import type { CypherValue } from '../../../src/cypher/values.js';
import type { GraphState } from './graph-state.js';

/** The part of the engine's QueryResult the runner reads. */
export interface TargetResult {
  columns: string[];
  rows: CypherValue[][];
}

/** A procedure a scenario declares (`And there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):`). */
export interface ProcedureDefinition {
  /** Qualified name, e.g. `test.my.proc`. */
  name: string;
  inputs: { name: string; type: string }[];
  outputs: { name: string; type: string }[];
  /** The table: each row gives input values then output values, in the header's order. */
  header: string[];
  rows: CypherValue[][];
}

export interface TckTarget {
  /** Empty the graph (and drop schema) so the next scenario starts from nothing. */
  reset(): Promise<void>;
  run(query: string, params: Record<string, CypherValue>): Promise<TargetResult>;
  close(): Promise<void>;
  /** Nodes, relationships, labels and properties now in the graph, as the TCK observes them. */
  state(): Promise<GraphState>;
  /** Register a test procedure; a target without it fails the scenarios that need one. */
  defineProcedure?(procedure: ProcedureDefinition): Promise<void>;
  /** Short name for reports: `embedded`, `neo4j`. */
  readonly name: string;
}
