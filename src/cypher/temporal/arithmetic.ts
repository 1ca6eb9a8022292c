// Temporal arithmetic: instant ± duration in java.time's order (months, then days on the local
// date, then seconds and nanoseconds on the time line), duration ± duration, duration × ÷ number.

import { TemporalValue, type CypherValue } from '../values.js';
import { plusMonths } from './calendar.js';
import { addDurations, divideDuration, multiplyDuration, subtractDurations } from './duration-math.js';
import { wrapNanoOfDay } from './build.js';
import { invalidTemporalValue, temporalOverflow } from './temporal-error.js';
import {
  CypherDate,
  CypherDateTime,
  CypherDuration,
  CypherLocalDateTime,
  CypherLocalTime,
  CypherTime,
  NANOS_PER_DAY,
  isAnyTemporal,
  type AnyTemporal,
} from './temporal-values.js';
import { dateTimeAtInstant, dateTimeOfLocal, floorDivBig } from './zoned.js';
import { MAX_YEAR, MIN_YEAR, dateOfEpochDay } from './calendar.js';

const NANOS_PER_DAY_N = BigInt(NANOS_PER_DAY);

function safeNumber(b: bigint): number {
  if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < BigInt(Number.MIN_SAFE_INTEGER)) throw temporalOverflow('Temporal arithmetic out of range');
  return Number(b);
}

function checkYear(epochDay: number): number {
  const { year } = dateOfEpochDay(epochDay);
  if (year < MIN_YEAR || year > MAX_YEAR) throw temporalOverflow('Temporal arithmetic gives a year out of range');
  return epochDay;
}

/** A local date and time shifted by a time-line amount, carrying whole days into the date. */
function shiftLocal(epochDay: number, nanoOfDay: number, nanos: bigint): [number, number] {
  const total = BigInt(nanoOfDay) + nanos;
  const days = floorDivBig(total, NANOS_PER_DAY_N);
  return [checkYear(epochDay + safeNumber(days)), Number(total - days * NANOS_PER_DAY_N)];
}

/**
 * A date or time moved by a duration (sign 1) or back by it (sign -1). Parts the value cannot
 * hold are ignored: a date moves by the duration's whole days of seconds only, a time of day by
 * its seconds and nanoseconds only, wrapping at midnight.
 */
export function shiftByDuration(v: AnyTemporal, d: CypherDuration, sign: 1n | -1n): AnyTemporal {
  const months = safeNumber(d.months * sign);
  const days = safeNumber(d.days * sign);
  const timeNanos = (d.seconds * 1_000_000_000n + BigInt(d.nanos)) * sign;
  if (v instanceof CypherDate) {
    const extraDays = safeNumber((d.seconds / 86_400n) * sign);
    return new CypherDate(checkYear(plusMonths(v.epochDay, months) + days + extraDays));
  }
  if (v instanceof CypherLocalTime) {
    return new CypherLocalTime(wrapNanoOfDay(Number((BigInt(v.nanoOfDay) + (timeNanos % NANOS_PER_DAY_N)) % NANOS_PER_DAY_N)));
  }
  if (v instanceof CypherTime) {
    return new CypherTime(wrapNanoOfDay(Number((BigInt(v.nanoOfDay) + (timeNanos % NANOS_PER_DAY_N)) % NANOS_PER_DAY_N)), v.offsetSeconds);
  }
  if (v instanceof CypherLocalDateTime) {
    const day = checkYear(plusMonths(v.epochDay, months) + days);
    const [e, n] = shiftLocal(day, v.nanoOfDay, timeNanos);
    return new CypherLocalDateTime(e, n);
  }
  if (v instanceof CypherDateTime) {
    let dt = v;
    if (months !== 0 || days !== 0) {
      dt = dateTimeOfLocal(checkYear(plusMonths(v.epochDay, months) + days), v.nanoOfDay, v.zone, v.offsetSeconds);
    }
    if (timeNanos !== 0n) dt = dateTimeAtInstant(dt.epochNanos() + timeNanos, dt.zone);
    checkYear(dt.epochDay);
    return dt;
  }
  throw invalidTemporalValue('Cannot shift a duration by a duration');
}

function isNumber(v: CypherValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/**
 * `+ - * /` where an operand is temporal; undefined when the pair is not temporal arithmetic
 * (the caller then raises its type error).
 */
export function temporalArithmetic(op: '+' | '-' | '*' | '/', a: CypherValue, b: CypherValue): CypherValue | undefined {
  if (a === null || b === null) return a instanceof TemporalValue || b instanceof TemporalValue ? null : undefined;
  const da = a instanceof CypherDuration ? a : undefined;
  const db = b instanceof CypherDuration ? b : undefined;
  switch (op) {
    case '+':
      if (da && db) return addDurations(da, db);
      if (db && isAnyTemporal(a)) return shiftByDuration(a, db, 1n);
      if (da && isAnyTemporal(b)) return shiftByDuration(b, da, 1n);
      return undefined;
    case '-':
      if (da && db) return subtractDurations(da, db);
      if (db && isAnyTemporal(a)) return shiftByDuration(a, db, -1n);
      return undefined;
    case '*':
      if (da && isNumber(b)) return multiplyDuration(da, b);
      if (db && isNumber(a)) return multiplyDuration(db, a);
      return undefined;
    case '/':
      if (da && isNumber(b)) return divideDuration(da, b);
      return undefined;
  }
}
