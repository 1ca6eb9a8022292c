// Public face of Cypher validation: compile-time semantic errors, and the scoping facts
// (variables in scope after each clause, static types) the planner and executor may use.

export { validate } from './validate.js';
export { analyze } from './analyze.js';
export { columnName, containsAggregate, functionName, isAggregate, sameExpression } from '../ast/expressions.js';
export type { Analysis, Scope } from './analyze.js';
export type { StaticKind, StaticType } from './static-type.js';
export type { ProcedureLookup, ProcedureSignature } from './procedure-signature.js';
export { isUpdating, firstUpdatingClause, UPDATING_CLAUSES } from '../ast/updating.js';
export { checkReadOnly } from './read-only.js';
