// Constructors for the runtime errors the executor and functions raise, named as the TCK names them.
// Keeping them here means every part raises the same phase/type/detail triple for the same fault.

import { CypherError } from '../../errors.js';

/** A runtime TypeError (`InvalidArgumentType`, `PropertyAccessOnNonMap`, …). */
export function runtimeTypeError(detail: string, message: string): CypherError {
  return new CypherError('runtime', 'TypeError', detail, message);
}

/** A runtime ArgumentError (`NumberOutOfRange`, `InvalidArgumentValue`, …). */
export function runtimeArgumentError(detail: string, message: string): CypherError {
  return new CypherError('runtime', 'ArgumentError', detail, message);
}

/** Any other runtime error, with the TCK type given explicitly. */
export function runtimeError(type: string, detail: string, message: string): CypherError {
  return new CypherError('runtime', type, detail, message);
}

/** A compile-time (semantic) error found while planning. */
export function compileError(type: string, detail: string, message: string): CypherError {
  return new CypherError('compile time', type, detail, message);
}
