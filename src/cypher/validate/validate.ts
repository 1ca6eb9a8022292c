// The validate phase: the compile-time semantic checks the TCK expects, between parse and plan.
// A thin, throwing wrapper over analyze(), which also returns the scoping facts.

import type { Query } from '../ast/ast.js';
import { analyze } from './analyze.js';
import type { ProcedureLookup } from './procedure-signature.js';

/**
 * Throws the first compile-time CypherError in `query` (UndefinedVariable,
 * VariableAlreadyBound, VariableTypeConflict, InvalidAggregation, ...). Pass the query text as
 * `source` to get the offending line with a caret in the message, and the known procedures as
 * `procedures` to check CALLs against their signatures.
 *
 * @example
 * validate(parse('MATCH (n) RETURN m'));  // throws CypherError … UndefinedVariable
 */
export function validate(query: Query, source?: string, procedures?: ProcedureLookup): void {
  analyze(query, source, procedures);
}
