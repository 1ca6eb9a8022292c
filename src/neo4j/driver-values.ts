// Conversion between neo4j-driver values and crimegraph's: results come back as the CypherValues
// the embedded engine returns (so one formatter prints both), parameters and properties go out typed.

import neo4j from 'neo4j-driver';
import type { Integer, Node as Neo4jNode, Relationship as Neo4jRelationship } from 'neo4j-driver';

/** What the driver gives for an INTEGER: a bigint with `useBigInt`, else a number or an Integer. */
type NumberOrInteger = number | Integer | bigint;
import { Node, Path, Relationship, TemporalValue, type CypherMap, type CypherValue } from '../cypher/values.js';
import { CypherDate, CypherDateTime, CypherDuration, CypherLocalDateTime, CypherLocalTime, CypherTime } from '../cypher/temporal/index.js';
import type { PropertyValue } from '../graph/schema.js';

type DriverNode = Neo4jNode<NumberOrInteger>;
type DriverRelationship = Neo4jRelationship<NumberOrInteger>;
type DriverTemporalField = NumberOrInteger | null | undefined;

const NANOS_PER_SECOND = 1_000_000_000;

/**
 * Turns driver values (driver opened with `useBigInt: true`) into CypherValues. Node ids are the
 * `id` property the loader writes, so results name nodes as the embedded engine does; element ids
 * are used only for a node without one. Relationship ids follow the graph's edge key form.
 */
export class ResultConverter {
  /** element id -> our id, for relationship endpoints, filled from every node in the result. */
  private readonly ids = new Map<string, string>();

  /** Learn node ids from a whole result before converting it (relationships name their ends by them). */
  learn(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (neo4j.isNode<NumberOrInteger>(value)) {
      this.ids.set(value.elementId, nodeId(value));
    } else if (neo4j.isPath<NumberOrInteger>(value)) {
      this.learn(value.start);
      for (const s of value.segments) this.learn(s.end);
    } else if (Array.isArray(value)) {
      for (const v of value) this.learn(v);
    } else if (!neo4j.isRelationship(value) && isPlainObject(value)) {
      for (const v of Object.values(value)) this.learn(v);
    }
  }

  convert(value: unknown): CypherValue {
    if (value === null || value === undefined) return null;
    switch (typeof value) {
      case 'bigint':
      case 'number':
      case 'string':
      case 'boolean':
        return value;
      case 'object':
        break;
      default:
        return String(value);
    }
    if (neo4j.isInt(value)) return BigInt(value.toString());
    if (Array.isArray(value)) return value.map((v) => this.convert(v));
    if (neo4j.isNode<NumberOrInteger>(value)) return this.node(value);
    if (neo4j.isRelationship<NumberOrInteger>(value)) return this.relationship(value);
    if (neo4j.isPath<NumberOrInteger>(value)) {
      const nodes = [this.node(value.start), ...value.segments.map((s) => this.node(s.end))];
      return new Path(
        nodes,
        value.segments.map((s) => this.relationship(s.relationship)),
      );
    }
    const temporal = temporalFromDriver(value);
    if (temporal) return temporal;
    if (isPlainObject(value)) return this.map(value);
    return String(value);
  }

  private map(value: Record<string, unknown>): CypherMap {
    const out: CypherMap = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.convert(v);
    return out;
  }

  private node(n: DriverNode): Node {
    const id = nodeId(n);
    this.ids.set(n.elementId, id);
    return new Node(id, [...n.labels], this.map(n.properties));
  }

  private relationship(r: DriverRelationship): Relationship {
    const start = this.ids.get(r.startNodeElementId) ?? r.startNodeElementId;
    const end = this.ids.get(r.endNodeElementId) ?? r.endNodeElementId;
    return new Relationship(`${r.type}:${start}->${end}`, r.type, start, end, this.map(r.properties));
  }
}

function nodeId(n: DriverNode): string {
  const id = n.properties.id;
  return typeof id === 'string' ? id : id === undefined || id === null ? n.elementId : String(id);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A CypherValue as a driver parameter: INTEGER (bigint) goes as INTEGER, FLOAT as FLOAT. */
export function toDriverValue(value: CypherValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value instanceof TemporalValue) return temporalToDriver(value);
  if (value instanceof Node || value instanceof Relationship || value instanceof Path) {
    throw new TypeError(`a ${value.constructor.name.toLowerCase()} cannot be sent to Neo4j as a parameter`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toDriverValue(v);
  return out;
}

/**
 * A stored property value (pipeline JSON) as a driver value. The pipeline's integral numbers are
 * INTEGERs; the driver would send a JS number as FLOAT, so they go as bigint. A boxed Number is
 * the embedded engine's integral FLOAT and stays a FLOAT.
 */
export function propertyToDriver(value: PropertyValue): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  // A boxed Number is not in PropertyValue's type, but the engine stores one for an integral FLOAT.
  const boxed: unknown = value;
  if (boxed instanceof Number) return boxed.valueOf();
  if (Array.isArray(value)) return value.map(propertyToDriver);
  return value;
}

function temporalFromDriver(value: object): TemporalValue | undefined {
  const n = (x: DriverTemporalField): number => (x === null || x === undefined ? 0 : typeof x === 'object' ? x.toNumber() : Number(x));
  const big = (x: NumberOrInteger): bigint => (typeof x === 'object' ? BigInt(x.toString()) : BigInt(x));
  const nanoOfDay = (v: { hour: NumberOrInteger; minute: NumberOrInteger; second: NumberOrInteger; nanosecond: NumberOrInteger }): number =>
    ((n(v.hour) * 60 + n(v.minute)) * 60 + n(v.second)) * NANOS_PER_SECOND + n(v.nanosecond);
  if (neo4j.isDuration<NumberOrInteger>(value)) return new CypherDuration(big(value.months), big(value.days), big(value.seconds), n(value.nanoseconds));
  if (neo4j.isDate<NumberOrInteger>(value)) return new CypherDate(epochDay(n(value.year), n(value.month), n(value.day)));
  if (neo4j.isLocalTime<NumberOrInteger>(value)) return new CypherLocalTime(nanoOfDay(value));
  if (neo4j.isTime<NumberOrInteger>(value)) return new CypherTime(nanoOfDay(value), n(value.timeZoneOffsetSeconds));
  if (neo4j.isLocalDateTime<NumberOrInteger>(value)) return new CypherLocalDateTime(epochDay(n(value.year), n(value.month), n(value.day)), nanoOfDay(value));
  if (neo4j.isDateTime<NumberOrInteger>(value)) {
    const offset = n(value.timeZoneOffsetSeconds);
    const zone = value.timeZoneId ? { kind: 'named' as const, id: value.timeZoneId } : { kind: 'offset' as const, seconds: offset };
    return new CypherDateTime(epochDay(n(value.year), n(value.month), n(value.day)), nanoOfDay(value), offset, zone);
  }
  return undefined;
}

function temporalToDriver(value: TemporalValue): unknown {
  if (value instanceof CypherDuration) {
    return new neo4j.types.Duration(value.months, value.days, value.seconds, BigInt(value.nanos));
  }
  if (value instanceof CypherDate) {
    const [y, m, d] = civil(value.epochDay);
    return new neo4j.types.Date(y, m, d);
  }
  if (value instanceof CypherLocalTime) return new neo4j.types.LocalTime(...clock(value.nanoOfDay));
  if (value instanceof CypherTime) return new neo4j.types.Time(...clock(value.nanoOfDay), value.offsetSeconds);
  if (value instanceof CypherLocalDateTime) return new neo4j.types.LocalDateTime(...civil(value.epochDay), ...clock(value.nanoOfDay));
  if (value instanceof CypherDateTime) {
    const named = value.zone.kind === 'named' ? value.zone.id : undefined;
    return new neo4j.types.DateTime(...civil(value.epochDay), ...clock(value.nanoOfDay), named ? undefined : value.offsetSeconds, named);
  }
  throw new TypeError(`cannot send the temporal value ${value.toString()} to Neo4j`);
}

function clock(nanoOfDay: number): [number, number, number, number] {
  const seconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  return [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60, nanoOfDay % NANOS_PER_SECOND];
}

// Proleptic Gregorian day count from 1970-01-01 and back (H. Hinnant's civil-date algorithms).
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (month <= 2 ? 1 : 0), month, day];
}
