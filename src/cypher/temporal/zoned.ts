// Placing a local date-time in a zone and reading an instant in a zone: the two conversions
// every zoned operation (construction, arithmetic, truncation, between) goes through.

import { CypherDateTime, NANOS_PER_DAY } from './temporal-values.js';
import { offsetAtInstant, offsetForLocal, type Zone } from './zone.js';

const NANOS_PER_DAY_N = BigInt(NANOS_PER_DAY);

/** The date-time at an instant (nanoseconds since the epoch) as seen in a zone. */
export function dateTimeAtInstant(epochNanos: bigint, zone: Zone): CypherDateTime {
  const epochSecond = Number(floorDivBig(epochNanos, 1_000_000_000n));
  const offset = offsetAtInstant(zone, epochSecond);
  const local = epochNanos + BigInt(offset) * 1_000_000_000n;
  const day = floorDivBig(local, NANOS_PER_DAY_N);
  return new CypherDateTime(Number(day), Number(local - day * NANOS_PER_DAY_N), offset, zone);
}

/**
 * A local date-time placed in a zone as java.time's ZonedDateTime.ofLocal does: an overlap takes
 * the preferred (else the earlier) offset, a gap moves the time forward by the gap's length.
 */
export function dateTimeOfLocal(epochDay: number, nanoOfDay: number, zone: Zone, preferredOffset?: number): CypherDateTime {
  if (zone.kind === 'offset') return new CypherDateTime(epochDay, nanoOfDay, zone.seconds, zone);
  const localSecond = epochDay * 86400 + Math.floor(nanoOfDay / 1e9);
  const offset = offsetForLocal(zone, localSecond, preferredOffset);
  if (offsetAtInstant(zone, localSecond - offset) === offset) return new CypherDateTime(epochDay, nanoOfDay, offset, zone);
  const local = BigInt(epochDay) * NANOS_PER_DAY_N + BigInt(nanoOfDay);
  return dateTimeAtInstant(local - BigInt(offset) * 1_000_000_000n, zone);
}

/** Floor division of bigints. */
export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
