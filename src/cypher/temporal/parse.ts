// Reading temporal values from ISO-8601 strings in every form Neo4j accepts: calendar, week
// (`2015-W30-2`) and ordinal (`2015-202`) dates, basic and extended times with fractions,
// offsets, `[Region/City]` zones, and durations (`P1Y2M3DT4H5M6.7S`, `P2012-02-02T14:37:21.545`).

import { elementAt } from '../../errors.js';
import { epochDayOf, epochDayOfWeekDate, lengthOfMonth, lengthOfYear, MAX_YEAR, MIN_YEAR, nanoOfDayOf, weeksInWeekYear } from './calendar.js';
import { durationOf, type DurationComponents } from './duration-math.js';
import { invalidTemporalValue, unparsableTemporal } from './temporal-error.js';
import { CypherDuration } from './temporal-values.js';
import { parseOffset, parseZone, type Zone } from './zone.js';

const YEAR = '(\\d{4}|[+-]\\d{4,9})';
const DATE_FORMS: Array<[RegExp, (m: RegExpExecArray) => number]> = [
  [new RegExp(`^${YEAR}-(\\d{1,2})-(\\d{1,2})$`), (m) => calendarDate(elementAt(m, 1), elementAt(m, 2), elementAt(m, 3))],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => calendarDate(elementAt(m, 1), elementAt(m, 2), elementAt(m, 3))],
  [new RegExp(`^${YEAR}-W(\\d{1,2})(?:-(\\d))?$`), (m) => weekDate(elementAt(m, 1), elementAt(m, 2), m[3])],
  [/^(\d{4})W(\d{2})(\d)?$/, (m) => weekDate(elementAt(m, 1), elementAt(m, 2), m[3])],
  [new RegExp(`^${YEAR}-(\\d{3})$`), (m) => ordinalDate(elementAt(m, 1), elementAt(m, 2))],
  [/^(\d{4})(\d{3})$/, (m) => ordinalDate(elementAt(m, 1), elementAt(m, 2))],
  [new RegExp(`^${YEAR}-(\\d{2})$`), (m) => calendarDate(elementAt(m, 1), elementAt(m, 2), '01')],
  [/^(\d{4})(\d{2})$/, (m) => calendarDate(elementAt(m, 1), elementAt(m, 2), '01')],
  [new RegExp(`^${YEAR}$`), (m) => calendarDate(elementAt(m, 1), '01', '01')],
];

function year(text: string): number {
  const y = Number(text);
  if (y < MIN_YEAR || y > MAX_YEAR) throw invalidTemporalValue(`Year out of range: ${text}`);
  return y;
}

/** Epoch day of a validated calendar date. */
export function checkedCalendarDate(y: number, month: number, day: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR) throw invalidTemporalValue(`Year out of range: ${y}`);
  if (month < 1 || month > 12) throw invalidTemporalValue(`Invalid value for MonthOfYear: ${month}`);
  if (day < 1 || day > lengthOfMonth(y, month)) throw invalidTemporalValue(`Invalid date: ${y}-${month}-${day}`);
  return epochDayOf(y, month, day);
}

/** Epoch day of a validated ISO week date. */
export function checkedWeekDate(weekYear: number, week: number, dow: number): number {
  if (weekYear < MIN_YEAR || weekYear > MAX_YEAR) throw invalidTemporalValue(`Year out of range: ${weekYear}`);
  if (week < 1 || week > weeksInWeekYear(weekYear)) throw invalidTemporalValue(`Invalid week of week-based year: ${week}`);
  if (dow < 1 || dow > 7) throw invalidTemporalValue(`Invalid day of week: ${dow}`);
  return epochDayOfWeekDate(weekYear, week, dow);
}

/** Epoch day of a validated ordinal date. */
export function checkedOrdinalDate(y: number, ordinal: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR) throw invalidTemporalValue(`Year out of range: ${y}`);
  if (ordinal < 1 || ordinal > lengthOfYear(y)) throw invalidTemporalValue(`Invalid day of year: ${ordinal}`);
  return epochDayOf(y, 1, 1) + ordinal - 1;
}

function calendarDate(y: string, m: string, d: string): number {
  return checkedCalendarDate(year(y), Number(m), Number(d));
}

function weekDate(y: string, w: string, d: string | undefined): number {
  return checkedWeekDate(year(y), Number(w), d === undefined ? 1 : Number(d));
}

function ordinalDate(y: string, d: string): number {
  return checkedOrdinalDate(year(y), Number(d));
}

/** Epoch day of a date string. */
export function parseDateText(text: string): number {
  for (const [pattern, build] of DATE_FORMS) {
    const m = pattern.exec(text);
    if (m) return build(m);
  }
  throw unparsableTemporal(`Text cannot be parsed to a Date: '${text}'`);
}

// The extended form takes one-digit fields (`1:2` is 01:02), as Neo4j does; the basic form does not.
const TIME_EXTENDED = /^(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,9}))?)?)?$/;
const TIME_BASIC = /^(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?)?$/;

/** Nanosecond of day of a local time string (`21:40:32.142`, `214032.142`, `2140`, `21`). */
export function parseLocalTimeText(text: string): number {
  const m = TIME_EXTENDED.exec(text) ?? TIME_BASIC.exec(text);
  if (!m) throw unparsableTemporal(`Text cannot be parsed to a Time: '${text}'`);
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const nanos = m[4] === undefined ? 0 : Number(m[4].padEnd(9, '0'));
  if (h > 23 || min > 59 || s > 59) throw invalidTemporalValue(`Invalid time: '${text}'`);
  return nanoOfDayOf({ hour: h, minute: min, second: s, nano: nanos });
}

/** A time string split into its local part and optional offset and zone. */
export interface ParsedTime {
  nanoOfDay: number;
  offset?: number;
  zone?: Zone;
}

/** Time text with optional offset and bracketed zone: `21:40:32.142+01:00[Europe/Stockholm]`. */
export function parseTimeText(text: string): ParsedTime {
  let rest = text;
  let zone: Zone | undefined;
  const bracket = rest.indexOf('[');
  if (bracket >= 0) {
    if (!rest.endsWith(']')) throw unparsableTemporal(`Text cannot be parsed to a Time: '${text}'`);
    zone = parseZone(rest.slice(bracket + 1, -1));
    rest = rest.slice(0, bracket);
  }
  const at = rest.search(/[Zz+-]/);
  let offset: number | undefined;
  if (at >= 0) {
    // Neo4j reads only hours and minutes here; seconds are accepted too, so that every value
    // (a zone's early local mean time, `+00:53:28[Europe/Stockholm]`) reads back from its text.
    offset = parseOffset(rest.slice(at));
    if (offset === undefined) throw unparsableTemporal(`Text cannot be parsed to a Time: '${text}'`);
    rest = rest.slice(0, at);
  }
  const result: ParsedTime = { nanoOfDay: parseLocalTimeText(rest) };
  if (offset !== undefined) result.offset = offset;
  if (zone !== undefined) result.zone = zone;
  return result;
}

/** A date-time string: date, then optionally `T` and a time with offset and zone. */
export interface ParsedDateTime extends ParsedTime {
  epochDay: number;
}

export function parseDateTimeText(text: string): ParsedDateTime {
  const t = text.indexOf('T') >= 0 ? text.indexOf('T') : text.indexOf('t');
  if (t < 0) return { epochDay: parseDateText(text), nanoOfDay: 0 };
  return { epochDay: parseDateText(text.slice(0, t)), ...parseTimeText(text.slice(t + 1)) };
}

const NUM = '([-+]?\\d+(?:[.,]\\d+)?)';
const DURATION_UNITS_FORM = new RegExp(
  `^([-+]?)P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:([-+]?)(\\d+)(?:[.,](\\d{1,9}))?S)?)?$`,
  'i',
);
const DURATION_DATE_FORM =
  /^([-+]?)P([-+]?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$|^([-+]?)P(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:[.,](\d{1,9}))?$/i;

function amount(text: string | undefined): bigint | number | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(',', '.');
  return t.includes('.') ? Number(t) : BigInt(t);
}

/** A duration from `P…` text, in the unit form or the date-time-like alternative form. */
export function parseDurationText(text: string): CypherDuration {
  const u = DURATION_UNITS_FORM.exec(text);
  if (u && !/T$/i.test(text) && text.replace(/^[-+]?P/i, '') !== '') {
    // Only the last component given may carry a fraction (`P1.5D`, not `P1.5DT2H`).
    const given = [2, 3, 4, 5, 6, 7, 9].filter((i) => u[i] !== undefined);
    if (given.slice(0, -1).some((i) => /[.,]/.test(elementAt(u, i))) || (u[10] !== undefined && given.at(-1) !== 9)) {
      throw unparsableTemporal(`Text cannot be parsed to a Duration: '${text}'`);
    }
    const parts: DurationComponents = {};
    const set = (k: keyof DurationComponents, v: bigint | number | undefined): void => {
      if (v !== undefined) parts[k] = v;
    };
    set('years', amount(u[2]));
    set('months', amount(u[3]));
    set('weeks', amount(u[4]));
    set('days', amount(u[5]));
    set('hours', amount(u[6]));
    set('minutes', amount(u[7]));
    if (u[9] !== undefined) {
      const sign = u[8] === '-' ? -1n : 1n;
      parts.seconds = sign * BigInt(u[9]);
      if (u[10] !== undefined) parts.nanoseconds = sign * BigInt(u[10].padEnd(9, '0'));
    }
    return negateIf(u[1] === '-', durationOf(parts));
  }
  const d = DURATION_DATE_FORM.exec(text);
  if (d) {
    const g = d[2] !== undefined ? d.slice(1, 9) : d.slice(9, 17);
    const parts: DurationComponents = {
      years: BigInt(elementAt(g, 1)),
      months: BigInt(elementAt(g, 2)),
      days: BigInt(elementAt(g, 3)),
      hours: BigInt(elementAt(g, 4)),
      minutes: BigInt(elementAt(g, 5)),
      seconds: BigInt(elementAt(g, 6)),
    };
    if (g[7] !== undefined) parts.nanoseconds = BigInt(g[7].padEnd(9, '0'));
    return negateIf(g[0] === '-', durationOf(parts));
  }
  throw unparsableTemporal(`Text cannot be parsed to a Duration: '${text}'`);
}

function negateIf(negate: boolean, d: CypherDuration): CypherDuration {
  return negate ? new CypherDuration(-d.months, -d.days, -d.seconds, -BigInt(d.nanos)) : d;
}
