// round(x, precision, mode) as Neo4j computes it: on the decimal text of the float (Java's
// BigDecimal.valueOf), so 1.11 rounds up to 1.11 at two places, not to 1.12 as scaling the binary
// value by 100 would give, and with every java.math.RoundingMode.

import { runtimeArgumentError, runtimeError } from '../errors.js';

export const ROUNDING_MODES = ['CEILING', 'FLOOR', 'UP', 'DOWN', 'HALF_EVEN', 'HALF_UP', 'HALF_DOWN', 'UNNECESSARY'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

export function roundingMode(text: string): RoundingMode {
  const mode = ROUNDING_MODES.find((m) => m === text.toUpperCase());
  if (!mode) throw runtimeArgumentError('InvalidArgumentValue', `Unknown rounding mode. Valid values are: ${ROUNDING_MODES.join(', ')}`);
  return mode;
}

/** Round to `precision` decimal places (precision ≥ 0) with `mode`, on the shortest decimal text of `x`. */
export function roundDecimal(x: number, precision: number, mode: RoundingMode): number {
  if (precision < 0) throw runtimeArgumentError('NumberOutOfRange', "Precision argument to 'round()' cannot be negative");
  if (!Number.isFinite(x) || x === 0) return x;
  const negative = x < 0;
  const { digits, point } = decimalDigits(Math.abs(x));
  // Keep the digits before the point and `precision` after it; the rest decides the rounding.
  const keep = point + precision;
  if (keep >= digits.length) return x;
  const kept = keep > 0 ? BigInt(digits.slice(0, keep)) : 0n;
  const dropped = keep >= 0 ? digits.slice(keep) : '0'.repeat(-keep) + digits;
  const first = Number(dropped[0]);
  const restZero = /^0*$/.test(dropped.slice(1));
  if (first === 0 && restZero) return x;
  const half = first > 5 || (first === 5 && !restZero) ? 1 : first === 5 ? 0 : -1;
  let up: boolean;
  switch (mode) {
    case 'UP':
      up = true;
      break;
    case 'DOWN':
      up = false;
      break;
    case 'CEILING':
      up = !negative;
      break;
    case 'FLOOR':
      up = negative;
      break;
    case 'HALF_UP':
      up = half >= 0;
      break;
    case 'HALF_DOWN':
      up = half > 0;
      break;
    case 'HALF_EVEN':
      up = half > 0 || (half === 0 && kept % 2n === 1n);
      break;
    case 'UNNECESSARY':
      throw runtimeError('DatabaseError', 'RoundingNecessary', 'Rounding necessary');
  }
  const magnitude = Number(`${up ? kept + 1n : kept}e-${precision}`);
  return negative ? -magnitude : magnitude;
}

/** The significant digits of a positive finite float's shortest text, and where the point goes. */
function decimalDigits(x: number): { digits: string; point: number } {
  const [mantissa = '', exponent = '0'] = x.toString().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, '').length;
  return { digits: all.slice(leadingZeros) || '0', point: whole.length + Number(exponent) - leadingZeros };
}
