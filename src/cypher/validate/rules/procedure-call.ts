// A CALL against the called procedure's signature (skipped when no signatures were given): the
// procedure exists, implicit arguments only in a standalone call, the number of arguments, and
// each YIELD field an output of the procedure.

import type { CallProcedureClause } from '../../ast/ast.js';
import type { RuleContext } from './rule-context.js';

export function checkProcedureCall(rules: RuleContext, clause: CallProcedureClause, standalone: boolean): void {
  if (!rules.procedures) return;
  const name = [...clause.namespace, clause.name].join('.');
  const signature = rules.procedures(name);
  if (!signature) throw rules.error(clause, 'ProcedureNotFound', `There is no procedure with the name \`${name}\``, 'ProcedureError');
  const inputs = signature.inputs.length;
  if (clause.arguments === null) {
    if (!standalone && inputs > 0) {
      throw rules.error(clause, 'InvalidArgumentPassingMode', 'Implicit arguments are only allowed in a standalone procedure call');
    }
  } else if (clause.arguments.length !== inputs) {
    throw rules.error(clause, 'InvalidNumberOfArguments', `Procedure ${name} takes ${inputs} argument(s), got ${clause.arguments.length}`);
  }
  for (const item of clause.yield ?? []) {
    if (!signature.outputs.some((output) => output.name === item.field)) {
      throw rules.error(item, 'UndefinedVariable', `Procedure ${name} has no output \`${item.field}\``);
    }
  }
}
