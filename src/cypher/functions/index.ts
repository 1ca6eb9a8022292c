// Public face of the Cypher function library: scalar functions by lower-case name, and the
// aggregation accumulators.

export { scalarFunction } from './scalar.js';
export type { ScalarFunction, ScalarFunctionSpec, FunctionContext } from './scalar.js';
export { isAggregateName, makeAccumulator } from './aggregates.js';
export type { Accumulator } from './aggregates.js';
