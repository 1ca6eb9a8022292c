// Aggregation functions: count, sum, avg, min, max, collect, stDev, stDevP, percentileCont,
// percentileDisc. Each makes an accumulator per group; DISTINCT wraps it with a seen-set.

import { InvariantError, elementAt } from '../../errors.js';
import { TemporalValue, type CypherValue } from '../values.js';
import { arithmetic } from '../runtime/arithmetic.js';
import { orderCompare } from '../runtime/comparison.js';
import { groupKey } from '../runtime/equality.js';
import { runtimeArgumentError, runtimeTypeError } from '../errors.js';
import { typeName } from '../runtime/kind.js';

export interface Accumulator {
  /** Add one row's argument values (nulls included; each aggregate decides). */
  add(args: CypherValue[]): void;
  result(): CypherValue;
}

type Factory = () => Accumulator;

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

const AGGREGATES: Record<string, Factory> = {
  count: () => {
    // A number counts faster than a bigint (no allocation per row); 2^53 rows are out of reach.
    let n = 0;
    return { add: ([v]) => void (v !== null && n++), result: () => BigInt(n) };
  },
  sum: () => {
    let total: CypherValue = 0n;
    let durations = false;
    return {
      add: ([v = null]) => {
        if (v === null) return;
        if (isDuration(v)) {
          // Durations sum as durations (Neo4j); mixing them with numbers is a type error.
          if (!durations && total !== 0n) throw runtimeTypeError('InvalidArgumentType', 'sum() cannot mix durations and numbers');
          total = durations ? arithmetic('+', total, v) : v;
          durations = true;
          return;
        }
        if ((typeof v !== 'bigint' && typeof v !== 'number') || durations) throw runtimeTypeError('InvalidArgumentType', `sum() of ${typeName(v)}`);
        if (typeof total === 'bigint' && typeof v === 'bigint') {
          // An INTEGER sum that leaves the 64-bit range goes on as a FLOAT, as Neo4j's sum()
          // does (where `+` fails with "long overflow").
          const exact = total + v;
          total = exact > LONG_MAX || exact < LONG_MIN ? Number(total) + Number(v) : exact;
          return;
        }
        total = arithmetic('+', total, v);
      },
      result: () => total,
    };
  },
  avg: () => {
    // A running mean, as Neo4j keeps it: sum / n differs in the last digit (and overflows where
    // the mean of two 1e308 does not).
    let mean = 0;
    let n = 0;
    let durationSum: CypherValue = null;
    return {
      add: ([v = null]) => {
        if (v === null) return;
        if (isDuration(v)) {
          if (n > 0 && durationSum === null) throw runtimeTypeError('InvalidArgumentType', 'avg() cannot mix durations and numbers');
          durationSum = durationSum === null ? v : arithmetic('+', durationSum, v);
          n++;
          return;
        }
        if ((typeof v !== 'bigint' && typeof v !== 'number') || durationSum !== null) throw runtimeTypeError('InvalidArgumentType', `avg() of ${typeName(v)}`);
        n++;
        mean += (Number(v) - mean) / n;
      },
      result: () => (n === 0 ? null : durationSum !== null ? arithmetic('/', durationSum, BigInt(n)) : mean),
    };
  },
  min: () => extreme(-1),
  max: () => extreme(1),
  collect: () => {
    const out: CypherValue[] = [];
    return { add: ([v = null]) => void (v !== null && out.push(v)), result: () => out };
  },
  stdev: () => deviation(true),
  stdevp: () => deviation(false),
  percentilecont: () => percentile(true),
  percentiledisc: () => percentile(false),
};

function isDuration(v: CypherValue): boolean {
  return v instanceof TemporalValue && v.kind === 'Duration';
}

function extreme(sign: number): Accumulator {
  let best: CypherValue = null;
  return {
    add: ([v = null]) => {
      if (v === null) return;
      if (best === null || sign * orderCompare(v, best) > 0) best = v;
    },
    result: () => best,
  };
}

/** Welford's one-pass deviation, as Neo4j computes it (a two-pass sum differs in the last digit). */
function deviation(sample: boolean): Accumulator {
  let n = 0;
  let mean = 0;
  let squares = 0;
  return {
    add: ([v = null]) => {
      if (v === null) return;
      if (typeof v !== 'bigint' && typeof v !== 'number') throw runtimeTypeError('InvalidArgumentType', `stDev() of ${typeName(v)}`);
      const x = Number(v);
      n++;
      const delta = x - mean;
      mean += delta / n;
      squares += delta * (x - mean);
    },
    // No value at all gives null in Neo4j 5 (one value gives 0).
    result: () => (n === 0 ? null : n < (sample ? 2 : 1) ? 0 : Math.sqrt(squares / (sample ? n - 1 : n))),
  };
}

function percentile(continuous: boolean): Accumulator {
  const xs: (bigint | number)[] = [];
  let p: number | null = null;
  return {
    add: ([v = null, q]) => {
      if (q === null || q === undefined) throw runtimeArgumentError('NumberOutOfRange', 'percentile must not be null');
      const pq = Number(q);
      if (typeof q !== 'number' && typeof q !== 'bigint') throw runtimeTypeError('InvalidArgumentType', 'percentile must be a number');
      if (!(pq >= 0 && pq <= 1)) throw runtimeArgumentError('NumberOutOfRange', `percentile ${pq} is not between 0 and 1`);
      p = pq;
      if (v === null) return;
      if (typeof v !== 'bigint' && typeof v !== 'number') throw runtimeTypeError('InvalidArgumentType', `percentile of ${typeName(v)}`);
      xs.push(v);
    },
    result: () => {
      if (xs.length === 0 || p === null) return null;
      const sorted = [...xs].sort((a, b) => orderCompare(a, b));
      if (continuous) {
        const pos = p * (sorted.length - 1);
        const lo = Math.floor(pos);
        const hi = Math.ceil(pos);
        // On an element Neo4j gives that element as it is (an INTEGER stays one); between two it
        // weighs both, in this form (`a + (b - a) * f` differs in the last digit).
        if (lo === hi) return elementAt(sorted, lo);
        return Number(elementAt(sorted, lo)) * (hi - pos) + Number(elementAt(sorted, hi)) * (pos - lo);
      }
      const idx = p === 0 ? 0 : Math.ceil(p * sorted.length) - 1;
      return elementAt(sorted, Math.max(0, Math.min(sorted.length - 1, idx)));
    },
  };
}

/**
 * DISTINCT inside an aggregate (`collect(DISTINCT x)`, `count(DISTINCT x)`): passes each value to
 * the inner accumulator the first time it is seen. A string is its own key, so no key string is
 * built per row (`collect(DISTINCT b.name)` over thousands of rows); every other value goes by
 * `groupKey`, so equal values (1 and 1.0) still count once.
 */
function distinct(inner: Accumulator): Accumulator {
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

/** True when `name` (lower case) is an aggregation function. */
export function isAggregateName(name: string): boolean {
  return Object.hasOwn(AGGREGATES, name);
}

/** A fresh accumulator for the aggregate `name` (lower case). */
export function makeAccumulator(name: string, isDistinct: boolean): Accumulator {
  const factory = AGGREGATES[name];
  if (factory === undefined) throw new InvariantError(`no aggregate function ${name} (callers check isAggregateName first)`);
  const acc = factory();
  return isDistinct ? distinct(acc) : acc;
}
