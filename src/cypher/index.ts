// Public face of the embedded Cypher engine: the engine, its phases, result formatting and
// value conversion. See ../../notes on the contract between parser, runtime and temporal parts.

export { CypherEngine } from './engine.js';
export type { CypherEngineOptions } from './engine.js';
export { parse } from './parser/index.js';
export { plan } from './planner/plan.js';
export type { Plan } from './planner/plan.js';
export { execute } from './executor/execute.js';
export type { QueryResult, ExecuteOptions } from './executor/execute.js';
export type { QueryStatistics } from './executor/context.js';
export type { ProcedureTable } from './executor/procedures.js';
export { formatResult, valueText } from './format.js';
export type { ResultFormat } from './format.js';
export { fromJson, toJson } from './runtime/json.js';
export { cypherEquals } from './runtime/equality.js';
export { cypherCompare, orderCompare } from './runtime/comparison.js';
export { Node, Relationship, Path, TemporalValue, isCypherMap } from './values.js';
export type { CypherValue, CypherMap } from './values.js';
