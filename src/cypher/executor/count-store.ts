// The rows of a count-store plan (planner/count-store.ts): one row per type or label, weighted by
// its count from the type or label index.

import { Relationship } from '../values.js';
import type { ExecContext, Row } from './context.js';
import { copyRow } from './row.js';
import type { CountedLabels, CountedRelationships } from '../planner/count-store.js';

/** Hidden row key: how many rows this one row stands for, in a count-only aggregation. */
export const ROW_WEIGHT = ' weight';

/** One row per counted type: the input row, a relationship of that type, and the count as weight. */
export function countedRelationshipRows(spec: CountedRelationships, row: Row, ctx: ExecContext): Row[] {
  const out: Row[] = [];
  for (const [type, count, e] of ctx.store.relTypeCounts(spec.types)) {
    const r = copyRow(row);
    if (spec.name !== null) r[spec.name] = new Relationship(e.key, type, e.source, e.target, e.attrs.properties as never);
    r[ROW_WEIGHT] = count as never;
    out.push(r);
  }
  return out;
}

/** One row per label that has nodes: the input row, one node and the label, and its node count as weight. */
export function countedLabelRows(spec: CountedLabels, row: Row, ctx: ExecContext): Row[] {
  const out: Row[] = [];
  for (const [label, count, sample] of ctx.store.labelCounts()) {
    const r = copyRow(row);
    r[spec.node] = ctx.store.node(sample);
    r[spec.label] = label;
    r[ROW_WEIGHT] = count as never;
    out.push(r);
  }
  return out;
}
