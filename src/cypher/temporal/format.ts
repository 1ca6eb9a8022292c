// The string forms Neo4j prints for temporal values, byte for byte: java.time's ISO forms for
// dates and times, and Neo4j's own duration form (`P1Y2M3DT4H5M6.7S`, `PT-0.001S`).

import { dateOfEpochDay, timeOfDay } from './calendar.js';
import { formatOffset, type Zone } from './zone.js';

const two = (n: number): string => String(n).padStart(2, '0');

/** `1984-10-11`, `0028-11-11`, `-0028-01-01`, `+10000-01-01` as java.time's LocalDate. */
export function formatDate(epochDay: number): string {
  const { year, month, day } = dateOfEpochDay(epochDay);
  const abs = Math.abs(year);
  let y: string;
  if (abs < 1000) y = (year < 0 ? '-' : '') + String(abs).padStart(4, '0');
  else y = (year > 9999 ? '+' : year < 0 ? '-' : '') + String(abs);
  return `${y}-${two(month)}-${two(day)}`;
}

/** `12:00`, `12:31:14`, `12:31:14.645`, `.645876`, `.000000003` as java.time's LocalTime. */
export function formatLocalTime(nanoOfDay: number): string {
  const { hour: h, minute: m, second: s, nano } = timeOfDay(nanoOfDay);
  let out = `${two(h)}:${two(m)}`;
  if (s > 0 || nano > 0) {
    out += ':' + two(s);
    if (nano > 0) {
      if (nano % 1_000_000 === 0) out += '.' + String(nano / 1_000_000).padStart(3, '0');
      else if (nano % 1000 === 0) out += '.' + String(nano / 1000).padStart(6, '0');
      else out += '.' + String(nano).padStart(9, '0');
    }
  }
  return out;
}

/**
 * The time of day as Neo4j 5's `toString()` function writes it: seconds always, and the
 * fraction without trailing zeros (`12:00:00`, `12:00:00.1`), unlike the values it returns.
 */
export function formatLocalTimeForToString(nanoOfDay: number): string {
  const { hour: h, minute: m, second: s, nano } = timeOfDay(nanoOfDay);
  return `${two(h)}:${two(m)}:${two(s)}${fraction(nano)}`;
}

/** Offset then, for a named zone, its id in brackets: `+01:00[Europe/Stockholm]`. */
export function formatZoneSuffix(offsetSeconds: number, zone: Zone): string {
  return formatOffset(offsetSeconds) + (zone.kind === 'named' ? `[${zone.id}]` : '');
}

/**
 * Neo4j's duration form: years and months from the month count, days, then hours, minutes and
 * seconds from the seconds; a negative seconds part carries its sign on each component, and the
 * fraction drops trailing zeros. The zero duration is `PT0S`.
 */
export function formatDuration(months: bigint, days: bigint, seconds: bigint, nanos: number): string {
  let out = 'P';
  const append = (q: bigint, unit: string): void => {
    if (q !== 0n) out += String(q) + unit;
  };
  append(months / 12n, 'Y');
  append(months % 12n, 'M');
  append(days, 'D');
  if (seconds !== 0n || nanos !== 0) {
    let s = seconds;
    let n = nanos;
    if (s < 0n && n !== 0) {
      s += 1n;
      n -= 1e9;
    }
    out += 'T';
    append(s / 3600n, 'H');
    s %= 3600n;
    append(s / 60n, 'M');
    s %= 60n;
    if (s !== 0n) {
      out += String(s) + fraction(n) + 'S';
    } else if (n !== 0) {
      out += (n < 0 ? '-' : '') + '0' + fraction(n) + 'S';
    }
  }
  return out === 'P' ? 'PT0S' : out;
}

export function fraction(nanos: number): string {
  if (nanos === 0) return '';
  return '.' + String(Math.abs(nanos)).padStart(9, '0').replace(/0+$/, '');
}
