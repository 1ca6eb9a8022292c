// The HTTP API on the embedded engine: the fixtures snapshot served, every endpoint checked
// against the TypeScript API (the same specification runs on Neo4j in test/neo4j/serve.test.ts).

import { afterAll, beforeAll, expect, it } from 'vitest';

import { KnowledgeGraph } from '../../src/api/index.js';
import { startServer } from '../../src/serve/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { call, describeServeApi } from './serve-api-spec.js';
import { serveFixture, type ServeFixture } from './helpers.js';

let fixture: ServeFixture;
let server: RunningServer;
let kg: KnowledgeGraph;

beforeAll(async () => {
  fixture = await serveFixture();
  server = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0 });
  kg = await KnowledgeGraph.open(fixture.graph);
});

afterAll(async () => {
  await server?.close();
  await fixture?.remove();
});

describeServeApi('embedded', () => ({ server, kg }));

it("gives the merge log reasons behind an entity's aliases", async () => {
  const { json } = await call(server, '/api/entities/HMIC/merges');
  expect(json).toContainEqual(expect.objectContaining({ name: 'HMIC', into: 'HM Inspectorate of Constabulary', rule: expect.any(String) }));
});

it('exports the graph in every format, csv as named files', async () => {
  const gexf = await call(server, '/api/export/gexf');
  expect(gexf.status).toBe(200);
  expect(gexf.headers.get('content-disposition')).toBe('attachment; filename="graph.gexf"');
  expect(gexf.text).toContain('<gexf');
  expect((await call(server, '/api/export/graphml')).text).toContain('<graphml');
  expect(JSON.parse((await call(server, '/api/export/cytoscape')).text).elements).toBeDefined();
  const csv = await call(server, '/api/export/csv');
  expect(csv.json.files).toContain('nodes_Body.csv');
  const bodies = await call(server, '/api/export/csv/nodes_Body.csv');
  expect(bodies.text).toContain('College of Policing');
  expect((await call(server, '/api/export/csv/..%2Fgraph.json')).status).toBe(400);
  expect((await call(server, '/api/export/pdf')).status).toBe(400);
});

it('serves the whole-graph explorer laid out at start, under its own script-hash policy', async () => {
  const page = await call(server, '/explorer');
  expect(page.status).toBe(200);
  expect(page.text).toContain("script-src 'sha256-");
  expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
});

it('computes the most mentioned entities’ pages at start, and keeps answers: asked twice, computed once', async () => {
  const fresh = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0, warmEntities: 2 });
  try {
    const cache = async () => (await call(fresh, '/api/stats')).json.cache;
    // Two entities' five page calls, before the first request; the mentions list once more, whole.
    const atStart = await cache();
    expect(atStart).toMatchObject({ misses: 12, hits: 0 });
    const top = (
      await call(fresh, '/api/cypher', {
        body: { query: 'MATCH (e) WHERE e.mentionCount IS NOT NULL RETURN e.id AS id ORDER BY e.mentionCount DESC, e.id LIMIT 1' },
      })
    ).json.rows[0].id;
    expect((await call(fresh, `/api/entities/${encodeURIComponent(top)}/timeline`)).status).toBe(200);
    expect(await cache()).toMatchObject({ hits: 1 });

    const query = { query: 'MATCH (b:Body) RETURN count(b) + $k AS n', params: { k: 1000 } };
    const [first, second] = [await call(fresh, '/api/cypher', { body: query }), await call(fresh, '/api/cypher', { body: query })];
    expect(second.json.rows).toEqual(first.json.rows);
    expect(await cache()).toMatchObject({ hits: 2, misses: 14 });
    // A query that asks for chance is run every time: never the same answer twice.
    const chance = { query: 'RETURN rand() AS r' };
    const [a, b] = [await call(fresh, '/api/cypher', { body: chance }), await call(fresh, '/api/cypher', { body: chance })];
    expect(a.json.rows[0].r).not.toBe(b.json.rows[0].r);
    expect(await cache()).toMatchObject({ hits: 2, misses: 14 });
  } finally {
    await fresh.close();
  }
});

it('keeps no answers with --write, where the graph changes', async () => {
  const writable = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0, write: true });
  try {
    expect((await call(writable, '/api/stats')).json.cache).toBeNull();
    const count = { query: 'MATCH (n:Scratch) RETURN count(n) AS n' };
    expect((await call(writable, '/api/cypher', { body: count })).json.rows).toEqual([{ n: 0 }]);
    await call(writable, '/api/cypher', { body: { query: "CREATE (:Scratch {id: 'scratch:1'})" } });
    expect((await call(writable, '/api/cypher', { body: count })).json.rows).toEqual([{ n: 1 }]);
  } finally {
    await writable.close();
  }
});
