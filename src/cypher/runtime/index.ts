// Public face of Cypher value semantics: equality, comparison and order, arithmetic, type
// conversion, and the conversions at the edges (JSON, stored graph properties).

export { cypherEquals, groupKey, intFloatEquals } from './equality.js';
export { cypherCompare, compareOp, orderCompare } from './comparison.js';
export { arithmetic, negate, checkInt, INT_MIN, INT_MAX } from './arithmetic.js';
export type { ArithmeticOp } from './arithmetic.js';
export { toInteger, toFloat, toBoolean, toCypherString, parseIntegerText } from './conversion.js';
export { fromJson, fromJsonText, toJson } from './json.js';
export { fromStored, toStored } from './stored.js';
export { formatFloat } from './format-float.js';
export { kindOf, typeName, orderRank } from './kind.js';
export type { ValueKind } from './kind.js';
export { runtimeTypeError, runtimeArgumentError, runtimeError } from '../errors.js';
