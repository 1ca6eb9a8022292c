// `npm run fuzz`: the fuzzers outside the default suite, one after the other: the ingest parser
// and the Cypher lexer, parser and validator (100 000 cases each), then the engine under queries
// built to exhaust memory and time (10 000 cases: each runs to its limit, so far slower).
// usage: npm run fuzz [-- [--only ingest|cypher|resources] [RUNS [SEED]] [--trace-memory]]

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FUZZERS: Record<string, string> = {
  ingest: 'test/ingest/fuzz-ingest.ts',
  cypher: 'test/fuzz/fuzz-cypher.ts',
  resources: 'test/fuzz/fuzz-resources.ts',
};
const USAGE = `usage: npm run fuzz [-- [--only ingest|cypher|resources] [RUNS [SEED]] [--trace-memory]]
  RUNS, SEED       cases and fast-check seed for each fuzzer run (defaults: 100000 for ingest and
                   cypher, 10000 for resources; the seed is the time now, printed by each)
  --only NAME      run one fuzzer: ingest (test/ingest/fuzz-ingest.ts), cypher
                   (test/fuzz/fuzz-cypher.ts) or resources (test/fuzz/fuzz-resources.ts)
  --trace-memory   resources only: where the process's memory is whenever its peak RSS rises
                   (see node --import tsx test/fuzz/fuzz-resources.ts --help)`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
let only: string | undefined;
const onlyAt = args.indexOf('--only');
if (onlyAt !== -1) {
  only = args[onlyAt + 1];
  args.splice(onlyAt, 2);
  if (only === undefined || !(only in FUZZERS)) {
    console.error(`fuzz: --only takes ingest, cypher or resources (not ${only ?? 'nothing'})\n${USAGE}`);
    process.exit(2);
  }
}
const traceMemory = args.includes('--trace-memory');
const numbers = args.filter((a) => a !== '--trace-memory');
if (numbers.length > 2 || numbers.some((a) => !/^\d+$/.test(a))) {
  console.error(`fuzz: cannot read ${args.join(' ')}\n${USAGE}`);
  process.exit(2);
}
let failed = false;
for (const [name, script] of Object.entries(FUZZERS)) {
  if (only !== undefined && name !== only) continue;
  const scriptArgs = name === 'resources' && traceMemory ? [...numbers, '--trace-memory'] : numbers;
  process.stderr.write(`fuzz: ${script} ${scriptArgs.join(' ')}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...scriptArgs], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
