// The HTTP API of `crimegraph serve --neo4j` on a real Neo4j: the fixtures graph loaded into the
// test server, then the same specification the embedded engine passes (test/serve/api.test.ts).

import { afterAll, beforeAll, expect, it } from 'vitest';

import { KnowledgeGraph } from '../../src/api/index.js';
import { loadSnapshot } from '../../src/graph/index.js';
import { loadGraph, Neo4jConnection } from '../../src/neo4j/index.js';
import { startServer } from '../../src/serve/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { call, describeServeApi } from '../serve/serve-api-spec.js';
import { serveFixture, type ServeFixture } from '../serve/helpers.js';
import { clearDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

describeWithNeo4j('crimegraph serve --neo4j', (uri) => {
  let fixture: ServeFixture;
  let server: RunningServer;
  let kg: KnowledgeGraph;
  let unlock: () => Promise<void>;

  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    fixture = await serveFixture();
    const conn = await Neo4jConnection.open({ uri });
    try {
      await clearDatabase(conn);
      await loadGraph(conn, (await loadSnapshot(fixture.graph)).graph);
    } finally {
      await conn.close();
    }
    server = await startServer({ source: { kind: 'neo4j', uri }, assetsDir: fixture.assets, port: 0, timeoutMs: 2_000 });
    kg = await KnowledgeGraph.connect({ uri });
  });

  afterAll(async () => {
    await server?.close();
    await kg?.close();
    // Leave the shared database as the other Neo4j tests expect it: empty, no constraints.
    const conn = await Neo4jConnection.open({ uri });
    try {
      await clearDatabase(conn);
      const constraints = await conn.run('SHOW CONSTRAINTS YIELD name', {});
      for (const [name] of constraints.rows) await conn.run(`DROP CONSTRAINT \`${String(name)}\``, {});
    } finally {
      await conn.close();
    }
    await unlock?.();
    await fixture?.remove();
  });

  describeServeApi('neo4j', () => ({ server, kg }));

  it('stops a query past --timeout with 408 E_QUERY_TIMEOUT, and answers the next one', async () => {
    const slow = await call(server, '/api/cypher', { body: { query: 'MATCH (a), (b), (c), (d) WHERE a.id < b.id AND c.id < d.id RETURN count(*) AS n' } });
    expect(slow.status).toBe(408);
    expect(slow.json.error.code).toBe('E_QUERY_TIMEOUT');
    expect((await call(server, '/api/cypher', { body: { query: 'RETURN 1 AS one' } })).json.rows).toEqual([{ one: 1 }]);
  });

  it('has no exports, explorer or merge log on Neo4j, and says so (501, an empty merge list)', async () => {
    const gexf = await call(server, '/api/export/gexf');
    expect(gexf.status).toBe(501);
    expect(gexf.json.error.code).toBe('E_UNSUPPORTED');
    expect((await call(server, '/explorer')).status).toBe(501);
    // The merge log lives in the snapshot, not in Neo4j: an entity's merges are an empty list there.
    const merges = await call(server, '/api/entities/HMIC/merges');
    expect(merges.status).toBe(200);
    expect(merges.json).toEqual([]);
  });

  it('allows writes with --write, on the server itself', async () => {
    const writer = await startServer({ source: { kind: 'neo4j', uri }, assetsDir: fixture.assets, port: 0, write: true });
    try {
      const created = await call(writer, '/api/cypher', { body: { query: "CREATE (n:Scratch {id: 'scratch:1'}) RETURN n.id AS id" } });
      expect(created.status).toBe(200);
      expect(created.json.summary.counters).toMatchObject({ nodesCreated: 1 });
      expect((await call(writer, '/api/cypher', { body: { query: 'MATCH (n:Scratch) DETACH DELETE n' } })).status).toBe(200);
    } finally {
      await writer.close();
    }
  });
});
