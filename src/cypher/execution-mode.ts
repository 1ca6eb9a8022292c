// EXPLAIN and PROFILE, and Neo4j's query options (`CYPHER 5 runtime=slotted`): found before the
// query after white space and comments (every file in queries/ starts with a `//` comment), and
// blanked out rather than cut off, so that positions in error messages still point into the text
// as written. The embedded engine has one runtime and one planner: options are checked as Neo4j
// checks them, then ignored.

import { compileError } from './errors.js';

export type ExecutionMode = 'EXPLAIN' | 'PROFILE' | null;

const LEADING = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;
const MODE = /^(EXPLAIN|PROFILE)\b/i;
const OPTIONS = /^CYPHER\b((?:\s+[\d.]+)?)((?:\s+\w+\s*=\s*\w+)*)/i;
const OPTION_VALUES: Record<string, string[]> = {
  runtime: ['interpreted', 'legacy', 'parallel', 'pipelined', 'slotted'],
  planner: ['cost', 'idp', 'dp', 'default'],
};

export function executionMode(query: string): { mode: ExecutionMode; body: string } {
  let mode: ExecutionMode = null;
  let body = query;
  let at = 0;
  for (;;) {
    at += LEADING.exec(body.slice(at))?.[0].length ?? 0;
    const rest = body.slice(at);
    const word = MODE.exec(rest);
    const options = word ? null : OPTIONS.exec(rest);
    const found = word ?? options;
    if (!found) return { mode, body };
    const length = found[0].length;
    if (word) mode = word[1]?.toUpperCase() === 'PROFILE' ? 'PROFILE' : 'EXPLAIN';
    else if (options) checkOptions(query, at, options);
    body = body.slice(0, at) + ' '.repeat(length) + body.slice(at + length);
    at += length;
  }
}

function checkOptions(query: string, at: number, options: RegExpExecArray): void {
  const version = (options[1] ?? '').trim();
  if (version !== '' && version !== '5') {
    throw compileError(query, at, 'InvalidArgumentValue', `${version} is not a valid option for cypher version. Valid options are: 5`);
  }
  for (const [, key = '', value = ''] of (options[2] ?? '').matchAll(/(\w+)\s*=\s*(\w+)/g)) {
    const valid = OPTION_VALUES[key.toLowerCase()];
    if (valid && !valid.includes(value.toLowerCase())) {
      throw compileError(query, at, 'InvalidArgumentValue', `${value} is not a valid option for ${key}. Valid options are: ${valid.join(', ')}`);
    }
  }
}
