// `CALL { … } IN TRANSACTIONS`: not inside another subquery; the batch size a positive
// INTEGER and the concurrency an INTEGER. Without transactions to roll back, the embedded
// engine runs every batch to the end or fails as a whole (ON ERROR FAIL, Neo4j's default);
// CONTINUE, BREAK, RETRY and REPORT STATUS need a batch undone, so they are refused.

import type { InTransactions } from '../../ast/ast.js';
import { describeType, mayBe } from '../static-type.js';
import type { RuleContext } from './rule-context.js';

export function checkInTransactions(rules: RuleContext, t: InTransactions, nested: boolean): void {
  if (nested) {
    throw rules.error(t, 'InvalidClauseComposition', 'CALL { ... } IN TRANSACTIONS nested in a subquery is not supported');
  }
  if (t.concurrency) {
    const type = rules.constantType(t.concurrency);
    if (!mayBe(type, 'Integer'))
      throw rules.error(t.concurrency, 'InvalidArgumentType', `Type mismatch: the concurrency must be an Integer but was ${describeType(type)}`);
  }
  if (t.batchSize?.kind === 'IntegerLiteral' && t.batchSize.value < 1n) {
    throw rules.error(t.batchSize, 'InvalidArgumentValue', `Invalid input. '${t.batchSize.value}' is not a valid value. Must be a positive integer.`);
  }
  if (t.batchSize) {
    const type = rules.constantType(t.batchSize);
    if (!mayBe(type, 'Integer'))
      throw rules.error(t.batchSize, 'InvalidArgumentType', `Type mismatch: the batch size must be an Integer but was ${describeType(type)}`);
  }
  const unsupported = t.reportStatus ?? (t.onError && t.onError !== 'FAIL' ? t : null);
  if (unsupported) {
    throw rules.error(
      unsupported,
      'UnsupportedFeature',
      'ON ERROR CONTINUE / BREAK / RETRY and REPORT STATUS need a batch rolled back, which the embedded engine cannot do; use ON ERROR FAIL',
      'NotSupported',
    );
  }
}
