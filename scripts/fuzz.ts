// `npm run fuzz`: the fuzzers outside the default suite, one after the other: the ingest parser
// and the Cypher lexer, parser and validator (100 000 cases each), then the engine under queries
// built to exhaust memory and time (10 000 cases: each runs to its limit, so far slower).
// usage: npm run fuzz [-- RUNS [SEED]]

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
let failed = false;
for (const script of ['test/ingest/fuzz-ingest.ts', 'test/fuzz/fuzz-cypher.ts', 'test/fuzz/fuzz-resources.ts']) {
  process.stderr.write(`fuzz: ${script} ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
