// `npm run fuzz`: the fuzzers outside the default suite, one after the other, each at least
// 100 000 cases: the ingest parser, then the Cypher lexer, parser and validator.
// usage: npm run fuzz [-- RUNS [SEED]]

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
let failed = false;
for (const script of ['test/ingest/fuzz-ingest.ts', 'test/fuzz/fuzz-cypher.ts']) {
  process.stderr.write(`fuzz: ${script} ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
