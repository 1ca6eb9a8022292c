// Equality and order of temporal values: same-kind values only; instants compare on the time
// line, zoned values then by offset and zone; durations are equal part by part and unordered.

import { CypherDate, CypherDateTime, CypherDuration, CypherLocalDateTime, CypherLocalTime, CypherTime } from './temporal-values.js';
import type { TemporalValue } from '../values.js';

const sign = (n: number | bigint): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

function timeUtcNanos(t: CypherTime): number {
  return t.nanoOfDay - t.offsetSeconds * 1e9;
}

/** Order of two temporal values of the same kind; null for different kinds and for durations. */
export function compareTemporal(a: TemporalValue, b: TemporalValue): number | null {
  if (a instanceof CypherDate && b instanceof CypherDate) return sign(a.epochDay - b.epochDay);
  if (a instanceof CypherLocalTime && b instanceof CypherLocalTime) return sign(a.nanoOfDay - b.nanoOfDay);
  if (a instanceof CypherTime && b instanceof CypherTime) {
    return sign(timeUtcNanos(a) - timeUtcNanos(b)) || sign(a.offsetSeconds - b.offsetSeconds);
  }
  if (a instanceof CypherLocalDateTime && b instanceof CypherLocalDateTime) {
    return sign(a.epochDay - b.epochDay) || sign(a.nanoOfDay - b.nanoOfDay);
  }
  if (a instanceof CypherDateTime && b instanceof CypherDateTime) {
    const byInstant = sign(a.epochNanos() - b.epochNanos());
    if (byInstant !== 0) return byInstant;
    const byLocal = sign(a.epochDay - b.epochDay) || sign(a.nanoOfDay - b.nanoOfDay);
    if (byLocal !== 0) return byLocal;
    const za = a.zone.kind === 'named' ? a.zone.id : '';
    const zb = b.zone.kind === 'named' ? b.zone.id : '';
    return za < zb ? -1 : za > zb ? 1 : 0;
  }
  return null;
}

const AVG_SECONDS_PER_MONTH = 2_629_746n;

/**
 * The total order ORDER BY uses within one kind: as compareTemporal, and durations by their
 * average length (a month as 365.2425 / 12 days), then by nanoseconds, as Neo4j sorts them.
 */
export function orderTemporal(a: TemporalValue, b: TemporalValue): number | null {
  if (a instanceof CypherDuration && b instanceof CypherDuration) {
    const length = (d: CypherDuration): bigint => d.months * AVG_SECONDS_PER_MONTH + d.days * 86_400n + d.seconds;
    return sign(length(a) - length(b)) || sign(a.nanos - b.nanos) || sign(a.months - b.months) || sign(a.days - b.days);
  }
  return compareTemporal(a, b);
}

/**
 * Cypher `=` on temporal values: same kind and same value. Times and date-times are equal when
 * they show the same local value in the same zone (Neo4j's rule), durations part by part.
 */
export function temporalEquals(a: TemporalValue, b: TemporalValue): boolean {
  if (a instanceof CypherDuration && b instanceof CypherDuration) {
    return a.months === b.months && a.days === b.days && a.seconds === b.seconds && a.nanos === b.nanos;
  }
  if (a instanceof CypherTime && b instanceof CypherTime) return a.nanoOfDay === b.nanoOfDay && a.offsetSeconds === b.offsetSeconds;
  if (a instanceof CypherDateTime && b instanceof CypherDateTime) {
    if (a.epochDay !== b.epochDay || a.nanoOfDay !== b.nanoOfDay) return false;
    if (a.zone.kind !== b.zone.kind) return false;
    if (a.zone.kind === 'named' && b.zone.kind === 'named') return a.zone.id === b.zone.id;
    return a.offsetSeconds === b.offsetSeconds;
  }
  return compareTemporal(a, b) === 0;
}
