// Values written by queries survive a snapshot save and load: temporal values keep their kind,
// integers stay integers (an integral FLOAT reads back as INTEGER: JSON has one number type).

import { describe, expect, it } from 'vitest';

import { fromStored, toStored } from '../../../src/cypher/runtime/index.js';
import { temporalFunctions } from '../../../src/cypher/temporal/index.js';
import { TemporalValue } from '../../../src/cypher/values.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { canonicalJson } from '../../../src/graph/canonical-json.js';

const roundTrip = (value: CypherValue): CypherValue => fromStored(JSON.parse(canonicalJson(toStored(value))));
const now = { now: new Date('2020-01-01T00:00:00Z') };

describe('stored values through snapshot JSON', () => {
  it.each([
    ['date', '2014-11-28'],
    ['localtime', '12:30:00.5'],
    ['datetime', '2015-07-21T21:40:32.142+01:00[Europe/London]'],
    ['duration', 'P1Y2M10DT12H45M30.25S'],
  ])('a %s keeps its kind and value', (fn, text) => {
    const value = temporalFunctions[fn]!([text], now) as TemporalValue;
    const back = roundTrip(value);
    expect(back).toBeInstanceOf(TemporalValue);
    expect((back as TemporalValue).kind).toBe(value.kind);
    expect(String(back)).toBe(String(value));
  });

  it.each([
    [7n, 7n],
    [2.5, 2.5],
    [1.0, 1n],
    [
      ['a', 3n],
      ['a', 3n],
    ],
  ] as [CypherValue, CypherValue][])('%s reads back as %s', (value, expected) => {
    expect(roundTrip(value)).toEqual(expected);
  });
});
