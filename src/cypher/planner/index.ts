// Public face of the planner: a parsed query compiled for one graph.

export { plan, storeFor } from './plan.js';
export { isUpdating } from '../ast/updating.js';
export type { Plan } from './plan.js';
