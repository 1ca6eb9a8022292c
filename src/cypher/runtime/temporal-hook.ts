// The seam between value semantics and the temporal module: equality, order, arithmetic,
// property access and functions on dates and durations are delegated through this object.

import type { CypherValue, TemporalValue } from '../values.js';

/** What the runtime needs from `src/cypher/temporal` (see the engine contract). */
export interface TemporalSupport {
  functions: Record<string, (args: CypherValue[], ctx: { now: Date }) => CypherValue>;
  property(value: TemporalValue, key: string): CypherValue;
  compare(a: TemporalValue, b: TemporalValue): number | null;
  /** The ORDER BY order within one kind (durations by average length); `compare` when absent. */
  order?(a: TemporalValue, b: TemporalValue): number | null;
  /** What Cypher's toString() returns (may differ from the returned value's ISO form). */
  toCypherString?(value: TemporalValue): string;
  equals(a: TemporalValue, b: TemporalValue): boolean;
  arithmetic(op: '+' | '-' | '*' | '/', a: CypherValue, b: CypherValue): CypherValue | undefined;
}

const none: TemporalSupport = {
  functions: {},
  property: () => null,
  compare: () => null,
  equals: (a, b) => a.kind === b.kind && a.toString() === b.toString(),
  arithmetic: () => undefined,
};

/** The temporal support in use; the engine installs the real one at load time. */
export let temporal: TemporalSupport = none;

/** Install the temporal module's implementation. */
export function installTemporalSupport(support: TemporalSupport): void {
  temporal = support;
}
