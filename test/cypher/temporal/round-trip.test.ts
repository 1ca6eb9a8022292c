// Property: every temporal value reads back from its own string form as an equal value, so
// `date(toString(d)) = d` holds as the TCK's serialisation scenarios expect, for any components.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { temporalEquals, temporalFromString, temporalFunctions } from '../../../src/cypher/temporal/index.js';
import type { CypherMap, CypherValue, TemporalValue } from '../../../src/cypher/values.js';

const ctx = { now: new Date(Date.UTC(2020, 0, 1)) };
const call = (name: string, arg: CypherValue): TemporalValue => temporalFunctions[name]!([arg], ctx) as TemporalValue;

const big = (min: number, max: number): fc.Arbitrary<bigint> => fc.integer({ min, max }).map(BigInt);
const dateFields = fc.record({ year: big(-9999, 99999), month: big(1, 12), day: big(1, 28) });
const timeFields = fc.record({ hour: big(0, 23), minute: big(0, 59), second: big(0, 59), nanosecond: big(0, 999_999_999) });
const zones = fc.constantFrom('Z', '+01:00', '-02:05:07', '+14:00', 'Europe/Stockholm', 'America/New_York', 'Australia/Eucla', 'Asia/Kolkata');

function roundTrips(kind: string, map: CypherMap): void {
  const value = call(kind, map);
  const again = call(kind, value.toString());
  expect(again.toString()).toBe(value.toString());
  expect(temporalEquals(again, value)).toBe(true);
  const revived = temporalFromString(value.kind, value.toString());
  expect(revived.kind).toBe(value.kind);
  expect(temporalEquals(revived, value)).toBe(true);
}

describe('string forms read back as equal values', () => {
  it('dates', () => fc.assert(fc.property(dateFields, (d) => roundTrips('date', d))));
  it('local times', () => fc.assert(fc.property(timeFields, (t) => roundTrips('localtime', t))));
  it('times', () =>
    fc.assert(fc.property(timeFields, fc.constantFrom('Z', '+01:00', '-02:05:07', '+14:00'), (t, timezone) => roundTrips('time', { ...t, timezone }))));
  it('date-times in the local mean time of a region (offsets with seconds)', () =>
    fc.assert(
      fc.property(fc.record({ year: big(1000, 1800), month: big(1, 12), day: big(1, 28) }), timeFields, zones, (d, t, timezone) =>
        roundTrips('datetime', { ...d, ...t, timezone }),
      ),
    ));
  it('local date-times', () => fc.assert(fc.property(dateFields, timeFields, (d, t) => roundTrips('localdatetime', { ...d, ...t }))));
  it('date-times in offsets and named zones', () =>
    fc.assert(
      fc.property(fc.record({ year: big(1800, 2100), month: big(1, 12), day: big(1, 28) }), timeFields, zones, (d, t, timezone) =>
        roundTrips('datetime', { ...d, ...t, timezone }),
      ),
    ));
  it('durations', () =>
    fc.assert(
      fc.property(
        fc.record({
          months: big(-5000, 5000),
          days: big(-5000, 5000),
          seconds: big(-1_000_000_000, 1_000_000_000),
          nanoseconds: big(-999_999_999, 999_999_999),
        }),
        (d) => roundTrips('duration', d),
      ),
    ));
});
