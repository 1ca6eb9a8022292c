// The engine's specification of numbers and strings (test/cypher/functions/neo4j-expectations.ts)
// holds on a real Neo4j too: each query gives the expected value there, or fails with the
// expected message.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import { NEO4J_ERRORS, NEO4J_VALUES } from '../cypher/functions/neo4j-expectations.js';
import { describeWithNeo4j } from './helpers/server.js';

describeWithNeo4j('numbers and strings on a real Neo4j', (uri) => {
  let conn: Neo4jConnection;
  beforeAll(async () => {
    conn = await Neo4jConnection.open({ uri });
  });
  afterAll(async () => {
    await conn?.close();
  });

  it.each(NEO4J_VALUES)('%s → %s', async (query, expected) => {
    const result = await conn.run(query, {});
    expect(result.rows[0]![0]).toEqual(expected);
  });

  it.each(NEO4J_ERRORS)('%s fails: %s', async (query, message) => {
    await expect(conn.run(query, {})).rejects.toThrow(message);
  });
});
