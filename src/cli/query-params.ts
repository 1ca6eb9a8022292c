// Read query parameters from `--param name=value` words: the value is JSON when it parses as
// JSON (`limit=5`, `names=["HMIC"]`) and a string otherwise (`name=Home Office`). Numbers keep
// their literal's type: `9007199254740993` is that exact INTEGER, `1.0` a FLOAT.

import { fromJsonText, type CypherValue } from '../cypher/index.js';
import { UsageError } from '../errors.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parameters from `name=value` words; a later word overrides an earlier one.
 *
 * @example parseParams(['limit=5', 'name=Home Office']) // { limit: 5, name: 'Home Office' }
 */
export function parseParams(words: readonly string[]): Record<string, CypherValue> {
  const params: Record<string, CypherValue> = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (eq < 0 || !NAME.test(name)) throw new UsageError(`--param needs name=value, not "${word}"`);
    params[name] = paramValue(word.slice(eq + 1), `--param ${name}`);
  }
  return params;
}

/** One parameter's value from its text: JSON with exact numbers, else the text as a string. */
export function paramValue(raw: string, where: string): CypherValue {
  try {
    return fromJsonText(raw);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${where}: ${error.message}`);
    return raw;
  }
}
