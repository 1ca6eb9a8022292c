// The checks on what callers pass to KnowledgeGraph methods: a wrong option is an
// InvalidArgumentError naming the option and its allowed values, never an empty answer.

import { InvalidArgumentError } from '../errors.js';
import { RELATIONSHIP_TYPES } from '../graph/schema.js';
import { ENTITY_TYPE_NAMES } from './types.js';
import type { EntityType } from './types.js';

/** The relations neighbours() follows: every type but the ones to items and newsletters. */
export const NEIGHBOUR_RELATIONS: readonly string[] = RELATIONSHIP_TYPES.filter((t) => t !== 'MENTIONED_IN' && t !== 'HAS_ITEM');
export const NEIGHBOUR_TYPES: readonly string[] = [...ENTITY_TYPE_NAMES, 'Role'];
export const DIRECTIONS: readonly string[] = ['out', 'in', 'both'];
/** path() searches up to this many hops (the bound written in queries/api/path.cypher). */
export const MAX_PATH_HOPS = 15;

function oneOf(values: readonly string[]): string {
  return `one of ${values.map((v) => `'${v}'`).join(', ')}`;
}

/** An optional option that must be one of `values`. */
export function choice<T extends string>(method: string, option: string, value: unknown, values: readonly T[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  const found = values.find((v) => v === value);
  if (found === undefined) throw new InvalidArgumentError(method, option, oneOf(values), value);
  return found;
}

export function entityType(method: string, option: string, value: unknown): EntityType | undefined {
  return choice(method, option, value, ENTITY_TYPE_NAMES);
}

/** An optional whole number within [min, max]. */
export function integer(method: string, option: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new InvalidArgumentError(
      method,
      option,
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`,
      value,
    );
  return value;
}

/** A name or alias: a non-empty string. */
export function text(method: string, option: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidArgumentError(method, option, 'a string', value);
  return value;
}

/** An entity given as its id or as a record from this API (of which only the id is read). */
export function entityRef(method: string, option: string, value: unknown): string | { id: string } {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return { id: value.id };
  throw new InvalidArgumentError(method, option, 'an entity id (a string) or an entity record with an id', value);
}

/** An options argument: absent, or a plain object. */
export function options<T extends object>(method: string, value: T | undefined): Partial<T> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new InvalidArgumentError(method, 'options', 'an object', value);
  return value;
}
