// Building durations from components and the arithmetic of durations among themselves:
// integral components add exactly; fractional ones cascade down (months -> days -> seconds ->
// nanoseconds) through Neo4j's average month of 365.2425 / 12 days, truncating as Java does.

import { CypherDuration } from './temporal-values.js';
import { invalidTemporalValue, temporalDivisionByZero, temporalOverflow } from './temporal-error.js';

const AVG_NANOS_PER_MONTH = 2_629_746e9;
const NANOS_PER_DAY = 86_400e9;
const NANOS_PER_SECOND = 1e9;

/** The unit names a duration map or string may use, and their size in the four parts. */
export const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
const UNITS: ReadonlySet<string> = new Set(DURATION_UNITS);

/** Whether a key of a `duration({…})` map names a unit. */
export function isDurationUnit(key: string): key is DurationUnit {
  return UNITS.has(key);
}

export type DurationComponents = Partial<Record<DurationUnit, bigint | number>>;

/**
 * A duration from unit amounts (`{years: 1, days: 1.5}`): exact when every amount is an integer,
 * else approximated as Neo4j does.
 */
export function durationOf(parts: DurationComponents): CypherDuration {
  const values = Object.values(parts).filter((v) => v !== undefined);
  if (values.every((v) => typeof v === 'bigint')) {
    const g = (k: DurationUnit): bigint => {
      const v = parts[k];
      return typeof v === 'bigint' ? v : 0n;
    };
    return new CypherDuration(
      g('years') * 12n + g('months'),
      g('weeks') * 7n + g('days'),
      g('hours') * 3600n + g('minutes') * 60n + g('seconds'),
      g('milliseconds') * 1_000_000n + g('microseconds') * 1000n + g('nanoseconds'),
    );
  }
  const f = (k: DurationUnit): number => Number(parts[k] ?? 0);
  for (const v of values) {
    if (!Number.isFinite(Number(v))) throw invalidTemporalValue(`Invalid duration component: ${String(v)}`);
  }
  return approximateDuration(
    12 * f('years') + f('months'),
    7 * f('weeks') + f('days'),
    3600 * f('hours') + 60 * f('minutes') + f('seconds'),
    1e6 * f('milliseconds') + 1e3 * f('microseconds') + f('nanoseconds'),
  );
}

/**
 * Neo4j's DurationValue.approximate: each part's fraction flows into the next smaller part
 * through nanoseconds (a month being 2,629,746 seconds, 365.2425 / 12 days), then truncates.
 * The floating-point steps are Neo4j's, so results agree to the nanosecond (checked against
 * Neo4j 5.26 on 700 fractional durations, products and quotients).
 */
export function approximateDuration(months: number, days: number, seconds: number, nanos: number): CypherDuration {
  const monthsWhole = Math.trunc(months);
  days += (AVG_NANOS_PER_MONTH * (months - monthsWhole)) / NANOS_PER_DAY;
  const daysWhole = Math.trunc(days);
  seconds += (NANOS_PER_DAY * (days - daysWhole)) / NANOS_PER_SECOND;
  const secondsWhole = Math.trunc(seconds);
  nanos += (seconds - secondsWhole) * NANOS_PER_SECOND;
  const nanosWhole = Math.trunc(nanos);
  return new CypherDuration(toBig(monthsWhole), toBig(daysWhole), toBig(secondsWhole), toBig(nanosWhole));
}

function toBig(n: number): bigint {
  // Java's (long) cast of a double out of range is Neo4j's `long overflow`.
  if (!Number.isFinite(n) || Math.abs(n) >= 9.223372036854776e18) throw temporalOverflow('long overflow');
  return BigInt(n);
}

export function addDurations(a: CypherDuration, b: CypherDuration): CypherDuration {
  return new CypherDuration(a.months + b.months, a.days + b.days, a.seconds + b.seconds, a.nanos + b.nanos);
}

export function subtractDurations(a: CypherDuration, b: CypherDuration): CypherDuration {
  return new CypherDuration(a.months - b.months, a.days - b.days, a.seconds - b.seconds, a.nanos - b.nanos);
}

/** Duration times a number: exact for an INTEGER, approximated for a FLOAT. */
export function multiplyDuration(d: CypherDuration, factor: bigint | number): CypherDuration {
  if (typeof factor === 'bigint') {
    return new CypherDuration(d.months * factor, d.days * factor, d.seconds * factor, BigInt(d.nanos) * factor);
  }
  return approximateDuration(Number(d.months) * factor, Number(d.days) * factor, Number(d.seconds) * factor, d.nanos * factor);
}

/** Duration divided by a number, always through floating point as Neo4j does. */
export function divideDuration(d: CypherDuration, divisor: bigint | number): CypherDuration {
  const x = Number(divisor);
  if (x === 0) throw temporalDivisionByZero();
  return approximateDuration(Number(d.months) / x, Number(d.days) / x, Number(d.seconds) / x, d.nanos / x);
}
