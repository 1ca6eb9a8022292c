// What a clause hands the next one: rows to pull (an iterable of rows the consumer may keep) or,
// for consumers that read each row once, rows pushed one at a time without copies.

import type { Row } from './context.js';
import { copyRow } from './row.js';

/** A visitor of pushed rows; returning false stops the producer. */
export type RowVisitor = (row: Row) => boolean | void;

export interface RowStream extends Iterable<Row> {
  /**
   * Push each row to `visit` until it returns false. Unless `fresh`, a pushed row is the
   * producer's working row: valid during the call only, to be copied by a consumer that keeps it.
   */
  each(visit: RowVisitor): void;
  /** Pushed rows are new objects the consumer may keep. */
  readonly fresh: boolean;
}

export function rowStream(iterate: () => Iterator<Row>, each: (visit: RowVisitor) => void, fresh: boolean): RowStream {
  return { [Symbol.iterator]: iterate, each, fresh };
}

function isRowStream(rows: Iterable<Row>): rows is RowStream {
  return typeof (rows as Partial<RowStream>).each === 'function';
}

/** Visit every row (pushed when the producer can), until the visitor returns false. */
export function forEachRow(rows: Iterable<Row>, visit: RowVisitor): void {
  if (isRowStream(rows)) {
    rows.each(visit);
    return;
  }
  if (Array.isArray(rows)) {
    for (let i = 0; i < rows.length; i++) if (visit(rows[i] as Row) === false) return;
    return;
  }
  for (const row of rows) if (visit(row) === false) return;
}

/** Every row, as rows the caller may keep. */
export function rowArray(rows: Iterable<Row>): Row[] {
  if (Array.isArray(rows)) return rows as Row[];
  if (!isRowStream(rows)) return [...rows];
  const out: Row[] = [];
  const fresh = rows.fresh;
  rows.each((row) => void out.push(fresh ? row : copyRow(row)));
  return out;
}
