// Property access on temporal values (`d.year`, `t.offsetMinutes`, `dur.minutesOfHour`), with
// Neo4j's names and its truncating arithmetic for duration parts; null for a name a kind lacks.

import type { CypherValue, TemporalValue } from '../values.js';
import { dateOfEpochDay, dayOfQuarter, dayOfWeek, isoWeekOf, ordinalDay, quarterOf, timeOfDay } from './calendar.js';
import { datePart, timePart, zonePart } from './components.js';
import { CypherDateTime, CypherDuration, isAnyTemporal } from './temporal-values.js';
import { floorDivBig } from './zoned.js';
import { formatOffset } from './zone.js';
import { invalidTemporalType } from './temporal-error.js';

function dateProperty(epochDay: number, key: string): CypherValue | undefined {
  switch (key) {
    case 'year':
      return BigInt(dateOfEpochDay(epochDay).year);
    case 'quarter':
      return BigInt(quarterOf(dateOfEpochDay(epochDay).month));
    case 'month':
      return BigInt(dateOfEpochDay(epochDay).month);
    case 'week':
      return BigInt(isoWeekOf(epochDay).week);
    case 'weekYear':
      return BigInt(isoWeekOf(epochDay).weekYear);
    case 'dayOfQuarter':
      return BigInt(dayOfQuarter(epochDay));
    case 'day':
      return BigInt(dateOfEpochDay(epochDay).day);
    case 'ordinalDay':
      return BigInt(ordinalDay(epochDay));
    case 'dayOfWeek':
    case 'weekDay':
      return BigInt(dayOfWeek(epochDay));
  }
  return undefined;
}

function timeProperty(nanoOfDay: number, key: string): CypherValue | undefined {
  const { hour, minute, second, nano } = timeOfDay(nanoOfDay);
  switch (key) {
    case 'hour':
      return BigInt(hour);
    case 'minute':
      return BigInt(minute);
    case 'second':
      return BigInt(second);
    case 'millisecond':
      return BigInt(Math.floor(nano / 1e6));
    case 'microsecond':
      return BigInt(Math.floor(nano / 1e3));
    case 'nanosecond':
      return BigInt(nano);
  }
  return undefined;
}

function durationProperty(d: CypherDuration, key: string): CypherValue {
  const nanos = BigInt(d.nanos);
  switch (key) {
    case 'years':
      return d.months / 12n;
    case 'quarters':
      return d.months / 3n;
    case 'months':
      return d.months;
    case 'weeks':
      return d.days / 7n;
    case 'days':
      return d.days;
    case 'hours':
      return d.seconds / 3600n;
    case 'minutes':
      return d.seconds / 60n;
    case 'seconds':
      return d.seconds;
    case 'milliseconds':
      return d.seconds * 1000n + nanos / 1_000_000n;
    case 'microseconds':
      return d.seconds * 1_000_000n + nanos / 1000n;
    case 'nanoseconds':
      return d.seconds * 1_000_000_000n + nanos;
    case 'quartersOfYear':
      return (d.months / 3n) % 4n;
    case 'monthsOfQuarter':
      return d.months % 3n;
    case 'monthsOfYear':
      return d.months % 12n;
    case 'daysOfWeek':
      return d.days % 7n;
    case 'minutesOfHour':
      return (d.seconds / 60n) % 60n;
    case 'secondsOfMinute':
      return d.seconds % 60n;
    case 'millisecondsOfSecond':
      return nanos / 1_000_000n;
    case 'microsecondsOfSecond':
      return nanos / 1000n;
    case 'nanosecondsOfSecond':
      return nanos;
  }
  throw invalidTemporalType(`No such field: ${key}`);
}

/**
 * The value of `v.key` for a temporal value. A component the kind lacks (`localtime(…).year`,
 * `date(…).timezone`) is a TypeError, as in Neo4j 5.
 */
export function temporalProperty(value: TemporalValue, key: string): CypherValue {
  if (!isAnyTemporal(value)) throw invalidTemporalType(`No such field: ${key}`);
  const v = value;
  if (v instanceof CypherDuration) return durationProperty(v, key);
  const day = datePart(v);
  if (day !== undefined) {
    const p = dateProperty(day, key);
    if (p !== undefined) return p;
  }
  const time = timePart(v);
  if (time !== undefined) {
    const p = timeProperty(time, key);
    if (p !== undefined) return p;
  }
  const zone = zonePart(v);
  if (zone !== undefined) {
    switch (key) {
      case 'timezone':
        return zone.zone.kind === 'named' ? zone.zone.id : formatOffset(zone.offset);
      case 'offset':
        return formatOffset(zone.offset);
      case 'offsetMinutes':
        return BigInt(Math.trunc(zone.offset / 60));
      case 'offsetSeconds':
        return BigInt(zone.offset);
    }
  }
  if (v instanceof CypherDateTime) {
    const nanos = v.epochNanos();
    if (key === 'epochSeconds') return nanos / 1_000_000_000n;
    if (key === 'epochMillis') return floorDivBig(nanos, 1_000_000n);
  }
  throw invalidTemporalType(`Unsupported field: ${key} of ${v.kind} ${v.toString()}`);
}
