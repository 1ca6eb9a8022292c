// Every step of reaching Neo4j has a deadline that --wait (API: waitMs) sets, whatever the other
// end does: a port that accepts and never answers, or an HTTP server, ends in E_NEO4J_UNAVAILABLE
// (exit 2) within about --wait, and the process exits: no socket of the driver is left open.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/api/index.js';
import { saveSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../src/graph/index.js';
import { DEFAULT_WAIT_MS, Neo4jConnection, Neo4jError } from '../../src/neo4j/index.js';
import { main } from '../../src/cli/main.js';
import { ensureBuilt, ROOT } from '../cli/built-cli.js';
import { newsletterGraph } from '../neo4j/helpers/sample-graph.js';

const WAIT = 1500;

/** A listener that accepts connections and never sends a byte; it keeps the sockets it got. */
function silentListener(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    // Read (and drop) what comes, so the end of the stream is seen.
    socket.resume();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, sockets })));
}

function httpServer(): Promise<{ server: HttpServer; port: number }> {
  const server = createHttpServer((_req, res) => res.end('<html>not Neo4j</html>'));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

/** Run the built CLI without blocking this process (the servers above must keep answering). */
function runCli(args: string[], killAfterMs = 30_000): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/crimegraph.js'), ...args], { cwd: ROOT, env: { ...process.env, CRIMEGRAPH_DEBUG: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

describe('Neo4j deadlines against servers that do not speak Bolt', () => {
  let silent: Awaited<ReturnType<typeof silentListener>>;
  let http: Awaited<ReturnType<typeof httpServer>>;
  let dir: string;
  let snapshotDir: string;

  beforeAll(async () => {
    ensureBuilt();
    silent = await silentListener();
    http = await httpServer();
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-deadlines-'));
    snapshotDir = join(dir, 'snapshot');
    await saveSnapshot(snapshotDir, {
      graph: newsletterGraph(1),
      manifest: { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, documents: [], counts: {} as never },
      mergeLog: [],
    });
  });

  afterAll(async () => {
    for (const socket of silent.sockets) socket.destroy();
    silent.server.close();
    http.server.closeAllConnections();
    http.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const servers = (): [string, number][] => [
    ['a listener that never replies', silent.port],
    ['an HTTP server', http.port],
  ];

  // What a refusal may say: the deadline passed, or (from an HTTP server that answers the Bolt
  // handshake at once, which depends on timing) the driver's own diagnosis of an HTTP reply.
  const refusal = (which: number, deadline: string) => (which === 0 ? deadline : `(?:${deadline}|Server responded HTTP)`);

  it.each([0, 1])('query --neo4j exits 2 within about --wait, server %#', async (which) => {
    const [, port] = servers()[which]!;
    const run = await runCli(['query', '--neo4j', `bolt://127.0.0.1:${port}`, '--wait', String(WAIT), 'RETURN 1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^crimegraph: Neo4j at bolt://127\\.0\\.0\\.1:${port}: connecting failed: .*${refusal(which, `within ${WAIT} ms`)}`));
    // Node's start and the build of the driver are the rest; a minute would be the old hang.
    expect(run.ms).toBeLessThan(WAIT + 5_000);
  });

  it.each([0, 1])('neo4j load exits 2 within about --wait, server %#', async (which) => {
    const [, port] = servers()[which]!;
    const run = await runCli(['neo4j', 'load', '--graph', snapshotDir, '--uri', `bolt://127.0.0.1:${port}`, '--wait', String(WAIT)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`connecting failed: .*${refusal(which, `no answer in the Bolt protocol within ${WAIT} ms`)}`));
    expect(run.ms).toBeLessThan(WAIT + 5_000);
  });

  it('query --neo4j bolt+s:// to a listener that never replies exits 2 within about --wait', async () => {
    // The TLS socket is the driver's own and out of our reach: the command still ends.
    const run = await runCli(['query', '--neo4j', `bolt+s://127.0.0.1:${silent.port}`, '--wait', String(WAIT), 'RETURN 1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no answer in the Bolt protocol within 1500 ms/);
    expect(run.ms).toBeLessThan(WAIT + 5_000);
  });

  it('Neo4jConnection.open gives up at waitMs and closes the socket the driver left in its handshake', async () => {
    const before = silent.sockets.length;
    const started = Date.now();
    const error = await Neo4jConnection.open({ uri: `bolt://127.0.0.1:${silent.port}`, waitMs: WAIT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('E_NEO4J_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(WAIT + 1_000);
    const opened = silent.sockets.slice(before);
    expect(opened.length).toBeGreaterThan(0);
    // The server sees every connection the driver made closed from the other end.
    await new Promise((r) => setTimeout(r, 200));
    for (const socket of opened) expect(socket.readableEnded || socket.destroyed).toBe(true);
  });

  it('KnowledgeGraph.connect takes waitMs, with the same default as --wait', async () => {
    const error = await KnowledgeGraph.connect({ uri: `bolt://127.0.0.1:${http.port}`, waitMs: WAIT }).catch((e: unknown) => e);
    expect((error as Neo4jError).code).toBe('E_NEO4J_UNAVAILABLE');
    const help: string[] = [];
    const io = { stdout: (t: string) => help.push(t), stderr: () => {}, stderrIsTTY: false, cwd: ROOT, env: {} };
    await main(['query', '--help'], io);
    await main(['neo4j', '--help'], io);
    const defaults = help.join('').match(/--wait MS .*\(default \d+\)/g) ?? [];
    expect(defaults).toHaveLength(2);
    for (const line of defaults) expect(line).toContain(`(default ${DEFAULT_WAIT_MS})`);
  });

  it('says what it waits for on a terminal, and nothing when piped', async () => {
    for (const tty of [true, false]) {
      const err: string[] = [];
      const io = { stdout: () => {}, stderr: (t: string) => err.push(t), stderrIsTTY: tty, cwd: ROOT, env: {} };
      expect(await main(['query', '--neo4j', `bolt://127.0.0.1:${silent.port}`, '--wait', String(WAIT), 'RETURN 1'], io)).toBe(2);
      const waiting = err.filter((line) => line.startsWith('Waiting'));
      expect(waiting).toEqual(tty ? [`Waiting up to 1.5 s for Neo4j at bolt://127.0.0.1:${silent.port} (--wait)…\n`] : []);
    }
  });
});
