// Public face of the planner: a pattern planned from the AST and graph statistics, pure
// (the query compiled for one graph, following these plans, is ../plan.ts).

export { planPattern } from './pattern-plan.js';
export type { PatternPlan, PatternStep, NodeAccess, DegreeLookup } from './pattern-plan.js';
export { countedLabels, countedRelationships } from './count-store.js';
export type { CountedLabels, CountedRelationships } from './count-store.js';
export { deadEnd } from './dead-end.js';
export { RecordedStatistics } from './statistics.js';
export type { GraphStatistics } from './statistics.js';
