// Converts what neo4j-driver returns into our CypherValues for the TCK's comparisons: Integer ->
// bigint, graph elements -> our classes named by element id (the TCK's graphs have no `id`
// property to name them by, unlike src/neo4j's ResultConverter), temporal values -> values
// printing as Neo4j's own toString(), so the reference's text is what the runner compares.
// Parameters go out through src/neo4j's toDriverValue, the one conversion the project has.

import neo4j from 'neo4j-driver';
import { Node, Path, Relationship, TemporalValue, type CypherMap, type CypherValue, type TemporalKind } from '../../../src/cypher/values.js';

/** A temporal value read from Neo4j, compared by the string Neo4j's `toString()` gives. */
export class Neo4jTemporal extends TemporalValue {
  constructor(
    readonly kind: TemporalKind,
    private readonly text: string,
  ) {
    super();
  }
  override toString(): string {
    return this.text;
  }
}

type Num = number | bigint | { toNumber(): number };
const num = (v: Num): number => (typeof v === 'object' ? v.toNumber() : Number(v));
const big = (v: Num): bigint => (typeof v === 'object' ? BigInt(String(v)) : BigInt(v));

/** A driver value (driver built with `useBigInt: true`) as a CypherValue. */
export function fromNeo4j(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'bigint':
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    default:
  }
  if (neo4j.isInt(value)) return BigInt((value as { toString(): string }).toString());
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value)) return node(value);
  if (neo4j.isRelationship(value)) return relationship(value);
  if (neo4j.isPath(value)) {
    const p = value as unknown as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    const nodes = [node(p.start), ...p.segments.map((s) => node(s.end))];
    return new Path(
      nodes,
      p.segments.map((s) => relationship(s.relationship)),
    );
  }
  const temporal = temporalFromNeo4j(value);
  if (temporal) return temporal;
  if (typeof value === 'object') return mapFromNeo4j(value as Record<string, unknown>);
  return String(value);
}

function mapFromNeo4j(value: Record<string, unknown>): CypherMap {
  const out: CypherMap = {};
  for (const [k, v] of Object.entries(value)) out[k] = fromNeo4j(v);
  return out;
}

function node(value: unknown): Node {
  const n = value as { elementId: string; labels: string[]; properties: Record<string, unknown> };
  return new Node(n.elementId, [...n.labels], mapFromNeo4j(n.properties));
}

function relationship(value: unknown): Relationship {
  const r = value as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
  return new Relationship(r.elementId, r.type, r.startNodeElementId, r.endNodeElementId, mapFromNeo4j(r.properties));
}

function temporalFromNeo4j(value: unknown): Neo4jTemporal | undefined {
  const v = value as Record<string, Num> & { timeZoneId?: string | null; timeZoneOffsetSeconds?: Num | null };
  if (neo4j.isDuration(value)) return new Neo4jTemporal('Duration', formatDuration(big(v.months!), big(v.days!), big(v.seconds!), num(v.nanoseconds!)));
  if (neo4j.isDate(value)) return new Neo4jTemporal('Date', formatDate(v));
  if (neo4j.isLocalTime(value)) return new Neo4jTemporal('LocalTime', formatTime(v));
  if (neo4j.isTime(value)) return new Neo4jTemporal('Time', formatTime(v) + formatOffset(num(v.timeZoneOffsetSeconds!)));
  if (neo4j.isLocalDateTime(value)) return new Neo4jTemporal('LocalDateTime', `${formatDate(v)}T${formatTime(v)}`);
  if (neo4j.isDateTime(value)) {
    const offset = v.timeZoneOffsetSeconds === null || v.timeZoneOffsetSeconds === undefined ? '' : formatOffset(num(v.timeZoneOffsetSeconds));
    const zone = v.timeZoneId ? `[${v.timeZoneId}]` : '';
    return new Neo4jTemporal('DateTime', `${formatDate(v)}T${formatTime(v)}${offset}${zone}`);
  }
  return undefined;
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

// Java's LocalDate: 4-digit years, a sign and more digits beyond 9999.
function formatDate(v: Record<string, Num>): string {
  const year = num(v.year!);
  const y = year > 9999 ? `+${year}` : year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
  return `${y}-${pad(num(v.month!), 2)}-${pad(num(v.day!), 2)}`;
}

// Java's LocalTime: seconds only when non-zero, fractions in groups of three digits.
function formatTime(v: Record<string, Num>): string {
  const second = num(v.second!);
  const nano = num(v.nanosecond!);
  let out = `${pad(num(v.hour!), 2)}:${pad(num(v.minute!), 2)}`;
  if (second !== 0 || nano !== 0) out += `:${pad(second, 2)}`;
  if (nano !== 0) {
    const digits = pad(nano, 9);
    out += `.${nano % 1_000_000 === 0 ? digits.slice(0, 3) : nano % 1000 === 0 ? digits.slice(0, 6) : digits}`;
  }
  return out;
}

function formatOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  const sign = seconds < 0 ? '-' : '+';
  const s = Math.abs(seconds);
  const text = `${sign}${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor((s % 3600) / 60), 2)}`;
  return s % 60 === 0 ? text : `${text}:${pad(s % 60, 2)}`;
}

// Neo4j's DurationValue.toString: years and months from months, days, then H, M, S from seconds.
function formatDuration(months: bigint, days: bigint, seconds: bigint, nanos: number): string {
  if (months === 0n && days === 0n && seconds === 0n && nanos === 0) return 'PT0S';
  let out = 'P';
  const years = months / 12n;
  const m = months % 12n;
  if (years !== 0n) out += `${years}Y`;
  if (m !== 0n) out += `${m}M`;
  if (days !== 0n) out += `${days}D`;
  if (seconds === 0n && nanos === 0) return out;
  out += 'T';
  // Seconds and nanoseconds carry one sign: -0.5 s is seconds -1 and nanos 500000000.
  let s = seconds;
  let n = nanos;
  if (s < 0n && n > 0) {
    s += 1n;
    n = 1_000_000_000 - n;
  }
  const hours = s / 3600n;
  const minutes = (s / 60n) % 60n;
  const secs = s % 60n;
  if (hours !== 0n) out += `${hours}H`;
  if (minutes !== 0n) out += `${minutes}M`;
  if (secs !== 0n || n !== 0) {
    const negative = secs < 0n || (secs === 0n && s < 0n) || (seconds < 0n && secs === 0n && n !== 0);
    out += `${negative && secs === 0n ? '-' : ''}${secs}`;
    if (n !== 0) out += `.${String(n).padStart(9, '0').replace(/0+$/, '')}`;
    out += 'S';
  }
  return out;
}
