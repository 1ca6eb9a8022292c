// Decoders for the rows of the API's own queries: each checks one value against the shape the
// query declares and returns it typed, so a difference between the embedded engine and Neo4j
// fails as a RowShapeError (query, column, expected, found) instead of giving a wrong value.

import { Node, Path, TemporalValue, isCypherMap } from '../cypher/index.js';
import type { CypherMap, CypherValue } from '../cypher/index.js';
import { RowShapeError } from '../errors.js';

/** A value that is not of the expected shape; `at` is the path inside the column (`properties.name`). */
class ShapeMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
    readonly at: string[] = [],
  ) {
    super(`expected ${expected}, found ${found}`);
  }
}

/** Checks one value (`undefined`: the column or property is absent) and returns it typed. */
export type Decoder<T> = (value: CypherValue | undefined) => T;

/** What a value is, for the `found` of an error: its type and a short form of it. */
export function describeValue(value: CypherValue | undefined): string {
  if (value === undefined) return 'nothing (no such column or property)';
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'bigint') return `an integer ${value}`;
  if (typeof value === 'number') return `a float ${value}`;
  if (typeof value === 'boolean') return `a boolean ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Node) return `a node (${value.labels.join(':') || 'no label'})`;
  if (value instanceof Path) return 'a path';
  if (value instanceof TemporalValue) return `a ${value.kind} ${value.toString()}`;
  if (isCypherMap(value)) return 'a map';
  return 'a relationship';
}

function mismatch(expected: string, value: CypherValue | undefined): never {
  throw new ShapeMismatch(expected, describeValue(value));
}

/** Run `decode` on a part of a value, naming the part in any mismatch. */
function within<T>(part: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof ShapeMismatch) throw new ShapeMismatch(error.expected, error.found, [part, ...error.at]);
    throw error;
  }
}

export const text: Decoder<string> = (value) => (typeof value === 'string' ? value : mismatch('a string', value));

/** An INTEGER: a bigint from either engine, or a whole number (graph attributes hold numbers). */
export const integer: Decoder<number> = (value) => {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  return mismatch('an integer', value);
};

/** `decode`, or null for null or an absent value. */
export function nullable<T>(decode: Decoder<T>): Decoder<T | null> {
  return (value) => (value === null || value === undefined ? null : decode(value));
}

/** A list, each element checked by `decode`. */
export function listOf<T>(decode: Decoder<T>): Decoder<T[]> {
  return (value) => (Array.isArray(value) ? value.map((element, i) => within(String(i), () => decode(element))) : mismatch('a list', value));
}

/** A list of strings, null or absent read as the empty list (a property the loader leaves out when empty). */
export const stringList: Decoder<string[]> = (value) => nullable(listOf(text))(value) ?? [];

/** One of the given strings. */
export function oneOf<T extends string>(values: readonly T[]): Decoder<T> {
  return (value) => {
    const found = values.find((v) => v === value);
    return found ?? mismatch(`one of ${values.map((v) => `'${v}'`).join(', ')}`, value);
  };
}

export const node: Decoder<Node> = (value) => (value instanceof Node ? value : mismatch('a node', value));
export const path: Decoder<Path> = (value) => (value instanceof Path ? value : mismatch('a path', value));
export const map: Decoder<CypherMap> = (value) => (isCypherMap(value) ? value : mismatch('a map', value));

/** A property of a map or node, named in any mismatch. */
export function property<T>(properties: CypherMap, name: string, decode: Decoder<T>): T {
  return within('properties', () => within(name, () => decode(properties[name])));
}

/** A node checked by `decode` on its labels and properties. */
export function nodeOf<T>(decode: (node: Node) => T): Decoder<T> {
  return (value) => decode(node(value));
}

/** One row of a query result, read column by column with decoders. */
export class RowReader {
  constructor(
    private readonly row: Readonly<Record<string, CypherValue>>,
    private readonly query: string,
    private readonly engine: string,
  ) {}

  /** The value of `column`, checked by `decode`; a RowShapeError names the column on a mismatch. */
  get<T>(column: string, decode: Decoder<T>): T {
    try {
      return decode(Object.hasOwn(this.row, column) ? this.row[column] : undefined);
    } catch (error) {
      if (!(error instanceof ShapeMismatch)) throw error;
      throw new RowShapeError(this.query, this.engine, [column, ...error.at].join('.'), error.expected, error.found);
    }
  }
}

/**
 * Check a value outside a query row (a node's attributes in the graph) with a decoder; a mismatch
 * is a RowShapeError naming `source` as the query.
 */
export function decodeValue<T>(source: string, what: string, value: CypherValue | undefined, decode: Decoder<T>): T {
  return new RowReader({ [what]: value ?? null }, source, 'embedded').get(what, decode);
}
