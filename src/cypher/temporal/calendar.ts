// The proleptic ISO-8601 calendar as integer arithmetic on epoch days (days since 1970-01-01),
// and the clock as arithmetic on the nanosecond of day. Years run to ±999,999,999 as Neo4j
// allows, so nothing here goes through JavaScript's Date.

/** A calendar date as year, month (1-12) and day of month (1-31). */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** A time of day as hour (0-23), minute, second and nanosecond of second. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  nano: number;
}

export const MIN_YEAR = -999_999_999;
export const MAX_YEAR = 999_999_999;

/** Floor division, as Java's Math.floorDiv. */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Floor modulo: the result has the sign of `b`. */
export function floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

export function isLeapYear(year: number): boolean {
  return floorMod(year, 4) === 0 && (floorMod(year, 100) !== 0 || floorMod(year, 400) === 0);
}

export function lengthOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function lengthOfYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Epoch day of a calendar date (days-from-civil on 400-year eras, exact for any year we allow). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar date of an epoch day. */
export function dateOfEpochDay(epochDay: number): YearMonthDay {
  const z = epochDay + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** ISO day of week: Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
/** The clock time of a nanosecond of day (0 to 86,399,999,999,999). */
export function timeOfDay(nanoOfDay: number): TimeOfDay {
  const seconds = Math.floor(nanoOfDay / 1e9);
  return { hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60, nano: nanoOfDay - seconds * 1e9 };
}

/** The nanosecond of day of a clock time (its fields not checked). */
export function nanoOfDayOf({ hour, minute, second, nano }: TimeOfDay): number {
  return ((hour * 60 + minute) * 60 + second) * 1e9 + nano;
}

export function dayOfWeek(epochDay: number): number {
  return floorMod(epochDay + 3, 7) + 1;
}

export function ordinalDay(epochDay: number): number {
  const { year } = dateOfEpochDay(epochDay);
  return epochDay - epochDayOf(year, 1, 1) + 1;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function dayOfQuarter(epochDay: number): number {
  const { year, month } = dateOfEpochDay(epochDay);
  const firstMonth = (quarterOf(month) - 1) * 3 + 1;
  return epochDay - epochDayOf(year, firstMonth, 1) + 1;
}

/** Epoch day of the Monday of ISO week 1 of a week-based year (the week holding 4 January). */
export function weekYearStart(weekYear: number): number {
  const jan4 = epochDayOf(weekYear, 1, 4);
  return jan4 - (dayOfWeek(jan4) - 1);
}

/** Number of ISO weeks (52 or 53) in a week-based year. */
export function weeksInWeekYear(weekYear: number): number {
  return (weekYearStart(weekYear + 1) - weekYearStart(weekYear)) / 7;
}

/** ISO week-based year and week of an epoch day. */
export function isoWeekOf(epochDay: number): { weekYear: number; week: number } {
  const { year } = dateOfEpochDay(epochDay);
  let weekYear = year;
  if (epochDay < weekYearStart(year)) weekYear = year - 1;
  else if (epochDay >= weekYearStart(year + 1)) weekYear = year + 1;
  return { weekYear, week: Math.floor((epochDay - weekYearStart(weekYear)) / 7) + 1 };
}

export function epochDayOfWeekDate(weekYear: number, week: number, dow: number): number {
  return weekYearStart(weekYear) + (week - 1) * 7 + (dow - 1);
}

/** Add months the way java.time does: the day of month is clamped to the new month's length. */
export function plusMonths(epochDay: number, months: number): number {
  if (months === 0) return epochDay;
  const { year, month, day } = dateOfEpochDay(epochDay);
  const total = year * 12 + (month - 1) + months;
  const newYear = floorDiv(total, 12);
  const newMonth = floorMod(total, 12) + 1;
  return epochDayOf(newYear, newMonth, Math.min(day, lengthOfMonth(newYear, newMonth)));
}

/** Whole months from one date to another, as java.time's LocalDate.until(end, MONTHS). */
export function monthsUntil(fromDay: number, toDay: number): number {
  const a = dateOfEpochDay(fromDay);
  const b = dateOfEpochDay(toDay);
  const packed1 = (a.year * 12 + a.month - 1) * 32 + a.day;
  const packed2 = (b.year * 12 + b.month - 1) * 32 + b.day;
  return Math.trunc((packed2 - packed1) / 32);
}
