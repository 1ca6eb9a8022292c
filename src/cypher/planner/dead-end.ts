// Where a query part can give no row whatever the graph holds, and Neo4j 5.26 runs nothing
// before it (so an error a clause before it would meet, `% by zero` or a shortestPath between one
// node, never happens). Read off the server with the random differential test:
// - a `WITH … WHERE` that is false before any row exists (`WHERE false`, `WHERE NOT true`,
//   `WHERE 1 > 3.14159`): Neo4j pushes it down to the start, also past an ORDER BY, and below the
//   aggregations (the WITH's own or one before) that group by something that varies (grouping keys
//   that are all constant group like none, and no rows still make one row there);
// - a `LIMIT 0` without `SKIP`, which pulls no row, unless the rows must first be sorted after an
//   aggregation (`RETURN max(x) AS m ORDER BY m LIMIT 0` runs what feeds the aggregation).
// Past an earlier SKIP or LIMIT, an aggregation by no varying key, or anything that writes, there
// is no dead end.
// Pure: the AST in, a clause index out.

import type * as A from '../ast/ast.js';
import { containsAggregate } from '../ast/expressions.js';
import { isUpdating } from '../ast/updating.js';
import { variablesOf } from '../ast/variables.js';

/**
 * The index of the clause of `clauses` that passes on no row and before which nothing need run,
 * when nothing up to it writes; -1 otherwise. What follows it gets no rows.
 */
export function deadEnd(clauses: readonly A.Clause[]): number {
  let aggregatedBefore = false;
  for (const [at, clause] of clauses.entries()) {
    if (isUpdating(clause) || clause.kind === 'CallProcedure' || clause.kind === 'CallSubquery') break;
    if (clause.kind !== 'With' && clause.kind !== 'Return') continue;
    const aggregates = clause.items.some((i) => containsAggregate(i.expression));
    const sortsAggregated = clause.orderBy !== null && (aggregates || aggregatedBefore);
    const limitZero = clause.limit?.kind === 'IntegerLiteral' && clause.limit.value === 0n && clause.skip === null && !sortsAggregated;
    const groupsByVariable = clause.items.some((i) => !containsAggregate(i.expression) && variablesOf(i.expression).size > 0);
    const falseWhere = clause.kind === 'With' && clause.where !== null && constantTruth(clause.where) === false && (!aggregates || groupsByVariable);
    if (limitZero || falseWhere) return at;
    if (clause.skip !== null || clause.limit !== null || (aggregates && !groupsByVariable)) break;
    aggregatedBefore ||= aggregates;
  }
  return -1;
}

/**
 * The value of a predicate made of boolean literals, NOT / AND / OR / XOR and comparisons of
 * number literals, known before any row (Neo4j folds these); undefined for anything else.
 */
export function constantTruth(e: A.Expression): boolean | null | undefined {
  switch (e.kind) {
    case 'BooleanLiteral':
      return e.value;
    case 'NullLiteral':
      return null;
    case 'Unary': {
      if (e.operator !== 'NOT') return undefined;
      const v = constantTruth(e.operand);
      return v === undefined || v === null ? v : !v;
    }
    case 'Binary': {
      if (e.operator !== 'AND' && e.operator !== 'OR' && e.operator !== 'XOR') return undefined;
      const l = constantTruth(e.left);
      const r = constantTruth(e.right);
      if (l === undefined || r === undefined) return undefined;
      if (e.operator === 'AND') return l === false || r === false ? false : l === null || r === null ? null : true;
      if (e.operator === 'OR') return l === true || r === true ? true : l === null || r === null ? null : false;
      return l === null || r === null ? null : l !== r;
    }
    case 'Comparison': {
      const values = e.operands.map(numberLiteral);
      if (values.some((v) => v === undefined)) return undefined;
      let result = true;
      for (const [i, op] of e.operators.entries()) {
        const a = values[i]!;
        const b = values[i + 1]!;
        if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
        const holds = op === '=' ? a === b : op === '<>' ? a !== b : op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
        result &&= holds;
      }
      return result;
    }
    default:
      return undefined;
  }
}

/** A number literal's value (exact enough to compare: integer literals here are small in practice). */
function numberLiteral(e: A.Expression): number | undefined {
  if (e.kind === 'FloatLiteral') return e.value;
  if (e.kind === 'IntegerLiteral' && e.value <= BigInt(Number.MAX_SAFE_INTEGER) && e.value >= -BigInt(Number.MAX_SAFE_INTEGER)) return Number(e.value);
  return undefined;
}
