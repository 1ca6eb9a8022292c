// Typed reads of the parts of a request (path parameters, query string, JSON body). Fastify has
// already checked each part against its route's schema (and coerced query strings to their
// types), so a read that fails here means a schema and its handler disagree: it still answers
// 400 naming the field, never a wrong type.

import { ServeError } from './http-error.js';
import { isRecord, recordOf } from './json-shapes.js';

/** The string fields of a record (path parameters are text). */
export function stringFields(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(recordOf(value))) if (typeof v === 'string') out[k] = v;
  return out;
}

function badField(part: string, name: string, expected: string): ServeError {
  return new ServeError('E_BAD_REQUEST', `${part} ${name} must be ${expected}`, 400);
}

/** Reads the fields of one request part with the types its schema gives them. */
export class FieldReader {
  constructor(
    private readonly fields: Record<string, unknown>,
    /** How the part is named in errors: 'query parameter', 'body field'. */
    private readonly part: string,
  ) {}

  /** A string field; undefined when absent. */
  optionalText(name: string): string | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw badField(this.part, name, 'a string');
    return v;
  }

  text(name: string): string {
    const v = this.optionalText(name);
    if (v === undefined) throw badField(this.part, name, 'a string');
    return v;
  }

  /** An integer field; undefined when absent. */
  optionalInteger(name: string): number | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) throw badField(this.part, name, 'an integer');
    return v;
  }

  integer(name: string): number {
    const v = this.optionalInteger(name);
    if (v === undefined) throw badField(this.part, name, 'an integer');
    return v;
  }

  /** One of `values`; undefined when absent. */
  optionalOneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    const found = values.find((x) => x === v);
    if (found === undefined) throw badField(this.part, name, `one of ${values.join(', ')}`);
    return found;
  }

  /** A JSON object field (query parameters); an empty one when absent. */
  record(name: string): Record<string, unknown> {
    const v = this.fields[name];
    if (v === undefined) return {};
    if (!isRecord(v)) throw badField(this.part, name, 'an object');
    return v;
  }
}
