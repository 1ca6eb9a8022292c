// A Cypher result as the server answers it, made where the query ran (main thread or query
// worker): columns, rows as objects of wire values, and the update counters that moved.

import type { QueryResult } from '../cypher/index.js';
import { CrimegraphError, CypherError, QueryLimitError, isCypherErrorDetail, isCypherErrorType } from '../errors.js';
import { toWire } from './wire-values.js';

export interface CypherAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  counters: Record<string, number>;
}

export function cypherAnswer(result: QueryResult, maxRows: number): CypherAnswer {
  if (result.rows.length > maxRows) {
    throw new QueryLimitError('E_QUERY_ROW_LIMIT', `The query returned more than ${maxRows} rows (raise --max-rows, or add LIMIT)`);
  }
  return {
    columns: result.columns,
    rows: result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, toWire(row[i] ?? null)]))),
    counters: Object.fromEntries(Object.entries(result.stats).filter(([, n]) => n > 0)),
  };
}

/** An error as it crosses from a query worker to the main thread (structured clone drops classes). */
export interface ErrorMessage {
  name: string;
  code?: string;
  message: string;
  position?: CrimegraphError['position'];
  phase?: CypherError['phase'];
  type?: string;
  detail?: string;
}

export function errorMessage(error: unknown): ErrorMessage {
  if (error instanceof CypherError)
    return { name: error.name, code: error.code, message: error.message, position: error.position, phase: error.phase, type: error.type, detail: error.detail };
  if (error instanceof CrimegraphError) return { name: error.name, code: error.code, message: error.message, position: error.position };
  return { name: 'Error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The typed error back, so the HTTP answer has the same code, status and position. */
export function errorFromMessage(m: ErrorMessage): Error {
  if (m.name === 'CypherError' && m.phase && m.type && isCypherErrorType(m.type) && m.detail && isCypherErrorDetail(m.detail))
    return new CypherError(m.phase, m.type, m.detail, m.message, m.position);
  if (m.name === 'QueryLimitError' && (m.code === 'E_QUERY_TIMEOUT' || m.code === 'E_QUERY_ROW_LIMIT')) return new QueryLimitError(m.code, m.message);
  if (m.code) return new CrimegraphError(m.code, m.message, { position: m.position });
  return new Error(m.message);
}
