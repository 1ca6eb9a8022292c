// Progress goes to stderr on a terminal only: a piped or logged run stays quiet.

import { expect, it } from 'vitest';
import { createProgress } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/index.js';

function fakeIo(stderrIsTTY: boolean): CliIo & { err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return { err, out, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY, cwd: '/', env: {} };
}

it.each([
  [true, true],
  [false, false],
])('on a terminal: %s -> progress shown: %s', (tty, shown) => {
  const io = fakeIo(tty);
  const progress = createProgress(io);
  progress.update({ stage: 'extracting', done: 3, total: 3, subject: '002.txt' });
  progress.end();
  expect(io.err.join('').includes('extracting 3/3 002.txt')).toBe(shown);
  expect(io.out).toEqual([]);
});

it('clears its line at the end so messages after it start clean', () => {
  const io = fakeIo(true);
  const progress = createProgress(io);
  progress.update({ stage: 'reading', done: 1, total: 1 });
  progress.end();
  expect(io.err.at(-1)).toBe('\r\x1b[2K');
});
