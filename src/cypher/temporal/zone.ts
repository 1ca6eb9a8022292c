// Time zones: fixed offsets (`+01:00`, `Z`) and named IANA zones (`Europe/Stockholm`), whose
// offsets come from the runtime's ICU data through Intl, resolved the way java.time resolves them.

import { elementAt } from '../../errors.js';
import { invalidTemporalValue, unparsableTemporal } from './temporal-error.js';

/** A zone: a fixed offset in seconds east of UTC, or a named region with changing rules. */
export type Zone = { kind: 'offset'; seconds: number } | { kind: 'named'; id: string };

export const UTC: Zone = { kind: 'offset', seconds: 0 };

const MAX_OFFSET = 18 * 3600;
const OFFSET_PATTERN = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?$/;

/** Parse an offset `Z`, `+01`, `+0100`, `+01:00`, `-02:05:07`; undefined when the text is not one. */
export function parseOffset(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const m = OFFSET_PATTERN.exec(text);
  if (!m) return undefined;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  const s = m[4] === undefined ? 0 : Number(m[4]);
  if (min > 59 || s > 59) throw invalidTemporalValue(`Invalid time zone offset: '${text}'`);
  const total = h * 3600 + min * 60 + s;
  if (total > MAX_OFFSET) throw invalidTemporalValue(`Time zone offset out of range: '${text}'`);
  return m[1] === '-' ? -total : total;
}

const parsedZones = new Map<string, Zone>();

/** A zone from its text: an offset, or a region name the ICU database knows. */
export function parseZone(text: string): Zone {
  let zone = parsedZones.get(text);
  if (zone === undefined) {
    zone = readZone(text);
    if (parsedZones.size > 10_000) parsedZones.clear();
    parsedZones.set(text, zone);
  }
  return zone;
}

function readZone(text: string): Zone {
  const offset = parseOffset(text);
  if (offset !== undefined) return { kind: 'offset', seconds: offset };
  if (/^(UTC|GMT|UT)$/i.test(text)) return { kind: 'named', id: text.toUpperCase() };
  const prefixed = /^(UTC|GMT|UT)([+-]\d{2}(?::?\d{2})?)$/i.exec(text);
  if (prefixed) {
    parseOffset(elementAt(prefixed, 2));
    return { kind: 'named', id: elementAt(prefixed, 1).toUpperCase() + elementAt(prefixed, 2) };
  }
  // ICU matches names case-insensitively; keep the database's spelling, but not its alias
  // resolution (US/Pacific stays US/Pacific, as Neo4j keeps it).
  const resolved = formatterFor(text).resolvedOptions().timeZone;
  return { kind: 'named', id: resolved.toLowerCase() === text.toLowerCase() ? resolved : text };
}

/** Java's ZoneOffset id: `Z`, `+01:00`, or `+00:53:28` when there are seconds. */
export function formatOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${seconds < 0 ? '-' : '+'}${two(h)}:${two(m)}${s === 0 ? '' : ':' + two(s)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(id: string): Intl.DateTimeFormat {
  let f = formatters.get(id);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
    } catch {
      throw unparsableTemporal(`Invalid value for TimeZone: '${id}'`);
    }
    formatters.set(id, f);
  }
  return f;
}

// Date objects reach ±8.64e15 ms; beyond that a zone's rules are taken as those at the edge.
const MAX_EPOCH_SECOND = 8.64e12 - 86400 * 2;

// Offsets per zone and hour of the time line, for hours without a transition inside them
// (offset at the hour's start equals that at its end): one Intl call pair per hour, not per value.
const HOUR = 3600;
const hourCache = new Map<string, Map<number, number>>();

/** The offset in seconds a named zone has at an instant (epoch seconds). */
function namedOffsetAt(id: string, epochSecond: number): number {
  const hour = Math.floor(epochSecond / HOUR);
  let cache = hourCache.get(id);
  if (cache === undefined) {
    cache = new Map();
    hourCache.set(id, cache);
  }
  const cached = cache.get(hour);
  if (cached !== undefined) return cached;
  const start = readOffset(id, hour * HOUR);
  if (readOffset(id, hour * HOUR + HOUR - 1) === start) {
    if (cache.size > 100_000) cache.clear();
    cache.set(hour, start);
    return start;
  }
  return readOffset(id, epochSecond);
}

/** The offset a named zone has at an instant, read from ICU through Intl. */
function readOffset(id: string, epochSecond: number): number {
  const clamped = Math.max(-MAX_EPOCH_SECOND, Math.min(MAX_EPOCH_SECOND, epochSecond));
  const parts = formatterFor(id).formatToParts(new Date(clamped * 1000));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  if (name === 'GMT' || name === 'UTC') return 0;
  const offset = parseOffset(name.replace(/^(GMT|UTC)/, ''));
  if (offset === undefined) throw invalidTemporalValue(`Cannot read the offset of time zone '${id}'`);
  return offset;
}

/** The offset of a zone at an instant given in epoch seconds. */
export function offsetAtInstant(zone: Zone, epochSecond: number): number {
  if (zone.kind === 'offset') return zone.seconds;
  if (zone.id === 'UTC' || zone.id === 'GMT' || zone.id === 'UT') return 0;
  const prefixed = /^(?:UTC|GMT|UT)([+-].+)$/.exec(zone.id);
  if (prefixed) return parseOffset(elementAt(prefixed, 1)) ?? 0;
  return namedOffsetAt(zone.id, epochSecond);
}

/**
 * The offset a local date-time (given as seconds since the local epoch) takes in a zone, as
 * java.time's ZonedDateTime.ofLocal: in an overlap the preferred offset if it is one of the two,
 * else the earlier; in a gap the offset before the gap, so the local time moves forward by the
 * gap's length once the caller re-reads it at the resulting instant.
 */
export function offsetForLocal(zone: Zone, localSecond: number, preferred?: number): number {
  if (zone.kind === 'offset') return zone.seconds;
  const before = offsetAtInstant(zone, localSecond - 86400);
  const after = offsetAtInstant(zone, localSecond + 86400);
  const valid = [before, after].filter((o, i, all) => all.indexOf(o) === i && offsetAtInstant(zone, localSecond - o) === o);
  const [first] = valid;
  if (first === undefined) {
    // Neither neighbouring offset fits, as when two transitions are close; read the zone directly.
    const direct = offsetAtInstant(zone, localSecond);
    if (offsetAtInstant(zone, localSecond - direct) === direct) return direct;
    return before;
  }
  if (preferred !== undefined && valid.includes(preferred)) return preferred;
  return first;
}
