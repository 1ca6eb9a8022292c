// Starts and stops the Neo4j the tests use (test/neo4j-server: Neo4j Community 5.26 embedded, Bolt
// only): builds the launcher with mvn when needed, runs it in the background, waits for Bolt.
//
//   node scripts/neo4j-server.mjs start   # port $NEO4J_PORT (default 7687); pid file .neo4j/neo4j-<port>.pid
//   node scripts/neo4j-server.mjs stop
//
// The vitest global setup and the fault tests import the same functions.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = join(root, 'test', 'neo4j-server');
const targetDir = join(serverDir, 'target');
const classpathFile = join(targetDir, 'classpath.txt');
const classFile = join(targetDir, 'classes', 'crimegraph', 'TestServer.class');
// Written after each successful build: Maven leaves an unchanged classpath.txt untouched.
const stampFile = join(targetDir, 'launcher.stamp');
const sources = [join(serverDir, 'pom.xml'), join(serverDir, 'src', 'main', 'java', 'crimegraph', 'TestServer.java')];
export const stateDir = join(root, '.neo4j');

/** True when `java` and `mvn` both run here. */
export function javaToolsPresent() {
  const ok = (cmd) => spawnSync(cmd, ['-version'], { stdio: 'ignore' }).status === 0;
  return ok('java') && ok('mvn');
}

/** Compile the launcher and resolve Neo4j's jars unless target/ is newer than the sources. */
export function buildLauncher({ log = () => {} } = {}) {
  if (isBuilt()) return { built: false, ms: 0 };
  log('neo4j: building the test server launcher with mvn (the first build downloads Neo4j from Maven Central)');
  const started = Date.now();
  const result = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', join(serverDir, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`neo4j: mvn package failed (exit ${result.status}):\n${(result.stdout + result.stderr).trim().slice(-4000)}`);
  }
  writeFileSync(stampFile, new Date().toISOString());
  return { built: true, ms: Date.now() - started };
}

function isBuilt() {
  if (!existsSync(classpathFile) || !existsSync(classFile) || !existsSync(stampFile)) return false;
  const builtAt = statSync(stampFile).mtimeMs;
  if (sources.some((file) => statSync(file).mtimeMs > builtAt)) return false;
  // A fresh ~/.m2 with an old target/ would leave the class path pointing at nothing.
  const firstJar = readFileSync(classpathFile, 'utf8').split(':')[0];
  return Boolean(firstJar) && existsSync(firstJar);
}

/**
 * The java command line of `neo4j-admin` from the same Neo4j jars (org.neo4j.cli.AdminTool, which
 * `database import full` plugs into): neo4j-admin without a Neo4j distribution. Run it with
 * NEO4J_HOME set; databases go to $NEO4J_HOME/data, where a server started with that `dataDir`
 * finds them.
 */
export function adminCommand({ jvmOptions = ['-Xmx1g', '-XX:+UseSerialGC'] } = {}) {
  buildLauncher();
  const classpath = `${join(targetDir, 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
  return ['java', ...jvmOptions, '-cp', classpath, 'org.neo4j.cli.AdminTool'];
}

export function pidFile(port) {
  return join(stateDir, `neo4j-${port}.pid`);
}

export function logFile(port) {
  return join(stateDir, `neo4j-${port}.log`);
}

export const TEST_JVM_OPTIONS = ['-Xms256m', '-Xmx1g', '-XX:+UseSerialGC'];

/**
 * Start a server on 127.0.0.1:`port` and resolve once it answers the Bolt handshake.
 * `password` turns auth on for user neo4j; `dataDir` keeps the data across restarts;
 * `lockTimeoutMs` makes lock waits end in a transient error; `ownerPid` stops the server when that
 * process ends (test runs pass their own pid; `npm run neo4j:start` passes none).
 * `jvmOptions` replaces the test defaults (a small heap and the serial collector, for 2 busy cores);
 * the latency benchmark gives the server Neo4j's usual G1 collector and a larger heap.
 * Rejects (and stops the process) when Bolt does not answer within `timeoutMs`.
 */
export async function startServer({
  port = 7687,
  password,
  dataDir,
  lockTimeoutMs,
  ownerPid,
  timeoutMs = 180_000,
  jvmOptions = TEST_JVM_OPTIONS,
  log = () => {},
} = {}) {
  buildLauncher({ log });
  if (await boltAnswers(port)) throw new Error(`neo4j: port ${port} already answers Bolt; stop that server first (npm run neo4j:stop)`);
  mkdirSync(stateDir, { recursive: true });
  const out = openSync(logFile(port), 'w');
  const classpath = `${join(targetDir, 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
  const env = {
    ...process.env,
    NEO4J_PORT: String(port),
    NEO4J_SERVER_PASSWORD: password ?? '',
    NEO4J_DATA_DIR: dataDir ?? '',
    NEO4J_LOCK_TIMEOUT_MS: lockTimeoutMs ? String(lockTimeoutMs) : '',
    NEO4J_OWNER_PID: ownerPid ? String(ownerPid) : '',
  };
  const child = spawn('java', [...jvmOptions, '-cp', classpath, 'crimegraph.TestServer'], {
    detached: true,
    stdio: ['ignore', out, out],
    env,
  });
  closeSync(out);
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? code));
  writeFileSync(pidFile(port), String(child.pid));
  child.unref();

  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (exited !== null) {
      rmSync(pidFile(port), { force: true });
      throw new Error(`neo4j: the server exited (${exited}) before Bolt answered:\n${tail(logFile(port))}`);
    }
    if (readyLine(port) && (await boltAnswers(port))) {
      const uri = `bolt://127.0.0.1:${port}`;
      if (password) await setPassword(uri, password);
      return { pid: child.pid, uri, ms: Date.now() - started };
    }
    await sleep(250);
  }
  await stopServer({ port });
  throw new Error(`neo4j: Bolt did not answer on port ${port} within ${timeoutMs} ms:\n${tail(logFile(port))}`);
}

function readyLine(port) {
  try {
    return readFileSync(logFile(port), 'utf8').includes('crimegraph-neo4j ready');
  } catch {
    return false;
  }
}

/** Replace user neo4j's initial password "neo4j" (which must be changed before any other use). */
async function setPassword(uri, password) {
  const { default: neo4j } = await import('neo4j-driver');
  // A restart on kept data already has the password.
  const probe = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  const already = await probe.verifyConnectivity().then(
    () => true,
    () => false,
  );
  await probe.close();
  if (already) return;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $password', { old: 'neo4j', password });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** Stop the server whose pid file names `port`: SIGTERM (clean shutdown), SIGKILL after `graceMs`. */
export async function stopServer({ port = 7687, graceMs = 30_000, signal = 'SIGTERM' } = {}) {
  const file = pidFile(port);
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  if (!alive(pid)) return false;
  process.kill(pid, signal);
  const started = Date.now();
  while (alive(pid)) {
    if (Date.now() - started > graceMs) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
  while (alive(pid)) await sleep(50);
  return true;
}

/** True when something on 127.0.0.1:`port` completes a Bolt handshake (agrees a version). */
export function boltAnswers(port, timeoutMs = 1000) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => {
      // Magic preamble, then four proposed versions: 5.0-5.8, 4.4, none, none.
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    let reply = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length >= 4) finish(reply.readUInt32BE(0) !== 0);
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main(command) {
  const port = Number(process.env.NEO4J_PORT || 7687);
  const log = (line) => console.error(line);
  if (command === 'start') {
    const timeoutMs = Number(process.env.NEO4J_START_TIMEOUT_MS || 180_000);
    const { pid, uri, ms } = await startServer({ port, timeoutMs, log });
    console.error(`neo4j: ready at ${uri} (pid ${pid}, ${(ms / 1000).toFixed(1)} s); log ${logFile(port)}`);
  } else if (command === 'stop') {
    console.error((await stopServer({ port })) ? `neo4j: stopped the server on port ${port}` : `neo4j: no server running on port ${port}`);
  } else if (command === 'build') {
    const { built, ms } = buildLauncher({ log });
    console.error(built ? `neo4j: launcher built in ${(ms / 1000).toFixed(1)} s` : 'neo4j: launcher up to date');
  } else {
    console.error('usage: node scripts/neo4j-server.mjs start|stop|build');
    return 2;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
