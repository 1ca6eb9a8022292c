// Reading the parts a temporal value has: its date, its time of day, its zone. Construction,
// truncation and duration.between combine values of different kinds through these.

import { CypherDate, CypherDateTime, CypherLocalDateTime, CypherLocalTime, CypherTime, type AnyTemporal } from './temporal-values.js';
import type { Zone } from './zone.js';

/** The epoch day of a value that has a date, else undefined. */
export function datePart(v: AnyTemporal): number | undefined {
  if (v instanceof CypherDate || v instanceof CypherLocalDateTime || v instanceof CypherDateTime) return v.epochDay;
  return undefined;
}

/** The nanosecond of day of a value that has a time, else undefined. */
export function timePart(v: AnyTemporal): number | undefined {
  if (v instanceof CypherLocalTime || v instanceof CypherTime || v instanceof CypherLocalDateTime || v instanceof CypherDateTime) {
    return v.nanoOfDay;
  }
  return undefined;
}

/** The zone and current offset of a zoned value (a time's zone is its offset), else undefined. */
export function zonePart(v: AnyTemporal): { zone: Zone; offset: number } | undefined {
  if (v instanceof CypherTime) return { zone: { kind: 'offset', seconds: v.offsetSeconds }, offset: v.offsetSeconds };
  if (v instanceof CypherDateTime) return { zone: v.zone, offset: v.offsetSeconds };
  return undefined;
}
