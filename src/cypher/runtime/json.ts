// Conversions between JSON (CLI `--param`, API, output) and Cypher values: integral JSON numbers
// are INTEGERs; output keeps integers as numbers unless they exceed 2^53.

import { elementAt } from '../../errors.js';
import { Node, Path, Relationship, TemporalValue, type CypherMap, type CypherValue } from '../values.js';

/** Turn a parsed JSON value into a Cypher value (integral numbers become INTEGER). */
export function fromJson(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? BigInt(value) : value;
    case 'string':
    case 'boolean':
    case 'bigint':
      return value;
  }
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object') {
    const out: CypherMap = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromJson(v);
    return out;
  }
  return null;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Turn a Cypher value into JSON-ready data: nodes `{labels, properties}`, relationships
 * `{type, properties}`, paths as alternating node/relationship lists, temporal values as their
 * string form, integers as numbers (strings beyond 2^53), non-finite floats as strings.
 */
export function toJson(value: CypherValue): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'bigint':
      return value <= SAFE && value >= -SAFE ? Number(value) : value.toString();
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'string':
    case 'boolean':
      return value;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Node) return { labels: [...value.labels], properties: toJson(value.properties) };
  if (value instanceof Relationship) return { type: value.type, properties: toJson(value.properties) };
  if (value instanceof Path) {
    // Node, relationship, node, …: each node after the first follows the relationship before it.
    const [first, ...rest] = value.nodes;
    const out: unknown[] = [toJson(first ?? null)];
    value.relationships.forEach((r, i) => out.push(toJson(r), toJson(elementAt(rest, i))));
    return out;
  }
  if (value instanceof TemporalValue) return value.toString();
  // Keys sorted: Neo4j returns properties in its storage order, so a fixed order is the only
  // one both engines can print alike.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = toJson(v);
  return out;
}

/**
 * Parse JSON text straight into Cypher values, keeping what `JSON.parse` loses: an integer
 * literal is an exact INTEGER (`9007199254740993` stays itself; outside 64 bits is an error) and
 * a literal with a fraction or exponent is a FLOAT (`1.0` stays FLOAT). Throws SyntaxError on
 * text that is not JSON, and RangeError on an integer outside the 64-bit range.
 *
 * @example fromJsonText('{"n": 9007199254740993, "x": 1.0}') // { n: 9007199254740993n, x: 1 }
 */
export function fromJsonText(text: string): CypherValue {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at position ${at} of JSON`);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const value = (): CypherValue => {
    space();
    const c = text[at];
    if (c === '{') {
      at++;
      const out: CypherMap = {};
      space();
      if (text[at] === '}') return (at++, out);
      for (;;) {
        space();
        if (text[at] !== '"') fail('expected a key');
        const key = string();
        space();
        if (text[at++] !== ':') fail('expected ":"');
        out[key] = value();
        space();
        const next = text[at++];
        if (next === '}') return out;
        if (next !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      at++;
      const out: CypherValue[] = [];
      space();
      if (text[at] === ']') return (at++, out);
      for (;;) {
        out.push(value());
        space();
        const next = text[at++];
        if (next === ']') return out;
        if (next !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (text.startsWith(word, at)) return ((at += word.length), v);
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!m) return fail('unexpected character');
    at += m[0].length;
    if (m[1] === undefined && m[2] === undefined) {
      const n = BigInt(m[0]);
      if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw new RangeError(`${m[0]} is outside the 64-bit INTEGER range`);
      return n;
    }
    return Number(m[0]);
  };
  const string = (): string => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(at));
    if (!m) return fail('bad string');
    at += m[0].length;
    const parsed: unknown = JSON.parse(m[0]);
    return typeof parsed === 'string' ? parsed : fail('bad string');
  };
  const result = value();
  space();
  if (at < text.length) fail('unexpected text after the value');
  return result;
}
