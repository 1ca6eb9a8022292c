#!/usr/bin/env node
// Entry point of the `crimegraph` command: runs the compiled CLI (built by `npm run build`,
// which `npm install` runs through the `prepare` script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));

// The command is done. A socket a driver left open (a TLS handshake to a port that never answers,
// which the driver gives no deadline and we cannot reach) must not keep it alive: once the output
// is flushed, leave. The timer is unref'd, so a process with nothing left open exits at once.
const leave = () => {
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) setTimeout(leave, 100).unref();
  else process.exit();
};
setTimeout(leave, 500).unref();
