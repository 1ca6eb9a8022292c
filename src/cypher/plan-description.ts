// The plan of a query as EXPLAIN and PROFILE hand it back in a result's summary, on both engines:
// a tree of operators (the root produces the results; each operator's children feed it), each
// with what it does and, after PROFILE, the rows it produced and the graph entries it touched.

export interface PlanOperator {
  /** The operator (`MATCH`, `WITH`, `RETURN`, `Union`, or Neo4j's `NodeByLabelScan`, …). */
  operator: string;
  /** What it does: pattern steps, the index it uses (one line each). */
  details: string[];
  /** PROFILE: rows the operator produced. */
  rows?: number;
  /**
   * PROFILE: graph entries the operator touched. The embedded engine counts each node,
   * relationship or index entry a loop steps over; Neo4j counts its store accesses.
   */
  dbHits?: number;
  children: PlanOperator[];
}

/**
 * A plan as text in the order it runs: the operators feeding one first, each operator's details
 * indented under it, PROFILE's counts beside it; the parts of a UNION one after the other.
 */
export function planLines(op: PlanOperator): string[] {
  if (op.operator === 'Union' || op.operator === 'Union All')
    return op.children.flatMap((c, i) => [...(i > 0 ? [op.operator.toUpperCase()] : []), ...planLines(c)]);
  const counts = op.rows === undefined ? '' : `  (rows ${op.rows}${op.dbHits === undefined ? '' : `, db hits ${op.dbHits}`})`;
  return [...op.children.flatMap(planLines), op.operator + counts, ...op.details.map((d) => `  ${d}`)];
}
