// Public face of Cypher's temporal types: the six value classes and the functions, property
// access, comparison and arithmetic the runtime delegates to (see README.md beside this file).

export {
  CypherDate,
  CypherLocalTime,
  CypherTime,
  CypherLocalDateTime,
  CypherDateTime,
  CypherDuration,
  temporalToCypherString,
} from './temporal-values.js';
export { temporalFunctions, temporalFromString } from './functions.js';
export type { TemporalFunction } from './functions.js';
export { temporalProperty } from './properties.js';
export { compareTemporal, orderTemporal, temporalEquals } from './compare.js';
export { temporalArithmetic } from './arithmetic.js';
export type { Zone } from './zone.js';
