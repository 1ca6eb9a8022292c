// Cypher arithmetic: INTEGER (bigint) with 64-bit overflow errors, FLOAT (number) with IEEE
// rules, INTEGER/FLOAT mixing, string and list concatenation, and temporal delegation.

import { TemporalValue, type CypherValue } from '../values.js';
import { runtimeArgumentError, runtimeTypeError, runtimeError } from '../errors.js';
import { isNumber, typeName } from './kind.js';
import { temporalArithmetic, temporalToCypherString } from '../temporal/index.js';
import { formatFloat } from './format-float.js';

export const INT_MIN = -(2n ** 63n);
export const INT_MAX = 2n ** 63n - 1n;

/** Check a bigint is within INTEGER's 64-bit range. */
export function checkInt(v: bigint): bigint {
  if (v < INT_MIN || v > INT_MAX) throw runtimeArgumentError('IntegerOverflow', `integer overflow: ${v} is outside the 64-bit range`);
  return v;
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '^';

function badOperands(op: string, a: CypherValue, b: CypherValue): Error {
  return runtimeTypeError('InvalidArgumentType', `Cannot apply ${op} to ${typeName(a)} and ${typeName(b)}`);
}

/** Evaluate `a op b`. */
export function arithmetic(op: ArithmeticOp, a: CypherValue, b: CypherValue): CypherValue {
  // Neo4j 5.26 checks an INTEGER divisor before the dividend: null / 0 and 1.5 / 0 fail at run
  // time (null % 0 is null, 1.5 % 0 NaN, 1.5 / 0.0 Infinity).
  if (op === '/' && b === 0n && (a === null || typeof a === 'number')) throw runtimeError('ArithmeticError', 'DivisionByZero', '/ by zero');
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(op, a, b);
  if (isNumber(a) && isNumber(b)) return floatOp(op, Number(a), Number(b));
  if (op === '+') {
    if (Array.isArray(a)) return Array.isArray(b) ? a.concat(b) : [...a, b];
    if (Array.isArray(b)) return [a, ...b];
    if (typeof a === 'string') {
      if (typeof b === 'string') return a + b;
      if (isScalar(b)) return a + scalarText(b);
    }
    if (typeof b === 'string' && isScalar(a)) return scalarText(a) + b;
    // Neo4j 5.26 refuses STRING + a temporal value at compile time when it sees both types, but
    // concatenates the value's toString() form when it meets them at run time.
    if (typeof a === 'string' && b instanceof TemporalValue) return a + temporalToCypherString(b);
    if (typeof b === 'string' && a instanceof TemporalValue) return temporalToCypherString(a) + b;
  }
  if ((a instanceof TemporalValue || b instanceof TemporalValue) && op !== '%' && op !== '^') {
    const r = temporalArithmetic(op, a, b);
    if (r !== undefined) return r;
  }
  throw badOperands(op, a, b);
}

/** The values `+` joins to a string: numbers and booleans. */
function isScalar(v: CypherValue): v is bigint | number | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

function scalarText(v: bigint | number | boolean): string {
  if (typeof v === 'number') return formatFloat(v);
  return String(v);
}

function intOp(op: ArithmeticOp, a: bigint, b: bigint): CypherValue {
  switch (op) {
    case '+':
      return checkInt(a + b);
    case '-':
      return checkInt(a - b);
    case '*':
      return checkInt(a * b);
    case '/':
      if (b === 0n) throw runtimeError('ArithmeticError', 'DivisionByZero', '/ by zero');
      // Java's long division: the one quotient past the range, MIN / -1, wraps round to MIN.
      return a === INT_MIN && b === -1n ? INT_MIN : a / b;
    case '%':
      if (b === 0n) throw runtimeError('ArithmeticError', 'DivisionByZero', '% by zero');
      return a % b;
    case '^':
      return Number(a) ** Number(b);
  }
}

function floatOp(op: ArithmeticOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '^':
      return a ** b;
  }
}

/** Unary minus. */
export function negate(v: CypherValue): CypherValue {
  if (v === null) return null;
  if (typeof v === 'bigint') return checkInt(-v);
  // 0 - x, as Neo4j negates: -(0.0) is 0.0 (a written `-0.0` is a literal, see the parser).
  if (typeof v === 'number') return 0 - v;
  if (v instanceof TemporalValue) {
    const r = temporalArithmetic('*', v, -1n);
    if (r !== undefined) return r;
  }
  throw runtimeTypeError('InvalidArgumentType', `Cannot negate ${typeName(v)}`);
}
