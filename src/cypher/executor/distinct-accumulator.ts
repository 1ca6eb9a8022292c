// DISTINCT inside an aggregate (collect(DISTINCT x), count(DISTINCT x)): passes each value to the
// inner accumulator the first time it is seen, strings looked up by themselves.

import type { Accumulator } from '../functions/aggregates.js';
import { groupKey } from '../runtime/equality.js';

/**
 * Like the functions module's DISTINCT wrapper, but a string is its own key, so no key string is
 * built per row (collect(DISTINCT b.name) over thousands of rows); every other value goes by
 * `groupKey`, so equal values (1 and 1.0) still count once.
 */
export function distinctAccumulator(inner: Accumulator): Accumulator {
  const seenStrings = new Set<string>();
  const seen = new Set<string>();
  return {
    add: (args) => {
      const v = args[0]!;
      if (v === null) return;
      if (typeof v === 'string') {
        if (seenStrings.has(v)) return;
        seenStrings.add(v);
      } else {
        const k = groupKey(v);
        if (seen.has(k)) return;
        seen.add(k);
      }
      inner.add(args);
    },
    result: () => inner.result(),
  };
}
