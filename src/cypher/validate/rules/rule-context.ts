// What a validation rule may ask of the scope pass (validate/analyze.ts) that runs it: an
// error at a node (with the query line and a caret), the static type of a constant
// expression, and the procedures' signatures. One rule per file beside this one.

import type { AstNode, Expression } from '../../ast/ast.js';
import type { CypherErrorDetail, CypherErrorType } from '../../../errors.js';
import type { ProcedureLookup } from '../procedure-signature.js';
import type { StaticType } from '../static-type.js';

export interface RuleContext {
  /** A compile-time error at `node` (type SyntaxError unless given). */
  error(node: { loc: AstNode['loc'] }, detail: CypherErrorDetail, message: string, type?: CypherErrorType): Error;
  /** The static type of an expression that may use no variable (checked as any expression is). */
  constantType(expression: Expression): StaticType;
  /** The procedures' signatures, when the caller gave them. */
  procedures: ProcedureLookup | undefined;
}
