// Public face of the planner: a pattern planned from the AST and graph statistics, pure
// (the query compiled for one graph, following these plans, is ../plan.ts).

export { planPattern } from './pattern-plan.js';
export type { PatternPlan, PatternStep, NodeAccess } from './pattern-plan.js';
export type { GraphStatistics } from './statistics.js';
