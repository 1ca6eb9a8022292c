// Type conversion functions (toInteger, toFloat, toString, toBoolean and their OrNull forms):
// string parsing as Cypher does it, and the text form of every value for toString.

import { TemporalValue, type CypherValue } from '../values.js';
import { checkInt } from './arithmetic.js';
import { runtimeTypeError } from './errors.js';
import { formatFloat } from './format-float.js';
import { typeName } from './kind.js';
import { temporal } from './temporal-hook.js';

const INT_TEXT = /^\s*[+-]?\d+\s*$/;
const FLOAT_TEXT = /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|Infinity|NaN)\s*$/;
const HEX_TEXT = /^\s*[+-]?0x[0-9a-fA-F]+\s*$/;

function invalid(fn: string, v: CypherValue): Error {
  return runtimeTypeError('InvalidArgumentValue', `${fn}() cannot convert ${typeName(v)}`);
}

/** Parse a string as an INTEGER; null when it is not a number. */
export function parseIntegerText(s: string): bigint | null {
  if (INT_TEXT.test(s)) {
    const v = BigInt(s.trim());
    try {
      return checkInt(v);
    } catch {
      return null;
    }
  }
  if (HEX_TEXT.test(s)) {
    const t = s.trim();
    const neg = t.startsWith('-');
    const v = BigInt(t.replace(/^[+-]/, ''));
    return neg ? -v : v;
  }
  if (FLOAT_TEXT.test(s)) {
    const f = Number(s.trim());
    if (!Number.isFinite(f)) return null;
    return BigInt(Math.trunc(f));
  }
  return null;
}

export function toInteger(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return orNull ? null : null;
    return checkInt(BigInt(Math.trunc(v)));
  }
  if (typeof v === 'string') return parseIntegerText(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (orNull) return null;
  throw invalid('toInteger', v);
}

export function toFloat(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    if (!FLOAT_TEXT.test(v)) return null;
    return Number(v.trim());
  }
  if (orNull) return null;
  throw invalid('toFloat', v);
}

export function toBoolean(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    return t === 'true' ? true : t === 'false' ? false : null;
  }
  if (typeof v === 'bigint') return v !== 0n;
  if (orNull) return null;
  throw invalid('toBoolean', v);
}

export function toCypherString(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloat(v);
    case 'boolean':
      return v ? 'true' : 'false';
  }
  if (v instanceof TemporalValue) return temporal.toCypherString ? temporal.toCypherString(v) : v.toString();
  if (orNull) return null;
  throw invalid('toString', v);
}
