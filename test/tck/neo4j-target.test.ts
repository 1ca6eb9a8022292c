// The Neo4j target's conversions, without a server: driver values to our CypherValues (temporal
// values printing as Neo4j's toString()), and Neo4j errors to the TCK's type, phase and detail.

import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { fromNeo4j } from './targets/neo4j-values.js';
import { toCypherError } from './targets/neo4j.js';
import { canonicalActual } from './lib/canonical.js';
import { CypherError } from '../../src/errors.js';

const { Duration, LocalTime, Time, Date: Neo4jDate, DateTime, LocalDateTime } = neo4j.types;

describe('fromNeo4j', () => {
  it.each<[string, unknown, string]>([
    ['duration', new Duration(14, 16, 43200, 0), 'P1Y2M16DT12H'],
    ['negative duration', new Duration(0, 0, -86400, 100000000), 'PT-23H-59M-59.9S'],
    ['half a second back', new Duration(0, 0, -1, 500000000), 'PT-0.5S'],
    ['zero duration', new Duration(0, 0, 0, 0), 'PT0S'],
    ['duration with days and fraction', new Duration(0, 14, 70, 1000000), 'P14DT1M10.001S'],
    ['local time without seconds', new LocalTime(12, 31, 0, 0), '12:31'],
    ['local time in nanoseconds', new LocalTime(12, 31, 14, 645876123), '12:31:14.645876123'],
    ['local time in milliseconds', new LocalTime(12, 31, 14, 100000000), '12:31:14.100'],
    ['time at UTC', new Time(12, 0, 0, 0, 0), '12:00Z'],
    ['time with offset', new Time(21, 40, 32, 142000000, 3600), '21:40:32.142+01:00'],
    ['date', new Neo4jDate(1984, 10, 11), '1984-10-11'],
    ['local date time', new LocalDateTime(2015, 7, 21, 21, 40, 32, 142000000), '2015-07-21T21:40:32.142'],
    ['date time in a zone', new DateTime(2015, 7, 21, 21, 40, 32, 142000000, 3600, 'Europe/London'), '2015-07-21T21:40:32.142+01:00[Europe/London]'],
  ])('reads a %s as its Cypher string', (_name, value, text) => {
    expect(fromNeo4j(value)?.toString()).toBe(text);
  });

  it('reads integers as bigint and keeps floats as numbers', () => {
    expect(fromNeo4j([neo4j.int(5), 5n, 2.5])).toEqual([5n, 5n, 2.5]);
  });

  it('reads nodes, relationships and paths into our classes', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['A'], { k: neo4j.int(1) }, 'n1');
    const b = new neo4j.types.Node(neo4j.int(2), ['B'], {}, 'n2');
    const r = new neo4j.types.Relationship(neo4j.int(3), neo4j.int(2), neo4j.int(1), 'T', {}, 'r3', 'n2', 'n1');
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(canonicalActual(fromNeo4j(path))).toBe('<(:A {k: 1})<-[:T]-(:B)>');
  });
});

describe('toCypherError', () => {
  it.each<[string, string, string, string, string]>([
    ['Neo.ClientError.Statement.SyntaxError', 'Variable `x` not defined (line 1, column 8)', 'SyntaxError', 'compile time', 'UndefinedVariable'],
    ['Neo.ClientError.Statement.SemanticError', 'Variable `a` already declared', 'SyntaxError', 'compile time', 'VariableAlreadyBound'],
    ['Neo.ClientError.Statement.TypeError', 'Type mismatch: expected Integer but was String', 'TypeError', 'runtime', 'InvalidArgumentType'],
    ['Neo.ClientError.Statement.ArgumentError', 'something odd', 'ArgumentError', 'runtime', 'Unknown'],
  ])('maps %s "%s"', (code, message, type, phase, detail) => {
    const error = toCypherError(Object.assign(new Error(message), { code }));
    expect(error).toBeInstanceOf(CypherError);
    expect([(error as CypherError).type, (error as CypherError).phase, (error as CypherError).detail]).toEqual([type, phase, detail]);
  });

  it('leaves transient and database errors as they are', () => {
    const error = Object.assign(new Error('timeout'), { code: 'Neo.TransientError.Transaction.Terminated' });
    expect(toCypherError(error)).toBe(error);
  });
});
