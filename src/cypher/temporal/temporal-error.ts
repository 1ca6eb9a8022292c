// The errors temporal functions raise, named as the openCypher TCK names them.
// Bad values (an unparsable string, a month 13) are ArgumentErrors; wrong types are TypeErrors.

import { CypherError } from '../../errors.js';

/** A temporal argument with the right type but an impossible value. */
export function invalidTemporalValue(message: string): CypherError {
  return new CypherError('runtime', 'ArgumentError', 'InvalidArgumentValue', message);
}

/** A temporal function or operator given a value of the wrong type. */
export function invalidTemporalType(message: string): CypherError {
  return new CypherError('runtime', 'TypeError', 'InvalidArgumentType', message);
}
