#!/usr/bin/env node
// Entry point of the `crimegraph` command: runs the compiled CLI (built by `npm run build`,
// which `npm install` runs through the `prepare` script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
