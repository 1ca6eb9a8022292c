// Temporal values from maps: `date({year: 1984, week: 10, dayOfWeek: 3})`, and selection from
// other values with overrides: `date({date: other, day: 28})`, `datetime({datetime: d, timezone: 'Z'})`.

import { elementAt } from '../../errors.js';
import type { CypherMap, CypherValue } from '../values.js';
import { isCypherMap } from '../values.js';
import {
  dateOfEpochDay,
  dayOfWeek,
  epochDayOf,
  epochDayOfWeekDate,
  isoWeekOf,
  lengthOfMonth,
  MAX_YEAR,
  MIN_YEAR,
  nanoOfDayOf,
  quarterOf,
  timeOfDay,
} from './calendar.js';
import { datePart, timePart, zonePart } from './components.js';
import { checkedCalendarDate, checkedOrdinalDate, checkedWeekDate } from './parse.js';
import { invalidTemporalType, invalidTemporalValue } from './temporal-error.js';
import {
  CypherDate,
  type CypherDateTime,
  CypherLocalDateTime,
  CypherLocalTime,
  CypherTime,
  NANOS_PER_DAY,
  isAnyTemporal,
  type AnyTemporal,
} from './temporal-values.js';
import { dateTimeAtInstant, dateTimeOfLocal } from './zoned.js';
import { offsetAtInstant, parseZone, UTC, type Zone } from './zone.js';

const DATE_KEYS = ['year', 'month', 'day', 'week', 'dayOfWeek', 'ordinalDay', 'quarter', 'dayOfQuarter'];
const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'];

/** An integer field of a construction map, or undefined when absent (or null). */
function intField(map: CypherMap, key: string): number | undefined {
  const v = map[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw invalidTemporalType(`${key} must be an integer, got ${String(v)}`);
}

/** An integer field the caller has seen present. */
function requiredIntField(map: CypherMap, key: string): number {
  const v = intField(map, key);
  if (v === undefined) throw invalidTemporalValue(`${key} must be specified`);
  return v;
}

function temporalField(map: CypherMap, key: string): AnyTemporal | undefined {
  const v = map[key];
  if (v === undefined || v === null) return undefined;
  if (!isAnyTemporal(v)) throw invalidTemporalType(`${key} must be a temporal value`);
  return v;
}

function zoneField(map: CypherMap): Zone | undefined {
  const v = map.timezone;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidTemporalType('timezone must be a string');
  return parseZone(v);
}

function present(map: CypherMap, key: string): boolean {
  return map[key] !== undefined && map[key] !== null;
}

/** Neo4j's assertDefinedInOrder: a smaller field needs every larger one of its group. */
function assertDefinedInOrder(map: CypherMap, fields: string[]): void {
  for (let i = fields.length - 1; i > 0; i--) {
    if (map[elementAt(fields, i)] === undefined) continue;
    for (let j = i - 1; j >= 0; j--) {
      if (map[elementAt(fields, j)] === undefined) throw invalidTemporalValue(`${fields[i]} cannot be specified without ${fields[j]}`);
    }
  }
}

const CALENDAR_GROUP = ['year', 'month', 'day'];
const DATE_GROUPS = [CALENDAR_GROUP, ['year', 'week', 'dayOfWeek'], ['year', 'quarter', 'dayOfQuarter'], ['year', 'ordinalDay']];

// Hot paths below use plain loops rather than closures: constructing values is per row.

function hasAny(map: CypherMap, keys: readonly string[], from = 0): boolean {
  for (let i = from; i < keys.length; i++) if (map[elementAt(keys, i)] !== undefined) return true;
  return false;
}

/** Without a base value a map must name whole, unmixed groups: no `day` without `month`, no `week` with `month`. */
function checkDateFields(map: CypherMap): void {
  let used: string[] | undefined;
  for (const g of DATE_GROUPS) {
    if (!hasAny(map, g, 1)) continue;
    if (used !== undefined) throw invalidTemporalType(`Cannot mix ${used.slice(1).join('/')} and ${g.slice(1).join('/')} fields`);
    used = g;
  }
  if (used !== undefined) assertDefinedInOrder(map, used);
}

/** A date with a time of day needs its whole group: `{year, month, hour}` lacks the day. */
function checkCompleteDate(map: CypherMap): void {
  if (!hasAny(map, TIME_KEYS)) return;
  let group = CALENDAR_GROUP;
  for (const g of DATE_GROUPS) {
    if (hasAny(map, g, 1)) {
      group = g;
      break;
    }
  }
  for (const k of group) {
    if (map[k] === undefined) throw invalidTemporalValue(`${k} must be specified`);
  }
}

const CLOCK_KEYS = ['timezone'];
const CLOCK_ORDER = ['hour', 'minute', 'second'];
const SUB_SECOND_KEYS = ['millisecond', 'microsecond', 'nanosecond'];
const ALLOWED_KEYS: Record<string, string[]> = {
  date: [...DATE_KEYS, 'date'],
  localtime: [...TIME_KEYS, 'time'],
  time: [...TIME_KEYS, 'time', ...CLOCK_KEYS],
  localdatetime: [...DATE_KEYS, ...TIME_KEYS, 'date', 'time', 'datetime'],
  datetime: [...DATE_KEYS, ...TIME_KEYS, 'date', 'time', 'datetime', 'epochSeconds', 'epochMillis', ...CLOCK_KEYS],
};

/** Neo4j refuses fields a kind does not have: `date({…, hour: 3})` is a TypeError. */
export function checkSupportedFields(kind: string, map: CypherMap): void {
  const allowed = ALLOWED_KEYS[kind];
  if (!allowed) return;
  for (const k of Object.keys(map)) {
    if (allowed.includes(k)) continue;
    // A zone alone asks the clock; beside other fields only zoned kinds take one.
    if (k === 'timezone') throw invalidTemporalType('Cannot assign time zone if also assigning other fields.');
    throw invalidTemporalType(`Not supported: ${k}`);
  }
}

/**
 * The epoch day a map describes, in the form its keys select: week date (week, dayOfWeek),
 * ordinal date (ordinalDay), quarter date (quarter, dayOfQuarter) or calendar date. Fields the
 * map lacks come from `base` when there is one, else default to the first.
 */
export function buildDate(map: CypherMap, base: number | undefined): number {
  if (base !== undefined) return adjustDate(map, base);
  checkDateFields(map);
  const year = intField(map, 'year');
  if (year === undefined) throw invalidTemporalValue('year must be specified');
  if (present(map, 'week') || present(map, 'dayOfWeek')) {
    return checkedWeekDate(year, intField(map, 'week') ?? 1, intField(map, 'dayOfWeek') ?? 1);
  }
  if (present(map, 'ordinalDay')) return checkedOrdinalDate(year, requiredIntField(map, 'ordinalDay'));
  if (present(map, 'quarter') || present(map, 'dayOfQuarter')) {
    const q = intField(map, 'quarter') ?? 1;
    const dq = intField(map, 'dayOfQuarter') ?? 1;
    checkRange('quarter', q, 1, 4);
    const start = checkedCalendarDate(year, (q - 1) * 3 + 1, 1);
    const end = q === 4 ? checkedCalendarDate(year, 12, 31) + 1 : checkedCalendarDate(year, q * 3 + 1, 1);
    if (dq < 1 || start + dq - 1 >= end) throw invalidTemporalValue(`Invalid day of quarter: ${dq}`);
    return start + dq - 1;
  }
  return checkedCalendarDate(year, intField(map, 'month') ?? 1, intField(map, 'day') ?? 1);
}

function checkRange(field: string, value: number, min: number, max: number): void {
  if (value < min || value > max) throw invalidTemporalValue(`Invalid value for ${field} (valid values ${min} - ${max}): ${value}`);
}

/**
 * A base date with the map's fields set one after another as java.time's `with` sets them:
 * year first (29 February becomes the 28th), then month or quarter (day of month clamped),
 * then the day; week and quarter days carry over into the next period rather than fail.
 */
function adjustDate(map: CypherMap, base: number): number {
  const year = intField(map, 'year');
  if (present(map, 'week') || present(map, 'dayOfWeek')) {
    const bw = isoWeekOf(base);
    const weekYear = year ?? bw.weekYear;
    const week = intField(map, 'week') ?? bw.week;
    const dow = intField(map, 'dayOfWeek') ?? dayOfWeek(base);
    checkRange('week', week, 1, 53);
    checkRange('dayOfWeek', dow, 1, 7);
    return checkYear(epochDayOfWeekDate(weekYear, week, dow));
  }
  const b = dateOfEpochDay(base);
  const y = year ?? b.year;
  let month = b.month;
  let day = Math.min(b.day, lengthOfMonth(y, month));
  if (present(map, 'ordinalDay')) return checkedOrdinalDate(y, requiredIntField(map, 'ordinalDay'));
  if (present(map, 'quarter') || present(map, 'dayOfQuarter')) {
    const q = intField(map, 'quarter');
    if (q !== undefined) {
      checkRange('quarter', q, 1, 4);
      month += (q - quarterOf(month)) * 3;
      day = Math.min(day, lengthOfMonth(y, month));
    }
    const dq = intField(map, 'dayOfQuarter');
    if (dq === undefined) return checkedCalendarDate(y, month, day);
    checkRange('dayOfQuarter', dq, 1, 92);
    return checkYear(epochDayOf(y, (quarterOf(month) - 1) * 3 + 1, 1) + dq - 1);
  }
  const m = intField(map, 'month');
  if (m !== undefined) {
    checkRange('month', m, 1, 12);
    month = m;
    day = Math.min(day, lengthOfMonth(y, month));
  }
  return checkedCalendarDate(y, month, intField(map, 'day') ?? day);
}

function checkYear(epochDay: number): number {
  const { year } = dateOfEpochDay(epochDay);
  checkRange('year', year, MIN_YEAR, MAX_YEAR);
  return epochDay;
}

/**
 * The nanosecond of day a map describes. Sub-second fields add up (millisecond, microsecond
 * of millisecond, nanosecond of microsecond) when more than one is given, and together replace
 * the base's whole fraction (`{time: t, nanosecond: 5}` is `….000000005`, as in Neo4j); hour,
 * minute and second each keep the base's value when absent.
 */
export function buildTimeOfDay(map: CypherMap, base: number | undefined): number {
  const b = base === undefined ? undefined : timeOfDay(base);
  const hour = intField(map, 'hour') ?? b?.hour ?? 0;
  const minute = intField(map, 'minute') ?? b?.minute ?? 0;
  const second = intField(map, 'second') ?? b?.second ?? 0;
  if (base === undefined) {
    assertDefinedInOrder(map, CLOCK_ORDER);
    if (map.second === undefined && hasAny(map, SUB_SECOND_KEYS)) throw invalidTemporalValue('sub-second fields cannot be specified without second');
  }
  const ms = intField(map, 'millisecond');
  const us = intField(map, 'microsecond');
  const ns = intField(map, 'nanosecond');
  let nanos = b?.nano ?? 0;
  if (ms !== undefined || us !== undefined || ns !== undefined) {
    if (ms !== undefined && (ms < 0 || ms > 999)) throw invalidTemporalValue(`Invalid millisecond: ${ms}`);
    if (us !== undefined && (us < 0 || us > (ms === undefined ? 999_999 : 999))) throw invalidTemporalValue(`Invalid microsecond: ${us}`);
    const nsMax = us !== undefined ? 999 : ms !== undefined ? 999_999 : 999_999_999;
    if (ns !== undefined && (ns < 0 || ns > nsMax)) throw invalidTemporalValue(`Invalid nanosecond: ${ns}`);
    nanos = (ms ?? 0) * 1e6 + (us ?? 0) * 1e3 + (ns ?? 0);
  }
  if (hour < 0 || hour > 23) throw invalidTemporalValue(`Invalid hour: ${hour}`);
  if (minute < 0 || minute > 59) throw invalidTemporalValue(`Invalid minute: ${minute}`);
  if (second < 0 || second > 59) throw invalidTemporalValue(`Invalid second: ${second}`);
  return nanoOfDayOf({ hour, minute, second, nano: nanos });
}

function mustHaveDate(v: AnyTemporal, key: string): number {
  const d = datePart(v);
  if (d === undefined) throw invalidTemporalType(`Cannot get the date of: ${v.toString()} (${key})`);
  return d;
}

function mustHaveTime(v: AnyTemporal, key: string): number {
  const t = timePart(v);
  if (t === undefined) throw invalidTemporalType(`Cannot get the time of: ${v.toString()} (${key})`);
  return t;
}

function baseDate(map: CypherMap): number | undefined {
  const dt = temporalField(map, 'datetime');
  if (dt !== undefined) {
    mustHaveTime(dt, 'datetime');
    return mustHaveDate(dt, 'datetime');
  }
  const d = temporalField(map, 'date');
  return d === undefined ? undefined : mustHaveDate(d, 'date');
}

function baseTime(map: CypherMap): { nanoOfDay: number; source: AnyTemporal } | undefined {
  const dt = temporalField(map, 'datetime');
  if (dt !== undefined) return { nanoOfDay: mustHaveTime(dt, 'datetime'), source: dt };
  const t = temporalField(map, 'time');
  return t === undefined ? undefined : { nanoOfDay: mustHaveTime(t, 'time'), source: t };
}

export function dateFromMap(map: CypherMap): CypherDate {
  checkSupportedFields('date', map);
  return new CypherDate(buildDate(map, baseDate(map)));
}

export function localTimeFromMap(map: CypherMap): CypherLocalTime {
  checkSupportedFields('localtime', map);
  return new CypherLocalTime(buildTimeOfDay(map, baseTime(map)?.nanoOfDay));
}

/** The offset a zone has for a time of day alone: named zones use their offset at `now`. */
function offsetForTime(zone: Zone, now: Date): number {
  return offsetAtInstant(zone, Math.floor(now.getTime() / 1000));
}

export function timeFromMap(map: CypherMap, now: Date): CypherTime {
  checkSupportedFields('time', map);
  const base = baseTime(map);
  let nanoOfDay = buildTimeOfDay(map, base?.nanoOfDay);
  const source = base === undefined ? undefined : zonePart(base.source);
  const zone = zoneField(map);
  if (zone === undefined) return new CypherTime(nanoOfDay, source?.offset ?? 0);
  const offset = offsetForTime(zone, now);
  if (source !== undefined) {
    nanoOfDay = wrapNanoOfDay(nanoOfDay + (offset - source.offset) * 1e9);
  }
  return new CypherTime(nanoOfDay, offset);
}

export function wrapNanoOfDay(n: number): number {
  return ((n % NANOS_PER_DAY) + NANOS_PER_DAY) % NANOS_PER_DAY;
}

export function localDateTimeFromMap(map: CypherMap): CypherLocalDateTime {
  checkSupportedFields('localdatetime', map);
  const dateBase = baseDate(map);
  if (dateBase === undefined) checkCompleteDate(map);
  return new CypherLocalDateTime(buildDate(map, dateBase), buildTimeOfDay(map, baseTime(map)?.nanoOfDay));
}

export function dateTimeFromMap(map: CypherMap): CypherDateTime {
  checkSupportedFields('datetime', map);
  const zone = zoneField(map);
  const epochSeconds = map.epochSeconds;
  const epochMillis = map.epochMillis;
  if (epochSeconds !== undefined || epochMillis !== undefined) {
    let nanos: bigint;
    if (epochSeconds !== undefined) nanos = BigInt(requiredIntField(map, 'epochSeconds')) * 1_000_000_000n;
    else nanos = BigInt(requiredIntField(map, 'epochMillis')) * 1_000_000n;
    const sub = hasAny(map, SUB_SECOND_KEYS) ? BigInt(buildTimeOfDay(map, 0)) : 0n;
    return dateTimeAtInstant(nanos + sub, zone ?? UTC);
  }
  const dateBase = baseDate(map);
  if (dateBase === undefined) checkCompleteDate(map);
  const date = buildDate(map, dateBase);
  const base = baseTime(map);
  const nanoOfDay = buildTimeOfDay(map, base?.nanoOfDay);
  const source = base === undefined ? undefined : zonePart(base.source);
  if (source === undefined) return dateTimeOfLocal(date, nanoOfDay, zone ?? UTC);
  const inSource = dateTimeOfLocal(date, nanoOfDay, source.zone, source.offset);
  if (zone === undefined) return inSource;
  return dateTimeAtInstant(inSource.epochNanos(), zone);
}

/** True when a map only names a zone, which asks for the current time there. */
export function isClockMap(map: CypherMap): boolean {
  for (const k in map) {
    if (k !== 'timezone' && map[k] !== undefined) return false;
  }
  return true;
}

/** The zone a clock call asks for: `date('Europe/Stockholm')`, `date({timezone: …})`, else UTC. */
export function clockZone(arg: CypherValue | undefined): Zone {
  if (arg === undefined || arg === null) return UTC;
  if (typeof arg === 'string') return parseZone(arg);
  if (isCypherMap(arg)) return zoneField(arg) ?? UTC;
  throw invalidTemporalType('A time zone must be a string or a map with a timezone');
}
