// `query --neo4j` is read-only exactly as the embedded engine is: an updating clause is refused
// before anything is sent (the same E_CYPHER_READ_ONLY at the clause's line and column), what is
// sent runs in a read transaction (so a write our parser does not know is refused by the server),
// and --write allows both. Parameters reach Neo4j with 64-bit integers exact and FLOATs as FLOATs.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import { clearDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), stderrIsTTY: false, cwd: process.cwd(), env: {} };
}

describeWithNeo4j('query --neo4j, read-only unless --write', (uri) => {
  let conn: Neo4jConnection;
  let unlock: () => Promise<void>;
  const hacks = async () => Number((await conn.run('MATCH (n:Hack) RETURN count(n)')).rows[0]![0]);

  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    conn = await Neo4jConnection.open({ uri });
    await clearDatabase(conn);
  });

  afterAll(async () => {
    await conn?.run('DROP INDEX hack_x IF EXISTS').catch(() => {});
    await clearDatabase(conn);
    await conn?.close();
    await unlock?.();
  });

  it('refuses CREATE before running it, at the clause, with the code the embedded engine gives', async () => {
    const run = io();
    const code = await main(['query', '--neo4j', uri, 'MATCH (n)\nWITH count(n) AS c\nCREATE (h:Hack {x: 1}) RETURN h'], run);
    expect(code).toBe(1);
    expect(run.err.join('')).toMatch(/^crimegraph: line 3, column 1: The graph is open read-only and the query has an updating clause \(CREATE\)/);
    expect(run.err.join('')).toContain('add --write');
    expect(await hacks()).toBe(0);

    const embedded = io();
    expect(await main(['query', '--graph', '/nonexistent', 'CREATE (h:Hack {x: 1})'], embedded)).toBe(1);
    const direct = await conn.read('MATCH (n)\nSET n.x = 1').catch((e: unknown) => e);
    expect(direct).toMatchObject({ code: 'E_CYPHER_READ_ONLY', position: { line: 2, column: 1 } });
  });

  it('runs what our parser cannot read in a read transaction, which the server refuses to write in', async () => {
    const run = io();
    expect(await main(['query', '--neo4j', uri, 'CREATE INDEX hack_x FOR (n:Hack) ON (n.x)'], run)).toBe(1);
    expect(run.err.join('')).toMatch(/^crimegraph: Neo4j at .*: the query failed: .*(read|access mode)/i);
    expect((await conn.run("SHOW INDEXES YIELD name WHERE name = 'hack_x' RETURN name")).rows).toEqual([]);
  });

  it('writes with --write, and prints a summary on stderr instead of an empty table', async () => {
    const run = io();
    expect(await main(['query', '--neo4j', uri, '--write', 'CREATE (:Hack {x: 1})'], run)).toBe(0);
    expect(run.out.join('')).toBe('');
    expect(run.err.join('')).toBe('Created 1 node, set 1 property, added 1 label\n');
    expect(await hacks()).toBe(1);
    await conn.run('MATCH (n:Hack) DELETE n');
  });

  it('sends --param integers exact past 2^53 and 1.0 as a FLOAT', async () => {
    const run = io();
    const query = 'RETURN $p AS p, $p = 9007199254740993 AS exact, valueType($f) AS f';
    expect(await main(['query', '--neo4j', uri, '--format', 'csv', '--param', 'p=9007199254740993', '--param', 'f=1.0', query], run)).toBe(0);
    expect(run.out.join('')).toBe('p,exact,f\n9007199254740993,true,FLOAT NOT NULL\n');
  });

  it('stops a query past --timeout with E_QUERY_TIMEOUT naming the limit', async () => {
    const run = io();
    const code = await main(['query', '--neo4j', uri, '--timeout', '300', 'UNWIND range(1, 2000000000) AS x RETURN count(x)'], run);
    expect(code).toBe(1);
    expect(run.err.join('')).toMatch(/300 ms/);
    expect(run.err.join('')).toContain('--timeout');
  });
});
