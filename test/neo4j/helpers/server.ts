// What Neo4j tests share: the server the global setup provided (or why there is none), exclusive
// use of its one database across test files, and counting what a database holds.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, inject, it } from 'vitest';
import type { Neo4jConnection } from '../../../src/neo4j/index.js';

/** The provided server's URI, or null with the reason the tests skip. */
export function neo4jServer(): { uri: string | null; skipReason: string } {
  return inject('neo4j') ?? { uri: null, skipReason: 'no global setup provided a server' };
}

/** `describe` over a real server, or one skipped test whose name says why there is none. */
export function describeWithNeo4j(name: string, body: (uri: string) => void): void {
  const { uri, skipReason } = neo4jServer();
  if (uri) describe(name, () => body(uri));
  else describe(name, () => it.skip(`skipped: ${skipReason}`, () => {}));
}

/**
 * Community Neo4j has one user database, and vitest runs test files in parallel: a file that
 * counts what is in the database holds this lock from beforeAll to afterAll.
 */
export async function lockDatabase(uri: string, timeoutMs = 600_000): Promise<() => Promise<void>> {
  const dir = join(tmpdir(), `crimegraph-neo4j-lock-${uri.replace(/[^A-Za-z0-9]+/g, '_')}`);
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(dir);
      await writeFile(join(dir, 'pid'), String(process.pid));
      return async () => rm(dir, { recursive: true, force: true });
    } catch {
      const owner = Number(await readFile(join(dir, 'pid'), 'utf8').catch(() => '0'));
      if (owner && !alive(owner)) await rm(dir, { recursive: true, force: true });
      if (Date.now() - started > timeoutMs) throw new Error(`the Neo4j database stayed locked for ${timeoutMs} ms (${dir})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Delete every node and relationship and drop every constraint: the database as new. */
export async function clearDatabase(conn: Neo4jConnection): Promise<void> {
  await conn.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  const constraints = await conn.run('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const [name] of constraints.rows) await conn.run(`DROP CONSTRAINT \`${String(name).replaceAll('`', '``')}\` IF EXISTS`);
}

export interface Counts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export async function countDatabase(conn: Neo4jConnection): Promise<Counts> {
  const nodes = await conn.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const rels = await conn.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  const byLabel = Object.fromEntries(nodes.rows.map(([l, n]) => [l as string, Number(n)]));
  const byType = Object.fromEntries(rels.rows.map(([t, n]) => [t as string, Number(n)]));
  const total = await conn.run('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships');
  const [n, r] = total.rows[0]!;
  return { nodes: Number(n), relationships: Number(r), byLabel, byType };
}
