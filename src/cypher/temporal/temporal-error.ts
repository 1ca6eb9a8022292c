// The errors temporal functions raise, named as the openCypher TCK names them.
// Bad values (an unparsable string, a month 13) are ArgumentErrors; wrong types are TypeErrors.

import type { CypherError } from '../../errors.js';
import { runtimeArgumentError, runtimeError, runtimeTypeError } from '../errors.js';

/** A temporal argument with the right type but an impossible value. */
export function invalidTemporalValue(message: string): CypherError {
  return runtimeArgumentError('InvalidArgumentValue', message);
}

/** Text that is not a temporal value of the kind asked for; Neo4j reports these as SyntaxErrors. */
export function unparsableTemporal(message: string): CypherError {
  return runtimeError('SyntaxError', 'InvalidArgumentValue', message);
}

/** A duration divided by zero, as Neo4j's `/ by zero`. */
export function temporalDivisionByZero(): CypherError {
  return runtimeError('ArithmeticError', 'DivisionByZero', '/ by zero');
}

/** Temporal arithmetic whose result leaves the supported range (years ±999,999,999). */
export function temporalOverflow(message: string): CypherError {
  return runtimeError('ArithmeticError', 'InvalidArgumentValue', message);
}

/** A temporal function or operator given a value of the wrong type. */
export function invalidTemporalType(message: string): CypherError {
  return runtimeTypeError('InvalidArgumentType', message);
}
