// What Neo4j 5 gives for numbers and strings where a plain JavaScript reading differs: a running
// mean for avg(), Welford's deviation, round() on the decimal text with every rounding mode,
// toInteger()/toFloat() text as Java parses it, replace() with an empty search, keys() in
// Neo4j's map order, strings counted in code points, valueType() of lists. Every expected value
// below was read off Neo4j 5.26; test/neo4j/functions-parity.test.ts runs the same expressions
// on a real server.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { CypherError } from '../../../src/errors.js';
import { NEO4J_ERRORS, NEO4J_VALUES } from './neo4j-expectations.js';

const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph);
const value = (query: string): CypherValue => engine.run(query).rows[0]![0]!;

describe('numbers and strings as Neo4j 5 gives them', () => {
  it.each(NEO4J_VALUES)('%s → %s', (query, expected) => {
    expect(value(query)).toEqual(expected);
  });

  it.each(NEO4J_ERRORS)('%s fails: %s', (query, message) => {
    expect(() => value(query)).toThrow(CypherError);
    expect(() => value(query)).toThrow(message);
  });
});
