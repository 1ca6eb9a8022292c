// `crimegraph serve` as a user starts it: the built CLI prints its URL on stdout, answers the
// contract's POST /api/cypher, refuses a non-loopback host without a token, and stops on SIGTERM.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { crimegraph, ensureBuilt, ROOT } from '../cli/built-cli.js';
import { serveFixture, type ServeFixture } from './helpers.js';

let fixture: ServeFixture;

beforeAll(async () => {
  ensureBuilt();
  fixture = await serveFixture();
});

afterAll(async () => {
  await fixture?.remove();
});

it('prints its URL, answers POST /api/cypher, and exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/crimegraph.js'), 'serve', '--graph', fixture.graph, '--port', '0'], { cwd: ROOT });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const response = await fetch(`${url}api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'MATCH (b:Body {name: $name}) RETURN b.acronym AS acronym', params: { name: 'HM Inspectorate of Constabulary' } }),
  });
  expect(await response.json()).toMatchObject({ columns: ['acronym'], rows: [{ acronym: 'HMIC' }], summary: { rows: 1 } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});

it('refuses to listen beyond loopback without --token (exit 2)', () => {
  const run = crimegraph(['serve', '--graph', fixture.graph, '--host', '0.0.0.0', '--port', '0']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--token');
});

it('names a missing snapshot and exits 1', () => {
  const run = crimegraph(['serve', '--graph', join(fixture.dir, 'nowhere'), '--port', '0']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('nowhere');
});
