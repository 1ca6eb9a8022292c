// The current date and time for `date()`, `datetime.statement()`, `localtime.realtime('Z')`, …:
// the statement clock the runtime passes in, or the real clock, read in the requested zone.

import { CypherDate, type CypherDateTime, CypherLocalDateTime, CypherLocalTime, CypherTime } from './temporal-values.js';
import { dateTimeAtInstant } from './zoned.js';
import type { Zone } from './zone.js';

export type ClockKind = 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime';

/** Nanoseconds since the epoch now, with sub-millisecond digits from the monotonic clock. */
export function realtimeNanos(): bigint {
  const ms = BigInt(Date.now());
  const sub = process.hrtime.bigint() % 1_000_000n;
  return ms * 1_000_000n + sub;
}

/** The value of the given kind at an instant, seen in a zone. */
export function temporalAt(kind: ClockKind, epochNanos: bigint, zone: Zone): CypherDate | CypherLocalTime | CypherTime | CypherLocalDateTime | CypherDateTime {
  const dt = dateTimeAtInstant(epochNanos, zone);
  switch (kind) {
    case 'date':
      return new CypherDate(dt.epochDay);
    case 'localtime':
      return new CypherLocalTime(dt.nanoOfDay);
    case 'time':
      return new CypherTime(dt.nanoOfDay, dt.offsetSeconds);
    case 'localdatetime':
      return new CypherLocalDateTime(dt.epochDay, dt.nanoOfDay);
    case 'datetime':
      return dt;
  }
}
