// Labels and types CREATE and MERGE write: a conjunction of names and `$(…)` / `$all(…)`
// (`$any` names no definite label); a relationship one type, written or `$(…)`.

import type { LabelExpression } from '../../ast/ast.js';
import type { RuleContext } from './rule-context.js';

export function checkWritableLabels(rules: RuleContext, e: LabelExpression, what: 'labels' | 'types', clause: string): void {
  if (e.kind === 'LabelDynamic' && e.mode === 'any') {
    throw rules.error(e, 'InvalidArgumentValue', `Dynamic ${what} using \`$any()\` are not allowed in CREATE or MERGE`);
  }
  if (e.kind === 'LabelAnd' && what === 'labels') for (const o of e.operands) checkWritableLabels(rules, o, what, clause);
  else if (what === 'types' && e.kind !== 'LabelName' && e.kind !== 'LabelDynamic' && e.kind !== 'LabelOr') {
    // Neo4j's words for `:!R`, `:R&S`, `:%` (alternatives have a message of their own there).
    throw rules.error(
      e,
      'InvalidLabelExpression',
      `Relationship type expressions in patterns are not allowed in a ${clause} clause, but only in a MATCH clause`,
    );
  } else if (e.kind !== 'LabelName' && e.kind !== 'LabelDynamic') {
    throw rules.error(
      e,
      'InvalidLabelExpression',
      `Label expressions in patterns are not allowed in a ${clause} clause, but only in a MATCH clause and in expressions`,
    );
  }
}
