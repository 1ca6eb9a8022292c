// The bulk path for a fresh database, end to end: the fixtures' snapshot exported as neo4j-admin
// CSV (`crimegraph export --format csv`), its import.sh run with neo4j-admin (Neo4j 5.26's
// AdminTool from the test server's jars) into an empty store, a second server started on that
// store and given empty-lists.cypher; it holds what `crimegraph neo4j load` gives the suite's server, and every file in
// queries/ gives the same rows on the two.

import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminCommand, startServer, stopServer } from '../../scripts/neo4j-server.mjs';
import { parseQueryFile } from '../../src/api/named-queries.js';
import type { CliIo } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { formatResult, fromJson } from '../../src/cypher/index.js';
import type { CypherValue } from '../../src/cypher/values.js';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import { canonical } from './helpers/canonical-row.js';
import { freePort } from './helpers/free-port.js';
import { clearDatabase, countDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

async function queryFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function cli(): CliIo & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (t) => err.push(t), stderrIsTTY: false, cwd: root, env: {} };
}

const files = await queryFiles(join(root, 'queries'));

describeWithNeo4j('the neo4j-admin bulk import of the CSV export', (uri) => {
  let online: Neo4jConnection;
  let bulk: Neo4jConnection;
  let unlock: () => Promise<void>;
  let dir: string;
  let port: number | undefined;
  let importLog = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-bulk-'));
    const out = join(dir, 'out');
    const csv = join(dir, 'csv');
    const home = join(dir, 'neo4j-home');
    for (const args of [
      ['build', join(root, 'fixtures'), '--out', out],
      ['export', '--graph', out, '--format', 'csv', '--out', csv],
    ]) {
      const io = cli();
      expect(await main(args, io), io.err.join('')).toBe(0);
    }

    // import.sh calls `neo4j-admin`; here that name runs the AdminTool of the test server's jars.
    const bin = join(dir, 'bin');
    await mkdir(bin);
    await mkdir(join(home, 'conf'), { recursive: true });
    await writeFile(join(home, 'conf', 'neo4j.conf'), '');
    const [java, ...javaArgs] = adminCommand();
    const quoted = javaArgs.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    await writeFile(join(bin, 'neo4j-admin'), `#!/bin/sh\nexec ${java} ${quoted} "$@"\n`);
    await chmod(join(bin, 'neo4j-admin'), 0o755);
    const imported = await run('sh', ['import.sh'], {
      cwd: csv,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      maxBuffer: 64 * 1024 * 1024,
    });
    importLog = imported.stdout + imported.stderr;

    port = await freePort();
    const server = await startServer({ port, dataDir: home, ownerPid: process.pid });
    bulk = await Neo4jConnection.open({ uri: server.uri });
    // What `cypher-shell -f empty-lists.cypher` does: one statement a line, after the comment.
    const script = await readFile(join(csv, 'empty-lists.cypher'), 'utf8');
    for (const statement of script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'))) await bulk.run(statement.replace(/;$/, ''));

    unlock = await lockDatabase(uri);
    online = await Neo4jConnection.open({ uri });
    await clearDatabase(online);
    const io = cli();
    expect(await main(['neo4j', 'load', '--graph', out, '--uri', uri], io), io.err.join('')).toBe(0);
  }, 600_000);

  afterAll(async () => {
    await bulk?.close();
    if (port !== undefined) await stopServer({ port });
    await online?.close();
    await unlock?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('import.sh imports every node and relationship the online load writes', async () => {
    const [a, b] = [await countDatabase(bulk), await countDatabase(online)];
    expect(importLog).toMatch(/IMPORT DONE/);
    expect(importLog).toContain(`${b.nodes} nodes`);
    expect(a).toEqual(b);
    expect(a.relationships).toBeGreaterThan(100);
    const manifest = JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8')) as { counts: { nodes: number; relationships: number } };
    expect([a.nodes, a.relationships]).toEqual([manifest.counts.nodes, manifest.counts.relationships]);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s gives the same rows after the bulk import as after the online load', async (_name, file) => {
    const { text, defaults } = parseQueryFile(await readFile(file, 'utf8'), file);
    const params: Record<string, CypherValue> = {};
    for (const [k, v] of Object.entries(defaults)) params[k] = fromJson(v);
    const [a, b] = [await bulk.run(text, params), await online.run(text, params)];
    expect(a.columns).toEqual(b.columns);
    const rows = (r: typeof a) => (JSON.parse(formatResult(r, 'json')) as unknown[]).map(canonical);
    expect(rows(a)).toEqual(rows(b));
    // A query that finds nothing on both would prove nothing about the import.
    expect(rows(b).length, 'rows on the online-loaded server').toBeGreaterThan(0);
  });
});
