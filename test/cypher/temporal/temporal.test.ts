// Specifications of the temporal module beyond what the TCK pins down: string forms at the
// edges, daylight-saving gaps and overlaps, arithmetic rules, accessors and errors.

import { describe, expect, it } from 'vitest';
import {
  compareTemporal,
  type CypherDuration,
  orderTemporal,
  temporalArithmetic,
  temporalEquals,
  temporalFunctions,
  temporalProperty,
  temporalToCypherString,
} from '../../../src/cypher/temporal/index.js';
import { CypherError } from '../../../src/errors.js';
import type { CypherValue, TemporalValue } from '../../../src/cypher/values.js';

const ctx = { now: new Date(Date.UTC(2020, 5, 15, 10, 30, 0)) };
const call = (name: string, ...args: CypherValue[]): CypherValue => temporalFunctions[name]!(args, ctx);
const str = (name: string, ...args: CypherValue[]): string => String(call(name, ...args));

describe('construction from strings', () => {
  it.each([
    ['date', '+10000-01-01', '+10000-01-01'],
    ['date', '-0028-03-01', '-0028-03-01'],
    ['date', '2020-W53-7', '2021-01-03'],
    ['localtime', '21:40:32,5', '21:40:32.500'],
    ['time', '10:00:00.000000001-00:30', '10:00:00.000000001-00:30'],
    ['localdatetime', '2015-07-21T21:40:32.000100', '2015-07-21T21:40:32.000100'],
    ['datetime', '2015-07-21T21:40Z', '2015-07-21T21:40Z'],
    ['datetime', '2015-01-21T21:40[America/New_York]', '2015-01-21T21:40-05:00[America/New_York]'],
    ['duration', 'PT-0.001S', 'PT-0.001S'],
    ['date', '2015-7-1', '2015-07-01'],
    ['localtime', '1:2', '01:02'],
    ['date', '2015-W5-1', '2015-01-26'],
    ['duration', '-P1DT2H', 'P-1DT-2H'],
    ['duration', 'P1W', 'P7D'],
    ['duration', 'PT36H', 'PT36H'],
  ])('%s(%j) is %s', (fn, text, expected) => {
    expect(str(fn, text)).toBe(expected);
  });

  it.each([
    ['date', '2015-13-01'],
    ['date', '2015-02-29'],
    ['date', '2015-W54'],
    ['localtime', '24:00'],
    ['time', '10:00+19:00'],
    ['datetime', '2015-07-21T21:40[Nowhere/Atlantis]'],
    ['duration', 'P'],
    ['duration', 'PT'],
    ['duration', '1D'],
    ['duration', 'P1.5DT2H'],
    ['duration', 'P1DT'],
    ['date', '2015-7'],
    ['localtime', '123'],
  ])('%s(%j) is a SyntaxError at runtime, as Neo4j reports faults in text', (fn, text) => {
    expect(() => call(fn, text)).toThrowError(CypherError);
    try {
      call(fn, text);
    } catch (e) {
      expect([(e as CypherError).phase, (e as CypherError).type]).toEqual(['runtime', 'SyntaxError']);
    }
  });
});

describe('construction from maps', () => {
  it.each([
    ['a day without a month', 'date', { year: 1984n, day: 11n }],
    ['a day of week without a week', 'date', { year: 1984n, dayOfWeek: 3n }],
    ['week fields mixed with calendar fields', 'date', { year: 1984n, month: 2n, week: 3n }],
    ['no year', 'date', { month: 2n, day: 3n }],
    ['a second without a minute', 'localtime', { hour: 12n, second: 3n }],
    ['a millisecond without a second', 'time', { hour: 12n, minute: 1n, millisecond: 3n }],
    ['a month 13', 'localdatetime', { year: 1984n, month: 13n }],
    ['a nanosecond beyond its microsecond', 'localtime', { hour: 1n, minute: 1n, second: 1n, microsecond: 1n, nanosecond: 1000n }],
    ['a day with a time but no month', 'localdatetime', { year: 1984n, day: 3n, hour: 1n }],
    ['a month with a time but no day', 'datetime', { year: 1984n, month: 3n, hour: 1n }],
  ])('rejects %s', (_why, fn, map) => {
    expect(() => call(fn, map)).toThrowError(/cannot|specified|mix|Invalid/);
  });

  it.each([
    ['date', { year: 2020n, month: 1n, day: 1n, hour: 3n }],
    ['localtime', { hour: 3n, year: 2020n }],
    ['time', { hour: 3n, epochSeconds: 1n }],
  ])('%s() refuses a field its kind lacks with a TypeError', (fn, map) => {
    expect(() => call(fn, map)).toThrowError(/Not supported/);
  });

  it.each([
    ['a base date keeps the fields the map leaves out', 'date', { date: '2020-02-29', month: 3n }, '2020-03-29'],
    ['a year override clamps a kept 29 February', 'date', { date: '2020-02-29', year: 2017n }, '2017-02-28'],
    ['a week override keeps the base day of week', 'date', { date: '2020-02-29', week: 1n }, '2020-01-04'],
    ['epoch seconds with a zone', 'datetime', { epochSeconds: 0n, nanosecond: 5n, timezone: '+01:00' }, '1970-01-01T01:00:00.000000005+01:00'],
    ['epoch milliseconds', 'datetime', { epochMillis: 1500n }, '1970-01-01T00:00:01.500Z'],
  ])('%s', (_why, fn, map, expected) => {
    const resolved = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, k === 'date' ? call('date', v as string) : v]));
    expect(str(fn, resolved)).toBe(expected);
  });
});

describe('well-formed text with an impossible meaning', () => {
  it.each([
    ['time', '12:00[Europe/Stockholm]'],
    ['datetime', '2015-07-21T21:40:32.142+05:00[Europe/London]'],
  ])('%s(%j) is an ArgumentError, as in Neo4j', (fn, text) => {
    try {
      call(fn, text);
      expect.unreachable();
    } catch (e) {
      expect((e as CypherError).type).toBe('ArgumentError');
    }
  });
});

describe('named time zones follow their daylight-saving rules', () => {
  it.each([
    [
      'a time in the spring gap moves forward by the gap',
      { year: 2017n, month: 3n, day: 26n, hour: 2n, minute: 30n, timezone: 'Europe/Stockholm' },
      '2017-03-26T03:30+02:00[Europe/Stockholm]',
    ],
    [
      'a time in the autumn overlap takes the earlier offset',
      { year: 2017n, month: 10n, day: 29n, hour: 2n, minute: 30n, timezone: 'Europe/Stockholm' },
      '2017-10-29T02:30+02:00[Europe/Stockholm]',
    ],
    [
      'a time after the change takes winter time',
      { year: 2017n, month: 10n, day: 29n, hour: 3n, timezone: 'Europe/Stockholm' },
      '2017-10-29T03:00+01:00[Europe/Stockholm]',
    ],
    ['half-hour offsets are kept', { year: 2017n, month: 1n, day: 1n, timezone: 'Asia/Kolkata' }, '2017-01-01T00:00+05:30[Asia/Kolkata]'],
  ])('%s: %s', (_why, map, expected) => {
    expect(str('datetime', map)).toBe(expected);
  });

  it('adds hours on the time line across the autumn change', () => {
    const start = call('datetime', '2017-10-29T00:00[Europe/Stockholm]');
    const later = temporalArithmetic('+', start, call('duration', 'PT4H'));
    expect(String(later)).toBe('2017-10-29T03:00+01:00[Europe/Stockholm]');
  });

  it('adds a day on the calendar across the autumn change', () => {
    const start = call('datetime', '2017-10-28T12:00[Europe/Stockholm]');
    const next = temporalArithmetic('+', start, call('duration', 'P1D'))!;
    expect(String(next)).toBe('2017-10-29T12:00+01:00[Europe/Stockholm]');
    expect(String(call('duration.inseconds', start, next))).toBe('PT25H');
  });
});

describe('arithmetic', () => {
  it.each([
    ['2020-01-31', 'P1M', '2020-02-29'],
    ['2020-02-29', 'P1Y', '2021-02-28'],
    ['2020-03-01', 'PT23H59M', '2020-03-01'],
    ['2020-03-01', 'PT24H', '2020-03-02'],
  ])('date %s + %s is %s', (d, dur, expected) => {
    expect(String(temporalArithmetic('+', call('date', d), call('duration', dur)))).toBe(expected);
  });

  it('wraps a local time at midnight', () => {
    expect(String(temporalArithmetic('-', call('localtime', '00:30'), call('duration', 'PT1H')))).toBe('23:30');
  });

  it('multiplies a duration by an integer exactly and by a float approximately', () => {
    expect(String(temporalArithmetic('*', call('duration', 'PT0.000000001S'), 3n))).toBe('PT0.000000003S');
    expect(String(temporalArithmetic('*', 2n, call('duration', 'P1M')))).toBe('P2M');
    expect(String(temporalArithmetic('*', call('duration', 'P1M'), 0.5))).toBe('P15DT5H14M33S');
  });

  it('is not temporal arithmetic for date + number or date + date', () => {
    expect(temporalArithmetic('+', call('date', '2020-01-01'), 1n)).toBeUndefined();
    expect(temporalArithmetic('+', call('date', '2020-01-01'), call('date', '2020-01-01'))).toBeUndefined();
    expect(temporalArithmetic('+', 1n, 2n)).toBeUndefined();
  });

  it('propagates null with a temporal operand', () => {
    expect(temporalArithmetic('+', call('date', '2020-01-01'), null)).toBeNull();
  });
});

describe('comparison and equality', () => {
  it('orders date-times by instant across offsets', () => {
    const a = call('datetime', '2020-01-01T12:00+02:00') as TemporalValue;
    const b = call('datetime', '2020-01-01T11:00Z') as TemporalValue;
    expect(compareTemporal(a, b)).toBe(-1);
  });

  it('does not compare values of different kinds or durations', () => {
    expect(compareTemporal(call('date', '2020-01-01') as TemporalValue, call('localdatetime', '2020-01-01') as TemporalValue)).toBeNull();
    expect(compareTemporal(call('duration', 'P1D') as TemporalValue, call('duration', 'P2D') as TemporalValue)).toBeNull();
  });

  it('breaks instant ties between date-times by local time, then offsets before regions', () => {
    const plusOne = call('datetime', '2018-01-01T00:00+01:00') as TemporalValue;
    const utc = call('datetime', '2017-12-31T23:00Z') as TemporalValue;
    const london = call('datetime', '2017-12-31T23:00[Europe/London]') as TemporalValue;
    expect(compareTemporal(plusOne, utc)).toBe(1);
    expect(compareTemporal(utc, london)).toBe(-1);
    expect(temporalEquals(utc, london)).toBe(false);
  });

  it('orders durations by average length for ORDER BY', () => {
    const ds = ['P1M', 'PT25H', 'P1D', 'PT1H'].map((d) => call('duration', d) as TemporalValue);
    expect(ds.sort((a, b) => orderTemporal(a, b)!).map(String)).toEqual(['PT1H', 'P1D', 'PT25H', 'P1M']);
  });

  it('treats durations as equal part by part only', () => {
    expect(temporalEquals(call('duration', 'PT60S') as TemporalValue, call('duration', 'PT1M') as TemporalValue)).toBe(true);
    expect(temporalEquals(call('duration', 'P1D') as TemporalValue, call('duration', 'PT24H') as TemporalValue)).toBe(false);
  });
});

describe('accessors', () => {
  it.each([
    ['datetime', '2020-01-01T00:00:00.001-00:30', 'epochMillis', 1577838600001n],
    ['datetime', '1969-12-31T23:59:59.5Z', 'epochSeconds', 0n],
    ['time', '12:00-02:30', 'offsetMinutes', -150n],
    ['time', '12:00Z', 'timezone', 'Z'],
    ['date', '2021-01-03', 'weekYear', 2020n],
    ['date', '2021-01-03', 'week', 53n],
    ['duration', 'PT-1.5S', 'seconds', -2n],
    ['duration', 'PT-1.5S', 'nanosecondsOfSecond', 500000000n],
    ['duration', 'PT-1.5S', 'milliseconds', -1500n],
    ['duration', 'P1Y5M', 'quartersOfYear', 1n],
  ])('%s(%j).%s is %s', (fn, text, key, expected) => {
    expect(temporalProperty(call(fn, text) as TemporalValue, key)).toBe(expected);
  });
});

describe("Cypher's toString() writes Neo4j 5's form", () => {
  it.each([
    ['localtime', '12:00', '12:00:00'],
    ['localtime', '12:00:00.100', '12:00:00.1'],
    ['time', '12:00:00.000000010+01:00', '12:00:00.00000001+01:00'],
    ['localdatetime', '2015-01-01T12:00', '2015-01-01T12:00:00'],
    ['datetime', '2015-01-01T12:00:00.100[Europe/Stockholm]', '2015-01-01T12:00:00.1+01:00[Europe/Stockholm]'],
    ['date', '2015-01-01', '2015-01-01'],
    ['duration', 'PT1.500S', 'PT1.5S'],
  ])('toString(%s(%j)) is %j', (fn, text, expected) => {
    expect(temporalToCypherString(call(fn, text) as TemporalValue)).toBe(expected);
  });
});

describe('zone names', () => {
  it.each([
    ['europe/stockholm', '2020-01-01T00:00+01:00[Europe/Stockholm]'],
    ['US/Pacific', '2020-01-01T00:00-08:00[US/Pacific]'],
    ['UTC+01:00', '2020-01-01T00:00+01:00[UTC+01:00]'],
  ])('keeps %s as Neo4j spells it', (zone, expected) => {
    expect(str('datetime', { year: 2020n, month: 1n, day: 1n, timezone: zone })).toBe(expected);
  });
});

describe('accessors a kind lacks', () => {
  it.each([
    ['date', '2021-01-03', 'hour'],
    ['localtime', '12:00', 'year'],
    ['localtime', '12:00', 'timezone'],
    ['time', '12:00Z', 'epochSeconds'],
    ['duration', 'P1D', 'hoursOfDay'],
  ])('%s(%j).%s is a TypeError, as in Neo4j', (fn, text, key) => {
    expect(() => temporalProperty(call(fn, text) as TemporalValue, key)).toThrowError(/Unsupported field|No such field/);
  });
});

describe('clocks', () => {
  it('reads the statement clock in the requested zone', () => {
    expect(str('datetime.statement')).toBe('2020-06-15T10:30Z');
    expect(str('localtime.transaction', 'Europe/Stockholm')).toBe('12:30');
    expect(str('date', { timezone: 'Pacific/Kiritimati' })).toBe('2020-06-16');
  });

  it('gives the same statement time to every call', () => {
    expect(String(call('duration.inseconds', call('localtime'), call('localtime')))).toBe('PT0S');
  });

  it('keeps realtime within a second of the system clock', () => {
    const now = call('datetime.realtime') as TemporalValue;
    const millis = temporalProperty(now, 'epochMillis') as bigint;
    expect(Math.abs(Number(millis) - Date.now())).toBeLessThan(1000);
  });
});

describe('durations from maps', () => {
  it('keeps the four parts apart', () => {
    const d = call('duration', { days: 1n, hours: 25n }) as CypherDuration;
    expect([d.months, d.days, d.seconds, d.nanos]).toEqual([0n, 1n, 90000n, 0]);
  });

  it.each([
    ['a length in seconds beyond 64 bits', { years: 999999999999n }, 'ArgumentError'],
    ['a fraction beyond 64 bits', { years: 1e300 }, 'ArithmeticError'],
  ])('rejects %s as Neo4j does', (_why, map, type) => {
    expect(() => call('duration', map)).toThrowError(CypherError);
    try {
      call('duration', map);
    } catch (e) {
      expect((e as CypherError).type).toBe(type);
    }
  });

  it('rejects unknown units', () => {
    expect(() => call('duration', { fortnights: 1n })).toThrowError(CypherError);
    expect(() => call('duration', { quarters: 1n })).toThrowError(CypherError);
  });
});
