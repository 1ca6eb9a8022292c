// Public face of the planner: a parsed query compiled for one graph.

export { plan, storeFor, isUpdating } from './plan.js';
export type { Plan } from './plan.js';
