// The fixtures' snapshot on both engines: loaded with `crimegraph neo4j load`, Neo4j holds the
// snapshot's counts after one load and after two, and every file in queries/ gives the same rows.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseQueryFile } from '../../src/api/named-queries.js';
import { runPipeline } from '../../src/api/pipeline.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/command.js';
import { CypherEngine, formatResult, fromJson } from '../../src/cypher/index.js';
import type { CypherValue } from '../../src/cypher/values.js';
import { createSnapshot, saveSnapshot } from '../../src/graph/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import { canonical } from './helpers/canonical-row.js';
import { freePort } from './helpers/free-port.js';
import { clearDatabase, countDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

const root = join(import.meta.dirname, '..', '..');

async function queryFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function cli(env: Record<string, string | undefined> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false, cwd: root, env };
}

/** Whether the query's final RETURN orders its rows: only then is row order compared. */
function ordersRows(query: string): boolean {
  const last = query.search(/\bRETURN\b(?![\s\S]*\bRETURN\b)/i);
  return last >= 0 && /\bORDER\s+BY\b/i.test(query.slice(last));
}

const files = await queryFiles(join(root, 'queries'));

describeWithNeo4j('the fixtures on both engines', (uri) => {
  let conn: Neo4jConnection;
  let unlock: () => Promise<void>;
  let dir: string;
  let graph: PropertyGraph;

  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    conn = await Neo4jConnection.open({ uri });
    await clearDatabase(conn);
    const built = await runPipeline([join(root, 'fixtures')]);
    graph = built.graph;
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-parity-'));
    await saveSnapshot(join(dir, 'out'), createSnapshot(built.corpus, built.graph));
  });

  afterAll(async () => {
    await conn?.close();
    await unlock?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("crimegraph neo4j load gives Neo4j the snapshot's counts, after one load and after two", { timeout: 300_000 }, async () => {
    for (const round of [1, 2]) {
      const io = cli();
      const code = await main(['neo4j', 'load', '--graph', join(dir, 'out'), '--uri', uri], io);
      expect(code, io.err.join('')).toBe(0);
      expect(io.err.join('')).toMatch(round === 1 ? /\(\d+ nodes and \d+ relationships new\)/ : /\(0 nodes and 0 relationships new\)/);
      const counts = await countDatabase(conn);
      expect([counts.nodes, counts.relationships]).toEqual([graph.order, graph.size]);
    }
    expect(graph.size).toBeGreaterThan(100);
  });

  it('refuses a port where nothing listens with one line and exit code 2', async () => {
    const io = cli();
    const port = await freePort();
    const code = await main(['neo4j', 'load', '--graph', join(dir, 'out'), '--uri', `bolt://127.0.0.1:${port}`, '--wait', '300'], io);
    expect(code).toBe(2);
    expect(io.err.join('').trimEnd().split('\n')).toHaveLength(1);
    expect(io.err.join('')).toContain(`127.0.0.1:${port}`);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s gives the same rows on both engines', async (_name, file) => {
    const { text, defaults } = parseQueryFile(await readFile(file, 'utf8'), file);
    const params: Record<string, CypherValue> = {};
    for (const [k, v] of Object.entries(defaults)) params[k] = fromJson(v);
    const embedded = new CypherEngine(graph).run(text, params);
    const neo = await conn.run(text, params);
    expect(neo.columns).toEqual(embedded.columns);
    const rows = (r: typeof embedded) => (JSON.parse(formatResult(r, 'json')) as unknown[]).map(canonical);
    if (ordersRows(text)) expect(rows(neo)).toEqual(rows(embedded));
    else expect([...rows(neo)].sort()).toEqual([...rows(embedded)].sort());
  });

  // Whole nodes are left out: their property order differs between the engines (see canonical).
  it.each(['table', 'json', 'csv'])('crimegraph query --neo4j prints what the embedded engine prints (%s)', async (format) => {
    const query =
      'MATCH (b:Body)<-[r:MENTIONED_IN|AFFILIATED_WITH]-(x) RETURN b.name AS body, count(r) AS links, b.aliases AS aliases, labels(b) AS labels, ' +
      'toFloat(count(r)) / 2 AS half ORDER BY links DESC, body LIMIT 5';
    const embedded = cli();
    const neo = cli();
    expect(await main(['query', query, '--graph', join(dir, 'out'), '--format', format], embedded)).toBe(0);
    expect(await main(['query', query, '--neo4j', uri, '--format', format], neo), neo.err.join('')).toBe(0);
    expect(neo.out.join('')).toBe(embedded.out.join(''));
  });
});
