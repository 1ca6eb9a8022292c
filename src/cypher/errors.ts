// Builds every CypherError the embedded engine raises, compile-time and runtime, with the TCK's
// phase, type and detail, so each part raises the same triple for the same fault. A compile-time
// message shows the query line with a caret under the fault, as graphql-js printLocation does.

import { CypherError, type CypherErrorDetail, type CypherErrorType } from '../errors.js';

/** 1-based line and column of a 0-based offset into `source`. */
export function lineColumnAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The source line holding `offset`, with its number, and a caret under the column:
 *
 *     2 | RETURN n.x +
 *       |             ^
 */
export function printLocation(source: string, offset: number): string {
  const { line, column } = lineColumnAt(source, offset);
  let text = source.split(/\r\n|\n|\r/)[line - 1] ?? '';
  let caret = column - 1;
  // A long line is cut to a window around the fault, marked with ellipses.
  const WINDOW = 60;
  if (text.length > 2 * WINDOW) {
    const from = Math.max(0, caret - WINDOW);
    const to = Math.min(text.length, caret + WINDOW);
    text = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
    caret = caret - from + (from > 0 ? 1 : 0);
  }
  const gutter = String(line);
  const pad = ' '.repeat(gutter.length);
  return `${gutter} | ${text}\n${pad} | ${' '.repeat(caret)}^`;
}

/**
 * A compile-time CypherError at an offset (or node location) of `source`, its message followed
 * by the query line and a caret; without the source, the message alone; with no place (`null`:
 * found while running, where the plan keeps no location), no position. `type` is the TCK error type
 * (SyntaxError nearly always; TypeError for a few literal misuses), `detail` the TCK detail.
 */
export function compileError(
  source: string | undefined,
  at: number | { start: number; line: number; column: number } | null,
  detail: CypherErrorDetail,
  message: string,
  type: CypherErrorType = 'SyntaxError',
): CypherError {
  if (at === null) return new CypherError('compile time', type, detail, message);
  const offset = typeof at === 'number' ? at : at.start;
  // Line and column go in `position` (formatError prints them), not into the message.
  if (source === undefined) {
    const position = typeof at === 'number' ? { offset } : { line: at.line, column: at.column, offset };
    return new CypherError('compile time', type, detail, message, position);
  }
  const { line, column } = lineColumnAt(source, offset);
  return new CypherError('compile time', type, detail, `${message}\n\n${printLocation(source, offset)}`, { line, column, offset });
}

/** A runtime TypeError (`InvalidArgumentType`, `PropertyAccessOnNonMap`, …). */
export function runtimeTypeError(detail: CypherErrorDetail, message: string): CypherError {
  return new CypherError('runtime', 'TypeError', detail, message);
}

/** A runtime ArgumentError (`NumberOutOfRange`, `InvalidArgumentValue`, …). */
export function runtimeArgumentError(detail: CypherErrorDetail, message: string): CypherError {
  return new CypherError('runtime', 'ArgumentError', detail, message);
}

/** Any other runtime error, with the TCK type given explicitly. */
export function runtimeError(type: CypherErrorType, detail: CypherErrorDetail, message: string): CypherError {
  return new CypherError('runtime', type, detail, message);
}
