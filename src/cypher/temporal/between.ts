// duration.between / inMonths / inDays / inSeconds with Neo4j's rules: a missing time counts as
// midnight, a missing date is taken from the other value, a missing zone from the other value;
// months and days are counted on local date-times as java.time's until, the rest on the time line.

import { monthsUntil, plusMonths } from './calendar.js';
import { datePart, timePart, zonePart } from './components.js';
import { CypherDuration, NANOS_PER_DAY, type AnyTemporal } from './temporal-values.js';
import { invalidTemporalType } from './temporal-error.js';
import { dateTimeAtInstant, dateTimeOfLocal } from './zoned.js';
import { offsetAtInstant, type Zone } from './zone.js';

export type BetweenUnit = 'between' | 'months' | 'days' | 'seconds';

interface Point {
  day: number | undefined;
  nanoOfDay: number;
  zone: Zone | undefined;
  offset: number;
}

function pointOf(v: AnyTemporal): Point {
  if (v.kind === 'Duration') throw invalidTemporalType('duration.between needs two temporal instants, got a Duration');
  const z = zonePart(v);
  return { day: datePart(v), nanoOfDay: timePart(v) ?? 0, zone: z?.zone, offset: z?.offset ?? 0 };
}

/** Give a point the zone of the other, placing its local value in that zone. */
function attachZone(p: Point, zone: Zone, now: Date): Point {
  if (p.day !== undefined) {
    const dt = dateTimeOfLocal(p.day, p.nanoOfDay, zone);
    return { day: dt.epochDay, nanoOfDay: dt.nanoOfDay, zone, offset: dt.offsetSeconds };
  }
  return { ...p, zone, offset: offsetAtInstant(zone, Math.floor(now.getTime() / 1000)) };
}

const N = BigInt(NANOS_PER_DAY);

/** Nanoseconds since the epoch for a zoned point with a date, or of the local value without a zone. */
function timeLine(p: Point): bigint {
  return BigInt(p.day ?? 0) * N + BigInt(p.nanoOfDay) - BigInt(p.offset) * 1_000_000_000n;
}

/** The end point's local day and time as seen in the start point's zone (withZoneSameInstant). */
function localIn(end: Point, start: Point): { day: number; nanoOfDay: number } {
  if (start.zone === undefined) return { day: end.day!, nanoOfDay: end.nanoOfDay };
  const dt = dateTimeAtInstant(timeLine(end), start.zone);
  return { day: dt.epochDay, nanoOfDay: dt.nanoOfDay };
}

/** The end date java.time's LocalDateTime.until counts to: one day less when the time has not come round. */
function effectiveEndDay(from: Point, end: { day: number; nanoOfDay: number }): number {
  if (end.day > from.day! && end.nanoOfDay < from.nanoOfDay) return end.day - 1;
  if (end.day < from.day! && end.nanoOfDay > from.nanoOfDay) return end.day + 1;
  return end.day;
}

function plusDaysAndMonths(p: Point, months: number, days: number): Point {
  const day = plusMonths(p.day!, months) + days;
  if (p.zone === undefined) return { ...p, day };
  const dt = dateTimeOfLocal(day, p.nanoOfDay, p.zone, p.offset);
  return { day: dt.epochDay, nanoOfDay: dt.nanoOfDay, zone: p.zone, offset: dt.offsetSeconds };
}

/** The duration from `a` to `b` in the given unit. */
export function durationBetween(unit: BetweenUnit, a: AnyTemporal, b: AnyTemporal, now: Date): CypherDuration {
  let from = pointOf(a);
  let to = pointOf(b);
  const bothHaveDates = from.day !== undefined && to.day !== undefined;
  if (from.day !== undefined && to.day === undefined) to = { ...to, day: from.day };
  else if (to.day !== undefined && from.day === undefined) from = { ...from, day: to.day };
  if (from.zone !== undefined && to.zone === undefined) to = attachZone(to, from.zone, now);
  else if (to.zone !== undefined && from.zone === undefined) from = attachZone(from, to.zone, now);

  if (from.day === undefined) {
    if (unit === 'months' || unit === 'days') throw invalidTemporalType(`Unsupported unit: ${unit === 'months' ? 'Months' : 'Days'}`);
    return new CypherDuration(0n, 0n, 0n, timeLine(to) - timeLine(from));
  }
  if (unit === 'seconds') return new CypherDuration(0n, 0n, 0n, timeLine(to) - timeLine(from));
  if (unit === 'months') return new CypherDuration(BigInt(monthsUntil(from.day, effectiveEndDay(from, localIn(to, from)))), 0n, 0n, 0);
  if (unit === 'days') {
    return new CypherDuration(0n, BigInt(effectiveEndDay(from, localIn(to, from)) - from.day), 0n, 0);
  }
  if (!bothHaveDates) return new CypherDuration(0n, 0n, 0n, timeLine(to) - timeLine(from));
  const months = monthsUntil(from.day, effectiveEndDay(from, localIn(to, from)));
  const afterMonths = plusDaysAndMonths(from, months, 0);
  const days = effectiveEndDay(afterMonths, localIn(to, afterMonths)) - afterMonths.day!;
  const afterDays = plusDaysAndMonths(afterMonths, 0, days);
  return new CypherDuration(BigInt(months), BigInt(days), 0n, timeLine(to) - timeLine(afterDays));
}
