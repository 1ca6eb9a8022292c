// The temporal functions the runtime looks up by lower-case name: construction from nothing
// (the clock), strings, maps and other values; truncation; epoch conversion; durations.

import { isCypherMap, TemporalValue, type CypherMap, type CypherValue, type TemporalKind } from '../values.js';
import { clockZone, dateFromMap, dateTimeFromMap, isClockMap, localDateTimeFromMap, localTimeFromMap, timeFromMap } from './build.js';
import { durationBetween, type BetweenUnit } from './between.js';
import { realtimeNanos, temporalAt, type ClockKind } from './clock.js';
import { durationOf, isDurationUnit, type DurationComponents } from './duration-math.js';
import { parseDateText, parseDateTimeText, parseDurationText, parseLocalTimeText, parseTimeText } from './parse.js';
import { invalidTemporalType, invalidTemporalValue, unparsableTemporal } from './temporal-error.js';
import { CypherError } from '../../errors.js';
import { CypherDate, CypherLocalDateTime, CypherLocalTime, CypherTime, isAnyTemporal, type AnyTemporal } from './temporal-values.js';
import { truncateTemporal } from './truncate.js';
import { dateTimeAtInstant, dateTimeOfLocal } from './zoned.js';
import { UTC } from './zone.js';

export type TemporalFunction = (args: CypherValue[], ctx: { now: Date }) => CypherValue;

const statementNanos = (ctx: { now: Date }): bigint => BigInt(ctx.now.getTime()) * 1_000_000n;

/** Text read by a parser; any fault in the text itself is a SyntaxError, as Neo4j reports it. */
function readText<T>(parse: (text: string) => T, text: string): T {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof CypherError && e.type === 'ArgumentError') throw unparsableTemporal(e.message);
    throw e;
  }
}

/** Construction from a string of the kind's ISO form. */
const FROM_STRING: Record<ClockKind, (text: string) => AnyTemporal> = {
  date: (t) => new CypherDate(readText(parseDateText, t)),
  localtime: (t) => new CypherLocalTime(readText(parseLocalTimeText, t)),
  time: (t) => {
    const p = readText(parseTimeText, t);
    if (p.zone !== undefined) throw invalidTemporalValue(`A time without a date cannot use a named time zone: '${t}'`);
    return new CypherTime(p.nanoOfDay, p.offset ?? 0);
  },
  localdatetime: (t) => {
    const p = readText(parseDateTimeText, t);
    return new CypherLocalDateTime(p.epochDay, p.nanoOfDay);
  },
  datetime: (t) => {
    const p = readText(parseDateTimeText, t);
    if (p.zone !== undefined) {
      const dt = dateTimeOfLocal(p.epochDay, p.nanoOfDay, p.zone, p.offset);
      if (p.offset !== undefined && dt.offsetSeconds !== p.offset) throw invalidTemporalValue(`Timezone and offset do not match: ${t}`);
      return dt;
    }
    return dateTimeOfLocal(p.epochDay, p.nanoOfDay, p.offset === undefined ? UTC : { kind: 'offset', seconds: p.offset });
  },
};

const KIND_FUNCTION: Record<Exclude<TemporalKind, 'Duration'>, ClockKind> = {
  Date: 'date',
  LocalTime: 'localtime',
  Time: 'time',
  LocalDateTime: 'localdatetime',
  DateTime: 'datetime',
};

/**
 * The value a temporal kind's string form denotes: the inverse of `toString()` (every value
 * reads back equal), for stores that keep temporal properties as text.
 *
 * @example temporalFromString('DateTime', '2015-07-21T21:40:32.142+01:00[Europe/London]')
 */
export function temporalFromString(kind: TemporalKind, text: string): TemporalValue {
  if (kind === 'Duration') return parseDurationText(text);
  return FROM_STRING[KIND_FUNCTION[kind]](text);
}

/** Construction from a map (selection from other values included). */
const FROM_MAP: Record<ClockKind, (map: CypherMap, now: Date) => AnyTemporal> = {
  date: (m) => dateFromMap(m),
  localtime: (m) => localTimeFromMap(m),
  time: (m, now) => timeFromMap(m, now),
  localdatetime: (m) => localDateTimeFromMap(m),
  datetime: (m) => dateTimeFromMap(m),
};

/** The map a bare temporal argument stands for: `date(x)` is `date({date: x})`. */
const SELECT_KEY: Record<ClockKind, string> = {
  date: 'date',
  localtime: 'time',
  time: 'time',
  localdatetime: 'datetime',
  datetime: 'datetime',
};

function constructor(kind: ClockKind, clock: (ctx: { now: Date }) => bigint): TemporalFunction {
  return (args, ctx) => {
    const arg = args[0];
    if (arg === null) return null;
    if (arg === undefined) return temporalAt(kind, clock(ctx), UTC);
    if (typeof arg === 'string') return FROM_STRING[kind](arg);
    if (arg instanceof TemporalValue) {
      if (arg.kind === 'Duration') throw invalidTemporalType(`${kind}() cannot be built from a Duration`);
      return FROM_MAP[kind]({ [SELECT_KEY[kind]]: arg }, ctx.now);
    }
    if (isCypherMap(arg)) {
      if (isClockMap(arg)) return temporalAt(kind, clock(ctx), clockZone(arg));
      return FROM_MAP[kind](arg, ctx.now);
    }
    throw invalidTemporalType(`${kind}() expects a string, a map or a temporal value`);
  };
}

function clockFunction(kind: ClockKind, clock: (ctx: { now: Date }) => bigint): TemporalFunction {
  return (args, ctx) => {
    const arg = args[0];
    if (arg === null) return null;
    return temporalAt(kind, clock(ctx), clockZone(arg));
  };
}

function truncateFunction(kind: ClockKind): TemporalFunction {
  return (args, ctx) => {
    const [unit, value, map] = args;
    if (unit === null || value === null || unit === undefined || value === undefined) return null;
    if (typeof unit !== 'string') throw invalidTemporalType('The truncation unit must be a string');
    if (!isAnyTemporal(value) || value.kind === 'Duration') throw invalidTemporalType(`${kind}.truncate needs a temporal instant`);
    if (map !== undefined && map !== null && !isCypherMap(map)) throw invalidTemporalType('The truncation fields must be a map');
    return truncateTemporal(kind, unit, value, isCypherMap(map) ? map : {}, ctx.now);
  };
}

function durationFunction(args: CypherValue[]): CypherValue {
  const arg = args[0];
  if (arg === null || arg === undefined) return null;
  if (typeof arg === 'string') return parseDurationText(arg);
  if (isCypherMap(arg)) {
    const parts: DurationComponents = {};
    for (const [k, v] of Object.entries(arg)) {
      if (!isDurationUnit(k)) throw invalidTemporalValue(`No such duration unit: '${k}'`);
      if (v === null) continue;
      if (typeof v !== 'bigint' && typeof v !== 'number') throw invalidTemporalType(`Duration ${k} must be a number`);
      parts[k] = v;
    }
    return durationOf(parts);
  }
  throw invalidTemporalType('duration() expects a string or a map');
}

function betweenFunction(unit: BetweenUnit): TemporalFunction {
  return (args, ctx) => {
    const [a, b] = args;
    if (a === null || b === null || a === undefined || b === undefined) return null;
    if (!isAnyTemporal(a) || !isAnyTemporal(b)) throw invalidTemporalType('duration.between needs two temporal values');
    return durationBetween(unit, a, b, ctx.now);
  };
}

function integer(v: CypherValue | undefined, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw invalidTemporalType(`${what} must be an integer`);
}

const KINDS: ClockKind[] = ['date', 'localtime', 'time', 'localdatetime', 'datetime'];

function buildTable(): Record<string, TemporalFunction> {
  const table: Record<string, TemporalFunction> = {};
  const realtime = (): bigint => realtimeNanos();
  for (const kind of KINDS) {
    table[kind] = constructor(kind, statementNanos);
    table[`${kind}.transaction`] = clockFunction(kind, statementNanos);
    table[`${kind}.statement`] = clockFunction(kind, statementNanos);
    table[`${kind}.realtime`] = clockFunction(kind, realtime);
    table[`${kind}.truncate`] = truncateFunction(kind);
  }
  table['datetime.fromepoch'] = (args) => {
    const [s, n] = args;
    if (s === null || s === undefined || n === null) return null;
    if (n !== undefined && (integer(n, 'nanoseconds') < 0n || integer(n, 'nanoseconds') > 999_999_999n)) {
      throw invalidTemporalValue(`Invalid nanosecond: ${String(n)}`);
    }
    return dateTimeAtInstant(integer(s, 'seconds') * 1_000_000_000n + (n === undefined ? 0n : integer(n, 'nanoseconds')), UTC);
  };
  table['datetime.fromepochmillis'] = (args) => {
    const [ms] = args;
    if (ms === null || ms === undefined) return null;
    return dateTimeAtInstant(integer(ms, 'milliseconds') * 1_000_000n, UTC);
  };
  table.duration = durationFunction;
  table['duration.between'] = betweenFunction('between');
  table['duration.inmonths'] = betweenFunction('months');
  table['duration.indays'] = betweenFunction('days');
  table['duration.inseconds'] = betweenFunction('seconds');
  return table;
}

/** Every temporal function, keyed by its lower-case full name (`date.truncate`, `duration.between`). */
export const temporalFunctions: Record<string, TemporalFunction> = buildTable();
