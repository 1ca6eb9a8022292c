// EXPLAIN and PROFILE: found before the query after white space and comments (every file in
// queries/ starts with a `//` comment), and blanked out rather than cut off, so that positions in
// error messages still point into the text as written.

export type ExecutionMode = 'EXPLAIN' | 'PROFILE' | null;

const LEADING = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

export function executionMode(query: string): { mode: ExecutionMode; body: string } {
  const start = LEADING.exec(query)![0].length;
  const word = /^(EXPLAIN|PROFILE)\b/i.exec(query.slice(start));
  if (!word) return { mode: null, body: query };
  const end = start + word[0].length;
  return { mode: word[1]!.toUpperCase() as ExecutionMode, body: query.slice(0, start) + ' '.repeat(word[0].length) + query.slice(end) };
}
