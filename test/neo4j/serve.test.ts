// The HTTP API of `crimegraph serve --neo4j` on a real Neo4j: the fixtures graph loaded into the
// test server, then the same specification the embedded engine passes (test/serve/api.test.ts).

import { join } from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { KnowledgeGraph } from '../../src/api/index.js';
import { loadSnapshot } from '../../src/graph/index.js';
import { loadGraph, Neo4jConnection, readGraph } from '../../src/neo4j/index.js';
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

  it('exports the graph read back from Neo4j, the same bytes as from the snapshot, in every format', async () => {
    const embedded = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0 });
    try {
      for (const format of ['gexf', 'graphml', 'json', 'cytoscape', 'cypher', 'html']) {
        const [fromNeo4j, fromSnapshot] = await Promise.all([raw(server, `/api/export/${format}`), raw(embedded, `/api/export/${format}`)]);
        expect(fromNeo4j.status, format).toBe(200);
        expect(fromNeo4j.type, format).toBe(fromSnapshot.type);
        expect(fromNeo4j.text.length, format).toBeGreaterThan(1000);
        expect(fromNeo4j.text === fromSnapshot.text, `${format} export differs`).toBe(true);
      }
      const files = (await call(server, '/api/export/csv')).json.files as string[];
      expect(files).toEqual((await call(embedded, '/api/export/csv')).json.files);
      for (const file of files) expect((await raw(server, `/api/export/csv/${file}`)).text, file).toBe((await raw(embedded, `/api/export/csv/${file}`)).text);
      // The whole-graph explorer is the html export.
      const explorer = await raw(server, '/explorer');
      expect(explorer.status).toBe(200);
      expect(explorer.text).toBe((await raw(embedded, '/explorer')).text);
    } finally {
      await embedded.close();
    }
  });

  it('reads the graph back page by page as the snapshot holds it (readGraph)', async () => {
    const conn = await Neo4jConnection.open({ uri });
    try {
      const snapshot = (await loadSnapshot(fixture.graph)).graph;
      const read = await readGraph(conn, { pageSize: 7 });
      expect(read.order).toBe(snapshot.order);
      expect(read.size).toBe(snapshot.size);
      expect(JSON.stringify(read.export())).toBe(JSON.stringify(snapshot.export()));
    } finally {
      await conn.close();
    }
  });

  it('lists merges from the snapshot given with --merge-log, as the embedded engine does, and none without it', async () => {
    const withLog = await startServer({ source: { kind: 'neo4j', uri, mergeLog: fixture.graph }, assetsDir: fixture.assets, port: 0 });
    const embedded = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0 });
    try {
      const merges = await call(withLog, '/api/entities/HMIC/merges');
      expect(merges.status).toBe(200);
      expect(merges.json.length).toBeGreaterThan(0);
      expect(merges.json).toEqual((await call(embedded, '/api/entities/HMIC/merges')).json);
      expect((await call(server, '/api/entities/HMIC/merges')).json).toEqual([]);
    } finally {
      await Promise.all([withLog.close(), embedded.close()]);
    }
    await expect(
      startServer({ source: { kind: 'neo4j', uri, mergeLog: join(fixture.dir, 'nowhere') }, assetsDir: fixture.assets, port: 0 }),
    ).rejects.toMatchObject({
      code: 'E_SNAPSHOT_MISSING',
    });
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

/** A GET answer as text, with its status and content type. */
async function raw(server: RunningServer, path: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}
