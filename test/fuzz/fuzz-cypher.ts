// Fuzz the Cypher lexer, parser and validator outside the default suite: at least 100 000 generated
// inputs (arbitrary strings, token soup, damaged and grammar-shaped queries) must each give an AST
// or a compile-time CypherError with a position; never another exception, never a hang.
//   node --import tsx test/fuzz/fuzz-cypher.ts [RUNS] [SEED]
// The cases run in a child process that writes each input to a file before checking it; when
// that file stays the same for HANG_MS, the child is killed and the input reported as a hang.

import { fork } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { anyQueryText, checkFrontEnd } from './cypher-arbitraries.js';

const HANG_MS = 20_000;
/** Cases slower than this are listed: they hint at super-linear paths even when they end. */
const SLOW_MS = 1000;

const runs = Number(process.argv[2] ?? 100_000);
const seed = process.argv[3] === undefined ? Date.now() : Number(process.argv[3]);
const current = process.env.CYPHER_FUZZ_CURRENT;

if (current === undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-fuzz-'));
  const file = join(dir, 'current');
  const started = Date.now();
  const child = fork(fileURLToPath(import.meta.url), [String(runs), String(seed)], {
    env: { ...process.env, CYPHER_FUZZ_CURRENT: file },
    execArgv: ['--import', 'tsx'],
  });
  let last = -1;
  let lastChange = Date.now();
  const watchdog = setInterval(() => {
    let stamp: number;
    try {
      stamp = statSync(file).mtimeMs;
    } catch {
      return; // the child is still loading; it has checked nothing yet
    }
    if (stamp !== last) {
      last = stamp;
      lastChange = Date.now();
      return;
    }
    if (Date.now() - lastChange < HANG_MS) return;
    const [index, ...text] = readFileSync(file, 'utf8').split('\n');
    console.error(`cypher fuzz: HANG, case ${index} has run for over ${HANG_MS / 1000} s (seed ${seed}); input:\n${JSON.stringify(text.join('\n'))}`);
    process.exitCode = 1;
    child.kill('SIGKILL');
  }, 1000);
  child.on('exit', (code, signal) => {
    clearInterval(watchdog);
    rmSync(dir, { recursive: true, force: true });
    if (code !== 0 && !process.exitCode) {
      console.error(`cypher fuzz: the checking process ended with ${signal ?? code}`);
      process.exitCode = 1;
    } else if (code === 0) console.log(`cypher fuzz: ${runs} cases passed in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
  });
} else {
  const fd = openSync(current, 'w');
  const slow: { ms: number; text: string }[] = [];
  let index = 0;
  const check = (text: string) => {
    // Written before the check, so a hang leaves its own input behind.
    const bytes = Buffer.from(`${index++}\n${text}`);
    ftruncateSync(fd, 0);
    writeSync(fd, bytes, 0, bytes.length, 0);
    const start = performance.now();
    checkFrontEnd(text);
    const ms = performance.now() - start;
    if (ms > SLOW_MS && slow.length < 20) slow.push({ ms, text });
    if (process.stderr.isTTY && index % 1000 === 0) process.stderr.write(`\rcypher fuzz: ${index} / ${runs}`);
  };
  try {
    fc.assert(fc.property(anyQueryText, check), { numRuns: runs, seed });
    for (const s of slow) console.log(`slow case (${s.ms.toFixed(0)} ms): ${JSON.stringify(s.text.slice(0, 300))}`);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\ncause: ${error.cause.stack}` : '';
    console.error(`cypher fuzz: FAILED (seed ${seed})\n${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exitCode = 1;
  } finally {
    closeSync(fd);
  }
}
