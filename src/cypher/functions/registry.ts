// The functions a query can call, by lower-case full name: the scalar library and the temporal
// module's, put together once and handed to the expression compiler (CompileScope.functions),
// rather than installed into a global.

import type { CypherValue } from '../values.js';
import { temporalFunctions, type TemporalFunction } from '../temporal/index.js';
import { scalarFunction, type FunctionContext } from './scalar.js';

/** A callable function: its arguments evaluated, the query's context (clock, graph lookups). */
export type CypherFunction = (args: CypherValue[], ctx: FunctionContext) => CypherValue;

export interface FunctionRegistry {
  /** The function of this lower-case full name (`toupper`, `date.truncate`), if there is one. */
  get(name: string): CypherFunction | undefined;
}

/** The scalar functions and the given temporal ones (a scalar function wins a clash of names). */
export function functionRegistry(temporal: Readonly<Record<string, TemporalFunction>>): FunctionRegistry {
  return {
    get: (name) => scalarFunction(name)?.fn ?? (Object.hasOwn(temporal, name) ? temporal[name] : undefined),
  };
}

/** Every function the engine knows, built once. */
export const CYPHER_FUNCTIONS: FunctionRegistry = functionRegistry(temporalFunctions);
