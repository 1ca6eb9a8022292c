// Hostile and careless requests to `crimegraph serve`: oversized and malformed bodies, foreign
// Host and Origin headers, missing and wrong tokens, slow and huge queries. Each gets a JSON
// error with its own code and status, and the server keeps answering afterwards.

import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, WORKBENCH_CSP } from '../../src/serve/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { call } from './serve-api-spec.js';
import { serveFixture, type ServeFixture } from './helpers.js';

let fixture: ServeFixture;
let server: RunningServer;

beforeAll(async () => {
  fixture = await serveFixture();
  server = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0, timeoutMs: 300, maxRows: 50 });
});

afterAll(async () => {
  await server?.close();
  await fixture?.remove();
});

/** A raw request, so the Host header can be anything (fetch will not forge it). */
function raw(
  target: RunningServer,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; json: any; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: target.port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : undefined, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const cypher = (query: string) => ({ body: { query } });

describe('request bodies', () => {
  it('refuses a body over the limit with 413 E_BODY_TOO_LARGE', async () => {
    const { status, json } = await call(server, '/api/cypher', { body: { query: `RETURN '${'x'.repeat(2 * 1024 * 1024)}'` } });
    expect(status).toBe(413);
    expect(json.error.code).toBe('E_BODY_TOO_LARGE');
  });

  it('refuses malformed JSON with 400 E_BAD_JSON', async () => {
    const response = await fetch(new URL('/api/cypher', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "RETURN 1",',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('E_BAD_JSON');
  });

  it('refuses a body that is not JSON (what a cross-site form could send) with 415', async () => {
    const response = await fetch(new URL('/api/cypher', server.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'RETURN 1' });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('E_UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a query field of the wrong type, or unknown fields, with 400 E_BAD_REQUEST', async () => {
    for (const body of [{ query: 42 }, { query: 'RETURN 1', extra: true }, {}, { query: 'RETURN $x', params: 'x=1' }]) {
      const { status, json } = await call(server, '/api/cypher', { body });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(json.error.code).toBe('E_BAD_REQUEST');
    }
  });
});

describe('queries past their limits', () => {
  it('stops a query past --timeout with 408 E_QUERY_TIMEOUT, and answers the next one', async () => {
    const started = Date.now();
    const { status, json } = await call(server, '/api/cypher', cypher('MATCH (a), (b), (c), (d) RETURN count(*) AS n'));
    expect(status).toBe(408);
    expect(json.error.code).toBe('E_QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await call(server, '/api/cypher', cypher('RETURN 1 AS one'))).json.rows).toEqual([{ one: 1 }]);
  });

  it('refuses a result over --max-rows with 422 E_QUERY_ROW_LIMIT; under it is fine', async () => {
    const over = await call(server, '/api/cypher', cypher('UNWIND range(1, 51) AS x RETURN x'));
    expect(over.status).toBe(422);
    expect(over.json.error.code).toBe('E_QUERY_ROW_LIMIT');
    expect((await call(server, '/api/cypher', cypher('UNWIND range(1, 50) AS x RETURN x'))).json.rows).toHaveLength(50);
  });

  it('needs a parameter the query uses', async () => {
    const { status, json } = await call(server, '/api/cypher', cypher('RETURN $missing AS m'));
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'E_CYPHER_MISSING_PARAMETER', line: 1, column: 8 });
  });
});

describe('who may ask', () => {
  it('refuses a foreign Host header with 421 (no DNS rebinding), on pages and the API', async () => {
    for (const path of ['/', '/api/stats']) {
      const { status, json } = await raw(server, path, { host: 'attacker.example:80' });
      expect(status, path).toBe(421);
      expect(json.error.code).toBe('E_HOST_NOT_ALLOWED');
    }
    expect((await raw(server, '/api/stats', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await raw(server, '/api/stats', { host: `127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses a request from another origin with 403 and never sends CORS headers', async () => {
    const body = JSON.stringify({ query: 'RETURN 1' });
    const foreign = await raw(
      server,
      '/api/cypher',
      { host: `127.0.0.1:${server.port}`, origin: 'http://attacker.example', 'content-type': 'application/json' },
      body,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.json.error.code).toBe('E_CROSS_ORIGIN');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const site = await raw(server, '/api/stats', { host: `127.0.0.1:${server.port}`, 'sec-fetch-site': 'cross-site' });
    expect(site.status).toBe(403);
    const same = await raw(
      server,
      '/api/cypher',
      { host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json' },
      body,
    );
    expect(same.status).toBe(200);
    expect(same.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await fetch(new URL('/api/cypher', server.url), {
      method: 'OPTIONS',
      headers: { origin: 'http://attacker.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the workbench under a CSP with no inline script, and the page holds none', async () => {
    const page = await call(server, '/');
    expect(page.headers.get('content-security-policy')).toBe(WORKBENCH_CSP);
    expect(WORKBENCH_CSP).toContain("script-src 'self'");
    expect(WORKBENCH_CSP).not.toContain('unsafe-inline');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.text).not.toMatch(/\son[a-z]+=/i);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('with --token', () => {
  let guarded: RunningServer;
  const token = 'correct-horse-battery-staple';

  beforeAll(async () => {
    guarded = await startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, port: 0, token });
  });
  afterAll(async () => {
    await guarded?.close();
  });

  it('answers the API only with the right bearer token (401 otherwise)', async () => {
    const missing = await call(guarded, '/api/stats');
    expect(missing.status).toBe(401);
    expect(missing.json.error.code).toBe('E_UNAUTHORIZED');
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    for (const authorization of ['Bearer wrong-token-entirely', `Bearer ${token}x`, `Basic ${token}`, token, `Bearer ${token.slice(0, -1)}`]) {
      expect((await call(guarded, '/api/stats', { headers: { authorization } })).status, authorization).toBe(401);
    }
    expect((await call(guarded, '/api/stats', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await call(guarded, '/explorer')).status).toBe(401);
    expect((await call(guarded, `/explorer?token=${token}`)).status).toBe(200);
  });

  it('still serves the page shell (it holds no data) so the workbench can ask for the token', async () => {
    expect((await call(guarded, '/')).status).toBe(200);
  });
});

describe('where it listens', () => {
  it('will not listen beyond loopback without a token', async () => {
    await expect(startServer({ source: { kind: 'snapshot', dir: fixture.graph }, assetsDir: fixture.assets, host: '0.0.0.0', port: 0 })).rejects.toMatchObject({
      code: 'E_USAGE',
    });
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = server.app.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });
});
