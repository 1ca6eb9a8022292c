// Public face of the planner: a pattern planned from the AST and graph statistics (pattern-plan.ts),
// and a validated query compiled for one graph (plan.ts).

export { plan, storeFor } from './plan.js';
export { isUpdating } from '../ast/updating.js';
export type { Plan } from './plan.js';
export { planPattern } from './pattern-plan.js';
export type { PatternPlan, PatternStep, NodeAccess } from './pattern-plan.js';
export type { GraphStatistics } from './statistics.js';
