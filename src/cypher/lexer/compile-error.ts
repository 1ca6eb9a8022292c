// Builds the compile-time CypherError every front-end phase (lexer, parser, validate) raises.
// The message shows the query line with a caret under the fault, as graphql-js printLocation does.

import { CypherError } from '../../errors.js';

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
 * by the query line and a caret; without the source, the message alone. `type` is the TCK error type
 * (SyntaxError nearly always; TypeError for a few literal misuses), `detail` the TCK detail.
 */
export function compileError(
  source: string | undefined,
  at: number | { start: number; line: number; column: number },
  detail: string,
  message: string,
  type = 'SyntaxError',
): CypherError {
  const offset = typeof at === 'number' ? at : at.start;
  // Line and column go in `position` (formatError prints them), not into the message.
  if (source === undefined) {
    const position = typeof at === 'number' ? { offset } : { line: at.line, column: at.column, offset };
    return new CypherError('compile time', type, detail, message, position);
  }
  const { line, column } = lineColumnAt(source, offset);
  return new CypherError('compile time', type, detail, `${message}\n\n${printLocation(source, offset)}`, { line, column, offset });
}
