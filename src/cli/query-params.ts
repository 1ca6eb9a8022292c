// Read query parameters from `--param name=value` words: the value is JSON when it parses as
// JSON (`limit=5`, `names=["HMIC"]`) and a string otherwise (`name=Home Office`).

import { UsageError } from '../errors.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parameters from `name=value` words; a later word overrides an earlier one.
 *
 * @example parseParams(['limit=5', 'name=Home Office']) // { limit: 5, name: 'Home Office' }
 */
export function parseParams(words: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (eq < 0 || !NAME.test(name)) throw new UsageError(`--param needs name=value, not "${word}"`);
    params[name] = jsonOrString(word.slice(eq + 1));
  }
  return params;
}

function jsonOrString(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
