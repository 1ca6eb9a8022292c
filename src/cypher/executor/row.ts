// Rows, the variable-to-value records passed between clauses: made by one constructor of their
// own, so that rows of one shape share a V8 hidden class.

import type { CypherValue } from '../values.js';
import type { Row } from './context.js';

/**
 * Why not `{}` and `{ ...row }`: graphology keeps each node's adjacency in plain objects keyed by
 * neighbour ids, which fills the transition table of V8's root map for plain objects. After that,
 * a plain object whose first key was not seen before gets a hidden class of its own, so every row
 * was unique: property reads went megamorphic and a copy cost microseconds. Objects made by
 * `new RowRecord()` start from a map no other code adds keys to.
 */
class RowRecord {}

export function emptyRow(): Row {
  return new RowRecord() as Row;
}

/** A copy of a row (the values are shared, not copied). */
export function copyRow(row: Row): Row {
  return Object.assign(new RowRecord(), row) as Row;
}

/**
 * Unbind a variable, as a match backs out of a binding: the key stays, undefined, so the row
 * keeps its hidden class (a delete would give it a new one).
 */
export function unbind(row: Row, name: string): void {
  const open: Record<string, CypherValue | undefined> = row;
  open[name] = undefined;
}

/** A copy of a row with one variable set. */
export function rowWith(row: Row, name: string, value: CypherValue): Row {
  const out = Object.assign(new RowRecord(), row) as Row;
  out[name] = value;
  return out;
}

/** A copy of a row with every variable of `extra` set over it. */
export function mergedRow(row: Row, extra: Row): Row {
  return Object.assign(new RowRecord(), row, extra) as Row;
}
