// The HTTP API specification, written once and run on every engine: the embedded snapshot in
// test/serve, a real Neo4j in test/neo4j. Answers are compared with the TypeScript API's own.

import { describe, expect, it } from 'vitest';

import type { KnowledgeGraph } from '../../src/api/index.js';
import type { RunningServer } from '../../src/serve/index.js';

export interface ApiFixture {
  server: RunningServer;
  /** The same graph through the TypeScript API, for comparison. */
  kg: KnowledgeGraph;
}

/** GET or POST JSON against the server; the parsed answer and status. */
export async function call(server: RunningServer, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(new URL(path, server.url), {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)));

export function describeServeApi(engine: string, fixture: () => ApiFixture): void {
  describe(`crimegraph serve API on ${engine}`, () => {
    it('POST /api/cypher answers columns, rows as objects and a summary', async () => {
      const { server } = fixture();
      const { status, json } = await call(server, '/api/cypher', {
        body: {
          query: 'MATCH (b:Body) WHERE b.name STARTS WITH $p RETURN b.name AS name, b.mentionCount AS mentions ORDER BY name LIMIT 2',
          params: { p: 'H' },
        },
      });
      expect(status).toBe(200);
      expect(json.columns).toEqual(['name', 'mentions']);
      expect(json.rows).toEqual([
        { name: 'HM Inspectorate of Constabulary', mentions: 13 },
        { name: 'Home Affairs Select Committee', mentions: 3 },
      ]);
      expect(json.summary).toMatchObject({ engine, rows: 2 });
    });

    it('answers nodes, relationships and paths with the ids a client draws them by', async () => {
      const { server } = fixture();
      const { json } = await call(server, '/api/cypher', {
        body: { query: "MATCH p = (b:Body {id: 'body:hm-inspectorate-of-constabulary'})-[r:MENTIONED_IN]->(i:Item) RETURN b, r, i, p ORDER BY i.id LIMIT 1" },
      });
      const { b, r, i, p } = json.rows[0];
      expect(b).toMatchObject({ labels: ['Body'], properties: { name: 'HM Inspectorate of Constabulary' } });
      expect(r).toMatchObject({ type: 'MENTIONED_IN', start: b.elementId, end: i.elementId });
      expect(p.nodes.map((n: { elementId: string }) => n.elementId)).toEqual([b.elementId, i.elementId]);
      expect(p.relationships).toHaveLength(1);
    });

    it('reports a Cypher syntax error as 400 with its line and column', async () => {
      const { server } = fixture();
      const { status, json } = await call(server, '/api/cypher', { body: { query: 'MATCH (b:Body)\nRETURN b.name AS name LIMT 3' } });
      expect(status).toBe(400);
      expect(json.error.code).toMatch(/^E_(CYPHER|NEO4J)_/);
      expect(json.error).toMatchObject({ line: 2 });
      expect(json.error.column).toBeGreaterThanOrEqual(20);
    });

    it('refuses a write query with 403 E_CYPHER_READ_ONLY and changes nothing', async () => {
      const { server } = fixture();
      const before = await call(server, '/api/cypher', { body: { query: 'MATCH (n) RETURN count(n) AS n' } });
      for (const query of ["CREATE (:Body {id: 'body:intruder', name: 'Intruder'})", "MATCH (b:Body) SET b.name = 'x'", 'MATCH (n) DETACH DELETE n']) {
        const { status, json } = await call(server, '/api/cypher', { body: { query } });
        expect(status, query).toBe(403);
        expect(json.error.code).toBe('E_CYPHER_READ_ONLY');
      }
      const after = await call(server, '/api/cypher', { body: { query: 'MATCH (n) RETURN count(n) AS n' } });
      expect(after.json.rows).toEqual(before.json.rows);
    });

    it('searches as kg.search does, by type too', async () => {
      const { server, kg } = fixture();
      const { json } = await call(server, '/api/search?q=Colege%20of%20Policng&limit=5');
      expect(json).toEqual(plain(await kg.search('Colege of Policng', { limit: 5 })));
      const people = await call(server, '/api/search?q=Damian&type=Person');
      expect(people.json[0].entity.name).toBe('Damian Green');
      expect((await call(server, '/api/search?q=x&type=Planet')).status).toBe(400);
    });

    it('answers entity, mentions, neighbours, related and timeline as the TypeScript API does', async () => {
      const { server, kg } = fixture();
      const hmic = (await kg.entity('HMIC'))!;
      expect((await call(server, '/api/entities/HMIC')).json).toEqual(plain(hmic));
      expect((await call(server, `/api/entities/${encodeURIComponent(hmic.id)}`)).json).toEqual(plain(hmic));
      const ref = encodeURIComponent(hmic.id);
      expect((await call(server, `/api/entities/${ref}/mentions`)).json).toEqual(plain(await kg.mentions(hmic)));
      const neighbours = (await call(server, `/api/entities/${ref}/neighbours?direction=out`)).json;
      expect(neighbours.map(({ dates: _d, ...n }: { dates: unknown }) => n)).toEqual(plain(await kg.neighbours(hmic, { direction: 'out' })));
      expect((await call(server, `/api/entities/${ref}/related?limit=3`)).json).toEqual(plain(await kg.related(hmic, { limit: 3 })));
      expect((await call(server, `/api/entities/${ref}/timeline`)).json).toEqual(plain(await kg.timeline(hmic)));
    });

    it('pages mentions with offset and limit, and counts them all in X-Total-Count', async () => {
      const { server, kg } = fixture();
      const all = plain(await kg.mentions('body:college-of-policing'));
      const first = await call(server, '/api/entities/body%3Acollege-of-policing/mentions?limit=3');
      expect(first.json).toEqual(all.slice(0, 3));
      expect(first.headers.get('x-total-count')).toBe(String(all.length));
      expect((await call(server, '/api/entities/body%3Acollege-of-policing/mentions?offset=3')).json).toEqual(all.slice(3));
      expect((await call(server, '/api/entities/body%3Acollege-of-policing/mentions?limit=0')).status).toBe(400);
    });

    it('dates each relation by the newsletters of its evidence items', async () => {
      const { server } = fixture();
      const { json } = await call(server, '/api/entities/College%20of%20Policing/neighbours?relation=LEADS');
      expect(json.length).toBeGreaterThan(0);
      for (const record of json) {
        expect(record.dates).toHaveLength(record.properties.items.length);
        for (const date of record.dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('finds a path between two entities, and says 404 for unknown ones', async () => {
      const { server, kg } = fixture();
      const { json } = await call(server, '/api/path?from=HMIC&to=College%20of%20Policing');
      const hmic = (await kg.entity('HMIC'))!;
      const college = (await kg.entity('College of Policing'))!;
      expect(json).toEqual(plain(await kg.path(hmic, college)));
      const missing = await call(server, '/api/entities/No%20Such%20Body');
      expect(missing.status).toBe(404);
      expect(missing.json.error.code).toBe('E_ENTITY_NOT_FOUND');
    });

    it('gives an item with its text, newsletter, mentions and where each entity is named', async () => {
      const { server } = fixture();
      const mentions = (await call(server, '/api/entities/HMIC/mentions')).json;
      const itemId = mentions.find((m: { item: string }) => m.item.startsWith('000_')).item;
      const { status, json } = await call(server, `/api/items/${encodeURIComponent(itemId)}`);
      expect(status).toBe(200);
      expect(json).toMatchObject({ id: itemId, newsletter: itemId.split('#')[0], published: '2014-11-28' });
      const hmicSpans = json.spans.filter((s: { entity: string }) => s.entity === 'body:hm-inspectorate-of-constabulary');
      expect(hmicSpans.length).toBeGreaterThan(1);
      for (const span of hmicSpans) expect(['HMIC', 'HM Inspectorate of Constabulary']).toContain(json.text.slice(span.start, span.end));
      expect(json.mentions.map((m: { id: string }) => m.id)).toContain('body:hm-inspectorate-of-constabulary');
      expect((await call(server, '/api/items/nope%231')).status).toBe(404);
    });

    it('lists the named queries with their @param defaults and runs one with a parameter', async () => {
      const { server } = fixture();
      const list = (await call(server, '/api/queries')).json;
      const leaders = list.find((q: { name: string }) => q.name === 'programme-leaders');
      expect(leaders.params).toEqual({ limit: 100 });
      expect(list.some((q: { name: string }) => q.name.startsWith('api/'))).toBe(false);
      const { json } = await call(server, '/api/queries/programme-leaders', { body: { params: { limit: 2 } } });
      expect(json.columns).toEqual(['programme', 'leader', 'leaderType', 'items']);
      expect(json.rows).toHaveLength(2);
      expect((await call(server, '/api/queries/no-such-query', { body: {} })).status).toBe(404);
    });

    it('lists the newsletters in date order with their item counts', async () => {
      const { server } = fixture();
      const { json } = await call(server, '/api/newsletters');
      expect(json).toHaveLength(5);
      expect(json.map((n: { published: string }) => n.published)).toEqual([...json.map((n: { published: string }) => n.published)].sort());
      const items = await call(server, '/api/cypher', { body: { query: 'MATCH (i:Item) RETURN count(i) AS n' } });
      expect(json.reduce((sum: number, n: { items: number }) => sum + n.items, 0)).toBe(items.json.rows[0].n);
    });

    it('counts the graph as kg.stats does', async () => {
      const { server, kg } = fixture();
      const { json } = await call(server, '/api/stats');
      expect(json).toMatchObject({ ...plain(await kg.stats()), engine });
    });

    it('describes every route in /api/openapi.json', async () => {
      const { server } = fixture();
      const { json } = await call(server, '/api/openapi.json');
      expect(json.openapi).toBe('3.1.0');
      const paths = Object.keys(json.paths);
      for (const path of [
        '/api/cypher',
        '/api/search',
        '/api/entities/{ref}',
        '/api/entities/{ref}/mentions',
        '/api/entities/{ref}/neighbours',
        '/api/path',
        '/api/entities/{ref}/timeline',
        '/api/items/{id}',
        '/api/export/{format}',
        '/api/queries',
        '/api/openapi.json',
      ]) {
        expect(paths).toContain(path);
      }
      expect(json.paths['/api/cypher'].post.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    });

    it('answers unknown routes and bad parameters with a JSON error code', async () => {
      const { server } = fixture();
      const unknown = await call(server, '/api/nothing-here');
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe('E_NOT_FOUND');
      const bad = await call(server, '/api/search?q=HMIC&limit=100000');
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('E_BAD_REQUEST');
    });
  });
}
