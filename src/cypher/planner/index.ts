// Public face of the planner: a whole query, or one pattern, planned from the AST and graph
// statistics, pure (no graph, no executor); the executor interprets the plans.

export { planQuery, TOP_K_AT_MOST } from './query-plan.js';
export type { QueryPlan, SingleQueryPlan, UnionPlan, Operator, RowHandling } from './query-plan.js';
export { planMatch, cappedAt } from './path-selection.js';
export type { MatchPlan, SelectedPatternPlan, SelectedPartPlan, SelectionStrategy } from './path-selection.js';
export { planPattern } from './pattern-plan.js';
export type { PatternPlan, PatternStep, ShortestStep, NodeAccess, DegreeLookup, QuantifiedPlan, RepetitionPlan } from './pattern-plan.js';
export { countedLabels, countedRelationships } from './count-store.js';
export type { CountedLabels, CountedRelationships } from './count-store.js';
export { deadEnd } from './dead-end.js';
export { foldConstants } from './fold-constants.js';
export { collectLimit } from './collect-limit.js';
export { RecordedStatistics, ASSUMED_STATISTICS } from './statistics.js';
export type { GraphStatistics } from './statistics.js';
