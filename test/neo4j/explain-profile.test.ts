// EXPLAIN and PROFILE answer alike on both engines: the query's columns, no rows for EXPLAIN and
// the plan in the result; the rows and a plan with rows per operator for PROFILE. The operators
// themselves are each engine's own.

import { afterAll, beforeAll, expect, it } from 'vitest';
import graphology from 'graphology';
import { CypherEngine } from '../../src/cypher/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import { describeWithNeo4j } from './helpers/server.js';

describeWithNeo4j('EXPLAIN and PROFILE on both engines', (uri) => {
  let conn: Neo4jConnection;
  const embedded = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph);
  beforeAll(async () => {
    conn = await Neo4jConnection.open({ uri });
  });
  afterAll(async () => {
    await conn?.close();
  });

  it('EXPLAIN, after a comment: the columns, no rows, a plan', async () => {
    const query = '// a comment\nEXPLAIN UNWIND range(1, 3) AS x RETURN x * 2 AS y';
    for (const result of [embedded.run(query), await conn.run(query)]) {
      expect(result.columns).toEqual(['y']);
      expect(result.rows).toEqual([]);
      expect(result.plan?.operator).toBeTruthy();
      expect(result.plan?.rows).toBeUndefined();
    }
  });

  it('PROFILE: the rows, and the root of the plan counts them', async () => {
    const query = 'PROFILE UNWIND range(1, 3) AS x RETURN x * 2 AS y';
    for (const result of [embedded.run(query), await conn.run(query)]) {
      expect(result.rows).toEqual([[2n], [4n], [6n]]);
      expect(result.plan?.rows).toBe(3);
      expect(result.plan?.dbHits).toBeGreaterThanOrEqual(0);
    }
  });
});
