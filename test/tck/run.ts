// The openCypher TCK runner: `tsx test/tck/run.ts --dir DIR --json FILE [--neo4j URI] [--filter S]`.
// Parses the feature files, runs every scenario on a fresh target, writes the summary JSON.

import { parseArgs } from 'node:util';
import { writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarios, graphDirs, isTemporal, type BrokenFeature } from './lib/discover.js';
import { runPool } from './lib/pool.js';
import { runScenario, type ScenarioOutcome } from './lib/run-scenario.js';
import { createTarget, type TargetSpec } from './lib/target-spec.js';
import { summarize, failureRecords, formatSummary } from './lib/report.js';

const USAGE = `usage: tsx test/tck/run.ts [--dir DIR] [--json FILE] [--neo4j URI] [--filter SUBSTRING]
       [--failures FILE] [--verbose] [--timeout MS] [--jobs N] [--in-process]
  --dir DIR         TCK folder (default $TCK_DIR or ../shared/tck from the project root)
  --json FILE       write {total, passed, failed, skipped, features} here
  --neo4j URI       run against Neo4j instead of the embedded engine (NEO4J_USERNAME / NEO4J_PASSWORD)
  --target-module M run against the TckTarget that module M's createTarget({timeoutMs}) returns
  --filter S        only scenarios whose "feature path + scenario name" contains S
  --failures FILE   write every failure (feature, scenario, reason, message, query, ...) as JSON
  --verbose         print each failure with its query, expected and actual values
  --timeout MS      per-query limit given to the engine (default 10000)
  --scenario-limit MS  wall-clock limit of a whole scenario; its worker is stopped (default 3 x timeout + 5 s)
  --jobs N          worker threads (default 1; Neo4j always 1)
  --in-process      run scenarios in this thread, without the hang watchdog
  --check-targets   exit 1 unless >= 95% of non-temporal and >= 70% of temporal scenarios pass (issue 4)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      json: { type: 'string' },
      neo4j: { type: 'string' },
      'target-module': { type: 'string' },
      filter: { type: 'string' },
      failures: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      jobs: { type: 'string', default: '1' },
      'scenario-limit': { type: 'string' },
      'in-process': { type: 'boolean', default: false },
      'check-targets': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = resolve(values.dir ?? process.env.TCK_DIR ?? join(projectRoot, '../shared/tck'));
  if (!existsSync(dir)) {
    console.error(`TCK folder not found: ${dir}\n${USAGE}`);
    return 2;
  }
  const timeoutMs = Number(values.timeout);
  const target: TargetSpec = values.neo4j
    ? { kind: 'neo4j', uri: values.neo4j, timeoutMs }
    : values['target-module']
      ? { kind: 'module', path: resolve(values['target-module']), timeoutMs }
      : { kind: 'embedded', timeoutMs };
  const broken: BrokenFeature[] = [];
  const jobs = loadScenarios(dir, values.filter, broken);
  for (const b of broken) console.error(`cannot read ${b.feature}: ${b.message}`);
  // The shared TCK's graphs serve feature folders that come without their own.
  const graphs = [...new Set([...graphDirs(dir), ...graphDirs(join(projectRoot, '../shared/tck'))])];
  const progress = makeProgress(jobs.length);

  let outcomes: ScenarioOutcome[];
  if (values['in-process']) {
    const t = await createTarget(target);
    outcomes = [];
    for (const job of jobs) {
      await t.reset();
      outcomes.push(await runScenario(job.scenario, t, { graphDirs: graphs }));
      progress(outcomes.at(-1)!);
    }
    await t.close();
  } else {
    outcomes = await runPool(jobs, {
      target,
      graphDirs: graphs,
      jobs: target.kind === 'neo4j' ? 1 : Math.max(1, Number(values.jobs)),
      hardLimitMs: values['scenario-limit'] ? Number(values['scenario-limit']) : timeoutMs * 3 + 5000,
      onResult: (_i, outcome) => progress(outcome),
    });
  }
  progress(undefined);

  const results = [
    ...jobs.map((job, i) => ({ job, outcome: outcomes[i]! })),
    // An unreadable feature counts as one failed scenario, so it cannot go unnoticed.
    ...broken.map((b) => ({
      job: { feature: b.feature, featureName: '', scenario: { name: '(feature file not readable)', tags: [], steps: [], line: 1 } },
      outcome: { reason: 'tck-syntax' as const, message: b.message, ms: 0 },
    })),
  ];
  const summary = summarize(results);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
  const failures = failureRecords(results);
  if (values.failures) writeFileSync(values.failures, `${JSON.stringify(failures, null, 2)}\n`);
  if (values.verbose) {
    for (const f of failures) {
      console.log(`\n✗ ${f.feature}:${f.line} ${f.scenario} [${f.reason}]\n  ${f.message}`);
      if (f.query) console.log(`  query:\n${indent(clipLines(f.query, 30))}`);
      if (f.expected) console.log(`  expected:\n${f.expected}`);
      if (f.actual) console.log(`  actual:\n${f.actual}`);
    }
    console.log('');
  }
  console.log(`TCK ${dir} on ${target.kind}${values.filter ? ` (filter "${values.filter}")` : ''}`);
  console.log(formatSummary(summary, results));
  if (values['check-targets']) {
    const rate = (temporal: boolean): number => {
      const picked = results.filter((r) => isTemporal(r.job) === temporal);
      return picked.length ? picked.filter((r) => r.outcome.reason === 'passed').length / picked.length : 1;
    };
    const [other, temporal] = [rate(false), rate(true)];
    if (other < 0.95 || temporal < 0.7) {
      console.error(`below target: non-temporal ${(100 * other).toFixed(1)}% (need 95%), temporal ${(100 * temporal).toFixed(1)}% (need 70%)`);
      return 1;
    }
  }
  return 0;
}

function clipLines(text: string, max: number): string {
  const lines = text.split('\n');
  return lines.length > max ? [...lines.slice(0, max), `… ${lines.length - max} more lines`].join('\n') : text;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/** A one-line counter on stderr when it is a terminal; silent when piped. */
function makeProgress(total: number): (outcome: ScenarioOutcome | undefined) => void {
  if (!process.stderr.isTTY) return () => {};
  let done = 0;
  let passed = 0;
  return (outcome) => {
    if (!outcome) {
      process.stderr.write('\n');
      return;
    }
    done++;
    if (outcome.reason === 'passed') passed++;
    if (done % 25 === 0 || done === total) process.stderr.write(`\r${done}/${total} scenarios, ${passed} passed`);
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
