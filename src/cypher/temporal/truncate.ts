// `date.truncate(unit, value, map)` and its siblings: cut a value down to a unit (millennium …
// microsecond), then adjust fields from the map as construction from a base value would.

import type { CypherMap } from '../values.js';
import { dateOfEpochDay, dayOfWeek, epochDayOf, floorDiv, isoWeekOf, quarterOf, weekYearStart } from './calendar.js';
import { buildDate, buildTimeOfDay, checkSupportedFields } from './build.js';
import { datePart, timePart, zonePart } from './components.js';
import { invalidTemporalType, invalidTemporalValue } from './temporal-error.js';
import { CypherDate, CypherDateTime, CypherLocalDateTime, CypherLocalTime, CypherTime, type AnyTemporal } from './temporal-values.js';
import { dateTimeOfLocal } from './zoned.js';
import { offsetAtInstant, parseZone, UTC } from './zone.js';

const DATE_UNITS = ['millennium', 'century', 'decade', 'year', 'weekyear', 'quarter', 'month', 'week', 'day'];
const TIME_UNITS: Record<string, number> = { hour: 3600e9, minute: 60e9, second: 1e9, millisecond: 1e6, microsecond: 1e3 };

export type TruncateTarget = 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime';

function truncateDate(epochDay: number, unit: string): number {
  const { year, month } = dateOfEpochDay(epochDay);
  switch (unit) {
    case 'millennium':
      return epochDayOf(floorDiv(year, 1000) * 1000, 1, 1);
    case 'century':
      return epochDayOf(floorDiv(year, 100) * 100, 1, 1);
    case 'decade':
      return epochDayOf(floorDiv(year, 10) * 10, 1, 1);
    case 'year':
      return epochDayOf(year, 1, 1);
    case 'weekyear':
      return weekYearStart(isoWeekOf(epochDay).weekYear);
    case 'quarter':
      return epochDayOf(year, (quarterOf(month) - 1) * 3 + 1, 1);
    case 'month':
      return epochDayOf(year, month, 1);
    case 'week':
      return epochDay - (dayOfWeek(epochDay) - 1);
    default:
      return epochDay;
  }
}

/**
 * Neo4j's updateFieldMapWithConflictingSubseconds: after truncating to milliseconds (or
 * microseconds), a smaller sub-second field in the map adjusts only the digits below the unit,
 * so `localtime.truncate('millisecond', t, {nanosecond: 2})` keeps t's milliseconds.
 */
function keepTruncatedSubseconds(map: CypherMap, unit: string, nanoOfDay: number): CypherMap {
  const fraction = nanoOfDay % 1e9;
  if (unit === 'millisecond' && map.millisecond === undefined && (map.microsecond !== undefined || map.nanosecond !== undefined)) {
    return { ...map, millisecond: BigInt(Math.floor(fraction / 1e6)) };
  }
  if (unit === 'microsecond' && map.microsecond === undefined && map.nanosecond !== undefined) {
    if (map.millisecond !== undefined) return { ...map, microsecond: BigInt(Math.floor(fraction / 1e3) % 1000) };
    return { ...map, microsecond: BigInt(Math.floor(fraction / 1e3)) };
  }
  return map;
}

/** Truncate `value` to `unitName` and build the target kind, applying `map`'s fields. */
export function truncateTemporal(target: TruncateTarget, unitName: string, value: AnyTemporal, map: CypherMap, now: Date): AnyTemporal {
  const unit = unitName.toLowerCase();
  const isDateUnit = DATE_UNITS.includes(unit);
  const timeStep = TIME_UNITS[unit];
  if (!isDateUnit && timeStep === undefined) throw invalidTemporalValue(`Unit '${unitName}' is not a truncation unit`);
  if ((target === 'date' && !isDateUnit) || ((target === 'localtime' || target === 'time') && isDateUnit && unit !== 'day')) {
    throw invalidTemporalType(`Unit '${unitName}' cannot truncate to a ${target}`);
  }
  if ((target === 'localtime' || target === 'time') && timePart(value) === undefined) {
    throw invalidTemporalType(`Cannot get the time of: ${value.toString()}`);
  }
  if (!isDateUnit && timePart(value) === undefined) {
    throw invalidTemporalType(`Cannot truncate ${value.toString()} to ${target} with a time based unit.`);
  }
  let day = datePart(value);
  let nanoOfDay = timePart(value) ?? 0;
  if (isDateUnit) {
    if (day === undefined && target !== 'localtime' && target !== 'time') {
      throw invalidTemporalType(`Cannot get the date of: ${value.toString()}`);
    }
    if (day !== undefined) day = truncateDate(day, unit);
    nanoOfDay = 0;
  } else {
    nanoOfDay = Math.floor(nanoOfDay / timeStep!) * timeStep!;
  }
  checkSupportedFields(target, map);
  if (map.timezone !== undefined && target !== 'time' && target !== 'datetime') {
    throw invalidTemporalType('Cannot assign time zone if also assigning other fields.');
  }
  map = keepTruncatedSubseconds(map, unit, nanoOfDay);
  const source = zonePart(value);
  const tz = map.timezone;
  const zone = typeof tz === 'string' ? parseZone(tz) : undefined;
  switch (target) {
    case 'date':
      return new CypherDate(buildDate(map, day));
    case 'localtime':
      return new CypherLocalTime(buildTimeOfDay(map, nanoOfDay));
    case 'time': {
      const offset = zone !== undefined ? offsetAtInstant(zone, Math.floor(now.getTime() / 1000)) : (source?.offset ?? 0);
      return new CypherTime(buildTimeOfDay(map, nanoOfDay), offset);
    }
    case 'localdatetime':
      if (day === undefined) throw invalidTemporalType(`Cannot get the date of: ${value.toString()}`);
      return new CypherLocalDateTime(buildDate(map, day), buildTimeOfDay(map, nanoOfDay));
    case 'datetime': {
      if (day === undefined) throw invalidTemporalType(`Cannot get the date of: ${value.toString()}`);
      const z = zone ?? source?.zone ?? UTC;
      const preferred = zone === undefined && value instanceof CypherDateTime ? value.offsetSeconds : undefined;
      return dateTimeOfLocal(buildDate(map, day), buildTimeOfDay(map, nanoOfDay), z, preferred);
    }
  }
}
