// How Cypher values live in the graphology graph, and back. The pipeline stores plain JSON, so
// an integral JS number reads as INTEGER; the engine stores INTEGER as a number (a bigint only
// beyond 2^53) and an integral FLOAT as a boxed `Number`, the one JSON-safe way to keep 1.0 a FLOAT.

import { elementAt } from '../../errors.js';
import type { PropertyValue } from '../../graph/schema.js';
import { temporalFromString } from '../temporal/index.js';
import { TemporalValue, isCypherMap, isTemporalKind, type CypherValue } from '../values.js';

/** The INTEGERs 0 to 1023, made once: most stored integers (counts, weights) are small. */
const SMALL_INTEGERS: bigint[] = Array.from({ length: 1024 }, (_, i) => BigInt(i));

/** Read a stored property value as a Cypher value. */
export function fromStored(v: unknown): CypherValue {
  switch (typeof v) {
    case 'number':
      if (v >= 0 && v < 1024 && (v | 0) === v) return elementAt(SMALL_INTEGERS, v);
      return Number.isInteger(v) ? BigInt(v) : v;
    case 'bigint':
    case 'string':
    case 'boolean':
      return v;
    case 'undefined':
      return null;
  }
  if (v === null) return null;
  if (v instanceof Number) return v.valueOf();
  if (Array.isArray(v)) return v.map(fromStored);
  if (v instanceof TemporalValue) return v;
  if (typeof v !== 'object') return null;
  // A temporal value saved in a snapshot (TemporalValue.toJSON) comes back as its kind and text.
  if ('$temporal' in v && isTemporalKind(v.$temporal) && 'value' in v && typeof v.value === 'string') return temporalFromString(v.$temporal, v.value);
  if (isCypherMap(v)) return v;
  // Any other object a graph was given reads as the map of its own properties.
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromStored(x)]));
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Turn a Cypher value into its stored form (the value must be a valid property value). */
export function toStored(v: CypherValue): PropertyValue {
  if (typeof v === 'bigint') return (v <= SAFE && v >= -SAFE ? Number(v) : v) as PropertyValue;
  if (typeof v === 'number') return (Number.isInteger(v) ? new Number(v) : v) as PropertyValue;
  if (Array.isArray(v)) return v.map(toStored);
  return v as PropertyValue;
}
