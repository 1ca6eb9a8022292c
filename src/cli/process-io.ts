// The CLI's real I/O: process stdout and stderr, the terminal check for progress, cwd and env.

import type { CliIo } from './command.js';

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
  };
}
