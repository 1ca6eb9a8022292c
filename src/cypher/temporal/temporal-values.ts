// The six Cypher temporal values as immutable component records: epoch day, nanosecond of day,
// offset and zone for instants, and months/days/seconds/nanoseconds for durations.

import { TemporalValue } from '../values.js';
import { formatDate, formatDuration, formatLocalTime, formatLocalTimeForToString, formatZoneSuffix } from './format.js';
import { UTC, type Zone } from './zone.js';
import { invalidTemporalValue } from './temporal-error.js';

export const NANOS_PER_SECOND = 1_000_000_000;
export const NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND;

/** A date without time or zone: `date('2015-07-21')`. */
export class CypherDate extends TemporalValue {
  readonly kind = 'Date' as const;
  constructor(readonly epochDay: number) {
    super();
  }
  override toString(): string {
    return formatDate(this.epochDay);
  }
  /** What Cypher's `toString()` gives (Neo4j 5 writes times with seconds always). */
  toCypherString(): string {
    return this.toString();
  }
  override equalityKey(): string {
    return String(this.epochDay);
  }
}

/** A time of day without zone: `localtime('21:40:32.142')`. */
export class CypherLocalTime extends TemporalValue {
  readonly kind = 'LocalTime' as const;
  constructor(readonly nanoOfDay: number) {
    super();
  }
  override toString(): string {
    return formatLocalTime(this.nanoOfDay);
  }
  /** What Cypher's `toString()` gives (Neo4j 5 writes times with seconds always). */
  toCypherString(): string {
    return formatLocalTimeForToString(this.nanoOfDay);
  }
  override equalityKey(): string {
    return String(this.nanoOfDay);
  }
}

/** A time of day with a fixed offset: `time('21:40:32.142+01:00')`. */
export class CypherTime extends TemporalValue {
  readonly kind = 'Time' as const;
  constructor(
    readonly nanoOfDay: number,
    readonly offsetSeconds: number,
  ) {
    super();
  }
  override toString(): string {
    return formatLocalTime(this.nanoOfDay) + formatZoneSuffix(this.offsetSeconds, { kind: 'offset', seconds: this.offsetSeconds });
  }
  /** What Cypher's `toString()` gives (Neo4j 5 writes times with seconds always). */
  toCypherString(): string {
    return formatLocalTimeForToString(this.nanoOfDay) + formatZoneSuffix(this.offsetSeconds, { kind: 'offset', seconds: this.offsetSeconds });
  }
  override equalityKey(): string {
    return `${this.nanoOfDay}/${this.offsetSeconds}`;
  }
}

/** A date and time without zone: `localdatetime('2015-07-21T21:40:32.142')`. */
export class CypherLocalDateTime extends TemporalValue {
  readonly kind = 'LocalDateTime' as const;
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
  ) {
    super();
  }
  override toString(): string {
    return formatDate(this.epochDay) + 'T' + formatLocalTime(this.nanoOfDay);
  }
  /** What Cypher's `toString()` gives (Neo4j 5 writes times with seconds always). */
  toCypherString(): string {
    return formatDate(this.epochDay) + 'T' + formatLocalTimeForToString(this.nanoOfDay);
  }
  override equalityKey(): string {
    return `${this.epochDay}/${this.nanoOfDay}`;
  }
}

/**
 * A date and time in a zone. The local fields are those seen in the zone; `offsetSeconds` is the
 * zone's offset at that instant (fixed for offset zones, from the rules for named ones).
 */
export class CypherDateTime extends TemporalValue {
  readonly kind = 'DateTime' as const;
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
    readonly offsetSeconds: number,
    readonly zone: Zone = UTC,
  ) {
    super();
  }
  override toString(): string {
    return formatDate(this.epochDay) + 'T' + formatLocalTime(this.nanoOfDay) + formatZoneSuffix(this.offsetSeconds, this.zone);
  }
  /** Nanoseconds since 1970-01-01T00:00Z. */
  epochNanos(): bigint {
    return (BigInt(this.epochDay) * 86_400n - BigInt(this.offsetSeconds)) * 1_000_000_000n + BigInt(this.nanoOfDay);
  }
  /** What Cypher's `toString()` gives (Neo4j 5 writes times with seconds always). */
  toCypherString(): string {
    return formatDate(this.epochDay) + 'T' + formatLocalTimeForToString(this.nanoOfDay) + formatZoneSuffix(this.offsetSeconds, this.zone);
  }
  override equalityKey(): string {
    return `${this.epochDay}/${this.nanoOfDay}/${this.offsetSeconds}/${this.zone.kind === 'named' ? this.zone.id : ''}`;
  }
}

/**
 * An amount of time in Neo4j's four independent parts: months, days, seconds and nanoseconds.
 * Only seconds and nanoseconds are normalised together (0 <= nanos < 1e9); months never fold
 * into days nor days into seconds, because their lengths vary.
 */
export class CypherDuration extends TemporalValue {
  readonly kind = 'Duration' as const;
  readonly months: bigint;
  readonly days: bigint;
  readonly seconds: bigint;
  readonly nanos: number;
  constructor(months: bigint, days: bigint, seconds: bigint, nanos: bigint | number) {
    super();
    const n = BigInt(nanos);
    const carry = n >= 0n ? n / 1_000_000_000n : -((-n + 999_999_999n) / 1_000_000_000n);
    this.months = months;
    this.days = days;
    this.seconds = seconds + carry;
    this.nanos = Number(n - carry * 1_000_000_000n);
    assertNoOverflow(this.months, this.days, this.seconds);
  }
  override toString(): string {
    return formatDuration(this.months, this.days, this.seconds, this.nanos);
  }
  /** What Cypher's `toString()` gives: the same form for durations. */
  toCypherString(): string {
    return this.toString();
  }
  override equalityKey(): string {
    return `${this.months}/${this.days}/${this.seconds}/${this.nanos}`;
  }
}

const MAX_LONG = 2n ** 63n - 1n;
const MIN_LONG = -(2n ** 63n);

/**
 * Neo4j's rule for a valid duration: its average length in seconds (a month being 2,629,746)
 * must fit a 64-bit long at every step of the sum.
 */
function assertNoOverflow(months: bigint, days: bigint, seconds: bigint): void {
  let total = 0n;
  for (const term of [months * 2_629_746n, days * 86_400n, seconds]) {
    total += term;
    if (term > MAX_LONG || term < MIN_LONG || total > MAX_LONG || total < MIN_LONG) {
      throw invalidTemporalValue(`Invalid value for duration, will cause overflow. Value was months=${months}, days=${days}, seconds=${seconds}`);
    }
  }
}

export type AnyTemporal = CypherDate | CypherLocalTime | CypherTime | CypherLocalDateTime | CypherDateTime | CypherDuration;

/** Whether a value is one of the six temporal classes (every TemporalValue the engine makes is). */
export function isAnyTemporal(value: unknown): value is AnyTemporal {
  return (
    value instanceof CypherDate ||
    value instanceof CypherLocalTime ||
    value instanceof CypherTime ||
    value instanceof CypherLocalDateTime ||
    value instanceof CypherDateTime ||
    value instanceof CypherDuration
  );
}

/**
 * What Cypher's `toString()` function returns for a temporal value: Neo4j 5 writes times with
 * seconds always and fractions without trailing zeros (`toString(localtime('12:00'))` is
 * `'12:00:00'`), while returned values keep the ISO form of `toString()` (`12:00`).
 */
export function temporalToCypherString(value: TemporalValue): string {
  return isAnyTemporal(value) ? value.toCypherString() : value.toString();
}
