// Queries on worker threads: the same answers and errors as on the main thread, pages that keep
// answering while a slow query runs, and a query that ignores its deadline stopped by
// terminating its worker, which is replaced. Uses the compiled worker (npm test builds dist/).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer } from '../../src/serve/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { ensureBuilt } from '../cli/built-cli.js';
import { call } from './serve-api-spec.js';
import { serveFixture, type ServeFixture } from './helpers.js';

let fixture: ServeFixture;
let server: RunningServer;

beforeAll(async () => {
  ensureBuilt();
  fixture = await serveFixture();
  server = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0, workers: 1, timeoutMs: 400, maxRows: 50 });
});

afterAll(async () => {
  await server?.close();
  await fixture?.remove();
});

describe('query workers', () => {
  it('answer, and fail, as the main thread does', async () => {
    expect(server.source.workers).toBe(1);
    const ok = await call(server, '/api/cypher', {
      body: { query: 'MATCH (b:Body {name: $n}) RETURN b.acronym AS a', params: { n: 'HM Inspectorate of Constabulary' } },
    });
    expect(ok.json).toMatchObject({ columns: ['a'], rows: [{ a: 'HMIC' }] });
    const syntax = await call(server, '/api/cypher', { body: { query: 'MATCH (b:Body)\nRETURN b LIMT 1' } });
    expect(syntax.status).toBe(400);
    expect(syntax.json.error).toMatchObject({ code: 'E_CYPHER_UNEXPECTED_SYNTAX', line: 2 });
    const write = await call(server, '/api/cypher', { body: { query: 'CREATE (n:X)' } });
    expect(write.status).toBe(403);
    expect(write.json.error.code).toBe('E_CYPHER_READ_ONLY');
    expect((await call(server, '/api/cypher', { body: { query: 'UNWIND range(1, 51) AS x RETURN x' } })).status).toBe(422);
    expect((await call(server, '/api/cypher', { body: { query: 'MATCH (a), (b), (c), (d) RETURN count(*) AS n' } })).status).toBe(408);
  });

  it('keep entity pages answering while a slow query runs', async () => {
    const patient = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0, workers: 1, timeoutMs: 5_000 });
    try {
      let slowSettled = false;
      const slow = call(patient, '/api/cypher', { body: { query: 'MATCH (a), (b), (c), (d) RETURN count(*) AS n' } }).finally(() => (slowSettled = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const path of ['/api/entities/HMIC/mentions', '/api/search?q=College', '/api/items/000_79e92bb3579205a4%231']) {
        expect((await call(patient, path)).status).toBe(200);
      }
      // The pages were answered while the query was still running on its worker.
      expect(slowSettled).toBe(false);
      expect((await slow).status).toBe(408);
    } finally {
      await patient.close();
    }
  });

  it('terminate and replace a worker whose query ignores its timeout', async () => {
    // A regular expression that backtracks exponentially is one step the engine cannot interrupt
    // (its deadline and memory checks sit between steps); the watchdog stops it at timeout + grace.
    const started = Date.now();
    const stuck = await call(server, '/api/cypher', { body: { query: "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$' AS stuck" } });
    expect(stuck.status).toBe(408);
    expect(stuck.json.error.code).toBe('E_QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect
      .poll(async () => (await call(server, '/api/cypher', { body: { query: 'RETURN 1 AS one' } })).json?.rows, { timeout: 20_000 })
      .toEqual([{ one: 1 }]);
  });

  it('drop a waiting query whose client has gone, so it never runs', async () => {
    const patient = await startServer({
      source: { kind: 'snapshot', dir: fixture.graph },
      assetsDir: fixture.assets,
      port: 0,
      workers: 1,
      timeoutMs: 3_000,
      cacheMb: 0,
    });
    try {
      const slow = call(patient, '/api/cypher', { body: { query: 'MATCH (a), (b), (c), (d) RETURN count(*) AS n' } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const gone = new AbortController();
      const abandoned = fetch(new URL('/api/cypher', patient.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS one' }),
        signal: gone.signal,
      }).catch((error: unknown) => error);
      await expect.poll(async () => (await call(patient, '/api/stats')).json.workers.queued).toBe(1);
      gone.abort();
      expect(await abandoned).toBeInstanceOf(Error);
      await expect.poll(async () => (await call(patient, '/api/stats')).json.workers.queued).toBe(0);
      expect((await slow).status).toBe(408);
    } finally {
      await patient.close();
    }
  });

  it("answer every quick query sent while a runaway one is stopped: a spare takes the stopped worker's place at once", async () => {
    // One worker, so the quick queries queue behind the runaway one; none may fail or be refused.
    const busy = await startServer({
      source: { kind: 'snapshot', dir: fixture.graph },
      assetsDir: fixture.assets,
      port: 0,
      workers: 1,
      spareWorkers: 1,
      timeoutMs: 400,
      maxConcurrent: 2,
    });
    try {
      expect((await call(busy, '/api/stats')).json.workers).toMatchObject({ ready: 1, spares: 1 });
      const runaway = call(busy, '/api/cypher', { body: { query: "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$' AS stuck" } });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // More than --max-concurrent at once (they wait in the queue), each a different query.
      const quick = Array.from({ length: 12 }, (_, i) =>
        call(busy, i % 2 ? '/api/cypher' : '/api/queries/programme-leaders', {
          body: i % 2 ? { query: 'MATCH (b:Body) RETURN count(b) + $i AS n', params: { i } } : { params: {} },
        }),
      );
      expect((await runaway).status).toBe(408);
      const answers = await Promise.all(quick);
      expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
      // Answered by the spare, at once: the stopped worker's replacement was not waited for.
      const stats = (await call(busy, '/api/stats')).json.workers;
      expect(stats).toMatchObject({ ready: 1, restarts: 1 });
      await expect.poll(async () => (await call(busy, '/api/stats')).json.workers.spares, { timeout: 20_000 }).toBe(1);
    } finally {
      await busy.close();
    }
  });
});
