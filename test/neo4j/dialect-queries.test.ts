// Our own queries in Neo4j 5's dialect (dialect-queries.ts) give the same rows on the embedded
// engine and on a real Neo4j 5.26: over the fixtures' graph loaded into both, and over graphs the
// queries create. Rows are compared exactly (INTEGER is not FLOAT, maps by key; FLOAT sums over
// many rows to 12 digits), as a bag unless the last RETURN orders them; where one engine fails,
// the other must fail too.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runPipeline } from '../../src/api/pipeline.js';
import { main } from '../../src/cli/main.js';
import { CypherEngine, Node, Path, Relationship, TemporalValue, type CypherValue, type QueryResult } from '../../src/cypher/index.js';
import { createSnapshot, loadSnapshot, saveSnapshot } from '../../src/graph/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { Neo4jConnection, toDriverValue, toQueryResult } from '../../src/neo4j/index.js';
import { DIALECT_QUERIES, FLOATS_IN_ROW_ORDER, LEFT, type DialectQuery } from './dialect-queries.js';
import { clearDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

const root = join(import.meta.dirname, '..', '..');

/** A value as compared: INTEGER and FLOAT apart; a created entity without its engine-given ids. */
function canon(v: CypherValue, ids: boolean, digits: number | null): unknown {
  const inner = (x: CypherValue): unknown => canon(x, ids, digits);
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return `int ${v}`;
  if (typeof v === 'number') return Object.is(v, -0) ? 'float -0' : `float ${digits ? v.toPrecision(digits) : v}`;
  if (Array.isArray(v)) return v.map(inner);
  if (v instanceof Node) return { labels: v.labels, properties: inner(v.properties), ...(ids ? { id: v.id } : {}) };
  if (v instanceof Relationship) return { type: v.type, properties: inner(v.properties), ...(ids ? { start: v.start, end: v.end } : {}) };
  if (v instanceof Path) return { nodes: v.nodes.map(inner), relationships: v.relationships.map(inner) };
  if (v instanceof TemporalValue) return `${v.kind} ${v.toString()}`;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, inner(v[k] ?? null)]),
  );
}

type Outcome = { columns: string[]; rows: string[] } | { error: string };

function outcome(result: QueryResult, query: DialectQuery): Outcome {
  const digits = FLOATS_IN_ROW_ORDER.has(query.id) ? 12 : null;
  const rows = result.rows.map((row) => JSON.stringify(row.map((v) => canon(v, query.graph === 'fixtures', digits))));
  const last = query.q.search(/\bRETURN\b(?![\s\S]*\bRETURN\b)/i);
  const ordered = last >= 0 && /\bORDER\s+BY\b/i.test(query.q.slice(last));
  return { columns: result.columns, rows: ordered ? rows : rows.sort() };
}

describeWithNeo4j('our own queries in the dialect on both engines', (uri) => {
  let conn: Neo4jConnection;
  let driver: Driver;
  let unlock: () => Promise<void>;
  let fixtures: CypherEngine;
  let dir: string;

  // As a user does it: the fixtures built into a snapshot, which `crimegraph query` reads and
  // `crimegraph neo4j load` loads (both then scan nodes in the same order, which averages of
  // many rows follow to the last digit).
  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    conn = await Neo4jConnection.open({ uri });
    driver = neo4j.driver(uri, undefined, { useBigInt: true });
    await clearDatabase(conn);
    const built = await runPipeline([join(root, 'fixtures')]);
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-dialect-'));
    await saveSnapshot(join(dir, 'out'), createSnapshot(built.corpus, built.graph));
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => void err.push(t), stderrIsTTY: false, cwd: root, env: {} };
    expect(await main(['neo4j', 'load', '--graph', join(dir, 'out'), '--uri', uri], io), err.join('')).toBe(0);
    fixtures = new CypherEngine((await loadSnapshot(join(dir, 'out'))).graph as PropertyGraph);
  }, 300_000);

  afterAll(async () => {
    await driver?.close();
    await conn?.close();
    await unlock?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** On Neo4j: a query that writes runs in a transaction rolled back, so the fixtures stay as loaded. */
  async function onNeo4j(query: DialectQuery): Promise<Outcome> {
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(query.params ?? {})) params[k] = toDriverValue(v);
    const session = driver.session();
    try {
      if (query.graph === 'autocommit') {
        const running = session.run(query.q, params);
        return outcome(toQueryResult((await running.keys()).map(String), await running), query);
      }
      const tx = session.beginTransaction();
      try {
        const running = tx.run(query.q, params);
        return outcome(toQueryResult((await running.keys()).map(String), await running), query);
      } finally {
        await tx.rollback().catch(() => {});
      }
    } catch (error) {
      return { error: String((error as Error).message).split('\n')[0] ?? '' };
    } finally {
      await session.close();
      // What an auto-committed query created (its nodes have no `id`, the fixtures' all do).
      if (query.graph === 'autocommit') await conn.run('MATCH (n) WHERE n.id IS NULL DETACH DELETE n');
    }
  }

  /**
   * labels(n) lists labels in the order the database first met each name, and the server outlives
   * this file (other files, earlier runs, made tokens before): the names a query may use as labels
   * (written, or strings a dynamic label takes)
   * get their tokens on Neo4j now, in the order the query writes them where they are new, and the
   * order Neo4j then has is the order the engine's new graph meets them in.
   */
  async function labelOrderOnNeo4j(query: DialectQuery): Promise<string[]> {
    // Labels written, and the strings a dynamic label `$(…)` may take.
    const written = [...query.q.matchAll(/:\s*([A-Z][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
    const dynamic = query.q.includes('$(') ? [...query.q.matchAll(/'([A-Z][A-Za-z0-9_]*)'/g)].map((m) => m[1]!) : [];
    const names = [...new Set([...written, ...dynamic])];
    if (query.graph === 'fixtures' || names.length === 0) return [];
    const session = driver.session();
    try {
      const read = await session.run(`CREATE (n:${names.join(':')}) WITH n, labels(n) AS l DELETE n RETURN l`);
      return read.records[0]!.get('l') as string[];
    } finally {
      await session.close();
    }
  }

  function onEngine(query: DialectQuery, labelOrder: string[]): Outcome {
    try {
      const engine = query.graph === 'fixtures' ? fixtures : new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });
      for (const label of labelOrder) engine.run(`CREATE (n:${label}) DELETE n`);
      return outcome(engine.run(query.q, query.params ?? {}), query);
    } catch (error) {
      return { error: String((error as Error).message).split('\n')[0] ?? '' };
    }
  }

  const compared = DIALECT_QUERIES.filter((q) => !(q.id in LEFT));
  it.each(compared.map((q): [string, DialectQuery] => [q.id, q]))('%s gives the same rows on both engines', { timeout: 60_000 }, async (_id, query) => {
    const labelOrder = await labelOrderOnNeo4j(query);
    const [neo, engine] = [await onNeo4j(query), onEngine(query, labelOrder)];
    if ('error' in neo || 'error' in engine) {
      // Both fail, or neither: the messages differ in their words.
      expect({ neo4jFails: 'error' in neo, engineFails: 'error' in engine, neo, engine }).toMatchObject({ neo4jFails: 'error' in engine });
    } else {
      expect(engine).toEqual(neo);
    }
  });

  // What differs there is an order or a last digit: both engines answer, with the same columns
  // and as many rows.
  it.each(Object.entries(LEFT))('%s runs on both engines, its rows left as they are: %s', { timeout: 60_000 }, async (id) => {
    const query = DIALECT_QUERIES.find((q) => q.id === id);
    expect(query).toBeDefined();
    const labelOrder = await labelOrderOnNeo4j(query!);
    const [neo, engine] = [await onNeo4j(query!), onEngine(query!, labelOrder)];
    expect('error' in neo || 'error' in engine).toBe(false);
    if (!('error' in neo) && !('error' in engine)) expect([engine.columns, engine.rows.length]).toEqual([neo.columns, neo.rows.length]);
  });
});
