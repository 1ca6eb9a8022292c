// Public face of the embedded Cypher engine: the engine, its phases, result formatting and
// value conversion. Phases: parse -> validate -> plan(ast, graph) -> execute(plan, graph, params);
// planQuery(ast, statistics?) is the planner's part of plan, without a graph (describeQuery prints it).

export { CypherEngine } from './engine.js';
export type { CypherEngineOptions } from './engine.js';
export { parse } from './parser/index.js';
export { validate, checkReadOnly } from './validate/index.js';
export { plan } from './plan.js';
export type { Plan } from './plan.js';
export { planQuery, planMatch, planPattern, ASSUMED_STATISTICS } from './planner/index.js';
export type { QueryPlan, Operator, RowHandling, MatchPlan, PatternPlan, PatternStep, NodeAccess, GraphStatistics } from './planner/index.js';
export { execute, ColumnarStore, GraphologyStore, isGraphStore } from './executor/index.js';
export type { GraphSource, GraphStore } from './executor/index.js';
export { DEFAULT_MAX_MEMORY_BYTES } from './executor/memory-budget.js';
export type { QueryResult, ExecuteOptions, QueryStatistics, ProcedureTable } from './executor/index.js';
export { formatResult, valueText } from './format.js';
export { planLines, describeQuery, describePattern } from './plan-description.js';
export type { PlanOperator } from './plan-description.js';
export type { ResultFormat } from './format.js';
export { fromJson, fromJsonText, toJson, cypherEquals, cypherCompare, orderCompare } from './runtime/index.js';
export { Node, Relationship, Path, TemporalValue, isCypherMap } from './values.js';
export type { CypherValue, CypherMap } from './values.js';
