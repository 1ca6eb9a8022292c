// Type conversion functions (toInteger, toFloat, toString, toBoolean and their OrNull forms):
// string parsing as Cypher does it, and the text form of every value for toString.

import { TemporalValue, type CypherValue } from '../values.js';
import { runtimeTypeError } from '../errors.js';
import { formatFloat } from './format-float.js';
import { typeName } from './kind.js';
import { temporalToCypherString } from '../temporal/index.js';

// Integer text as Java's Long.parseLong reads it: a sign and digits of any script, no white
// space (Neo4j gives null for `' 42'`), no hex.
const INT_TEXT = /^[+-]?\p{Nd}+$/u;
// Decimal text that toInteger() truncates (`'4.9'`, `'1e3'`, `'.5'`): no white space, no suffix.
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Float text as Java's Double.parseDouble reads it: control characters and spaces around it, an
// optional f/F/d/D suffix, NaN and Infinity, and hexadecimal with a binary exponent (`0x1p3`).
const FLOAT_TEXT = /^[\x00-\x20]*([+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)[fFdD]?|[+-]?(Infinity|NaN))[\x00-\x20]*$/;
const HEX_FLOAT_TEXT = /^[\x00-\x20]*([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)[fFdD]?[\x00-\x20]*$/;

// White space as Java's Character.isWhitespace has it, which Neo4j's trim() and toBoolean() strip:
// the space separators but the no-break ones (U+00A0, U+2007, U+202F), the line and paragraph
// separators, and the controls \t to \r and U+001C to U+001F. Not U+0085, not U+FEFF, which
// JavaScript's trim() takes off too.
const JAVA_WHITESPACE = '\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000';
const LEADING_WHITESPACE = new RegExp(`^[${JAVA_WHITESPACE}]+`);
const TRAILING_WHITESPACE = new RegExp(`[${JAVA_WHITESPACE}]+$`);

/** `text` without Java's white space at its start (`leading`) and end (`trailing`). */
export function trimWhitespace(text: string, leading = true, trailing = true): string {
  const head = leading ? text.replace(LEADING_WHITESPACE, '') : text;
  return trailing ? head.replace(TRAILING_WHITESPACE, '') : head;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function invalid(fn: string, v: CypherValue): Error {
  return runtimeTypeError('InvalidArgumentValue', `${fn}() cannot convert ${typeName(v)}`);
}

function tooLarge(text: string): Error {
  return runtimeTypeError('InvalidArgumentValue', `integer, ${text}, is too large`);
}

/** A float as Java's `(long)` cast makes it an integer: truncated, NaN 0, saturated at the ends. */
function floatToInteger(f: number): bigint {
  if (Number.isNaN(f)) return 0n;
  if (f >= 2 ** 63) return LONG_MAX;
  if (f <= -(2 ** 63)) return LONG_MIN;
  return BigInt(Math.trunc(f));
}

/**
 * Parse a string as an INTEGER as Neo4j does: integer text exactly (too large is an error),
 * decimal text truncated (too large is an error too), anything else null.
 */
export function parseIntegerText(s: string): bigint | null {
  if (INT_TEXT.test(s)) {
    const digits = s.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
    const v = BigInt(digits);
    if (v < LONG_MIN || v > LONG_MAX) throw tooLarge(s);
    return v;
  }
  if (DECIMAL_TEXT.test(s)) {
    const f = Number(s);
    if (!Number.isFinite(f) || f >= 2 ** 63 || f < -(2 ** 63)) throw tooLarge(s);
    return BigInt(Math.trunc(f));
  }
  return null;
}

/**
 * The value of one decimal digit of any script (`'٣'` is 3). Unicode puts digits in contiguous
 * blocks whose length is a multiple of ten, each run starting at zero.
 */
function digitValue(d: string): number {
  const code = d.codePointAt(0) ?? 0;
  let start = code;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/** Parse a string as a FLOAT as Java's Double.parseDouble does; null when it is not a number. */
export function parseFloatText(s: string): number | null {
  if (FLOAT_TEXT.test(s)) return Number(s.replace(/^[\x00-\x20]+|[fFdD]?[\x00-\x20]*$/g, ''));
  const hex = HEX_FLOAT_TEXT.exec(s);
  if (!hex) return null;
  const [, sign, whole = '', fraction = '', exponent = '0'] = hex;
  if (whole === '' && fraction === '') return null;
  const mantissa = parseInt(whole + fraction || '0', 16);
  const value = mantissa * 2 ** (Number(exponent) - 4 * fraction.length);
  return sign === '-' ? -value : value;
}

export function toInteger(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return floatToInteger(v);
  if (typeof v === 'string') {
    if (!orNull) return parseIntegerText(v);
    try {
      return parseIntegerText(v);
    } catch {
      return null;
    }
  }
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (orNull) return null;
  throw invalid('toInteger', v);
}

export function toFloat(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return parseFloatText(v);
  if (orNull) return null;
  throw invalid('toFloat', v);
}

export function toBoolean(v: CypherValue, orNull = false): CypherValue {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = trimWhitespace(v).toLowerCase();
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
  if (v instanceof TemporalValue) return temporalToCypherString(v);
  if (orNull) return null;
  throw invalid('toString', v);
}
