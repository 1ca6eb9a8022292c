// Turns scenario outcomes into the runner's outputs: the JSON summary of the contract, the
// per-directory table on stdout, and the failure list the engine engineers group by cause.

import { isTemporal, type ScenarioJob } from './discover.js';
import type { ScenarioOutcome } from './run-scenario.js';

export interface Summary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  features: Record<string, { total: number; passed: number }>;
}

export interface FailureRecord {
  feature: string;
  scenario: string;
  line: number;
  example?: number;
  reason: string;
  message: string;
  error?: string;
  query?: string;
  expected?: string;
  actual?: string;
}

export function summarize(results: { job: ScenarioJob; outcome: ScenarioOutcome }[]): Summary {
  const summary: Summary = { total: 0, passed: 0, failed: 0, skipped: 0, features: {} };
  for (const { job, outcome } of results) {
    const feature = (summary.features[job.feature] ??= { total: 0, passed: 0 });
    summary.total++;
    feature.total++;
    if (outcome.reason === 'passed') {
      summary.passed++;
      feature.passed++;
    } else if (outcome.reason === 'skipped') summary.skipped++;
    else summary.failed++;
  }
  return summary;
}

export function failureRecords(results: { job: ScenarioJob; outcome: ScenarioOutcome }[]): FailureRecord[] {
  return results
    .filter(({ outcome }) => outcome.reason !== 'passed' && outcome.reason !== 'skipped')
    .map(({ job, outcome }) => ({
      feature: job.feature,
      scenario: job.scenario.name,
      line: job.scenario.exampleLine ?? job.scenario.line,
      ...(job.scenario.exampleIndex !== undefined ? { example: job.scenario.exampleIndex } : {}),
      reason: outcome.reason,
      message: outcome.message,
      ...(outcome.error !== undefined ? { error: outcome.error } : {}),
      ...(outcome.query !== undefined ? { query: outcome.query } : {}),
      ...(outcome.expected !== undefined ? { expected: outcome.expected } : {}),
      ...(outcome.actual !== undefined ? { actual: outcome.actual } : {}),
    }));
}

interface Tally {
  total: number;
  passed: number;
  skipped: number;
}

/** Per-directory table (the feature's folder), then temporal / non-temporal and overall lines. */
export function formatSummary(summary: Summary, results: { job: ScenarioJob; outcome: ScenarioOutcome }[]): string {
  const byDir = new Map<string, Tally>();
  const temporal: Tally = { total: 0, passed: 0, skipped: 0 };
  const other: Tally = { total: 0, passed: 0, skipped: 0 };
  for (const { job, outcome } of results) {
    const dir = job.feature.split('/').slice(0, -1).join('/') || '.';
    const tallies = [byDir.get(dir) ?? { total: 0, passed: 0, skipped: 0 }, isTemporal(job) ? temporal : other];
    byDir.set(dir, tallies[0]!);
    for (const t of tallies) {
      t.total++;
      if (outcome.reason === 'passed') t.passed++;
      if (outcome.reason === 'skipped') t.skipped++;
    }
  }
  const width = Math.max(10, ...[...byDir.keys()].map((d) => d.length));
  const line = (name: string, t: Tally): string =>
    `${name.padEnd(width)}  ${String(t.passed).padStart(5)} / ${String(t.total).padEnd(5)} ${pct(t.passed, t.total).padStart(7)}` +
    (t.skipped ? `  (${t.skipped} skipped)` : '');
  const rows = [`${'directory'.padEnd(width)}  passed / total   rate`];
  for (const dir of [...byDir.keys()].sort()) rows.push(line(dir, byDir.get(dir)!));
  rows.push('');
  rows.push(line('non-temporal', other));
  rows.push(line('temporal', temporal));
  rows.push(line('all', { total: summary.total, passed: summary.passed, skipped: summary.skipped }));
  rows.push(`failed ${summary.failed}, skipped ${summary.skipped}`);
  return rows.join('\n');
}

function pct(a: number, b: number): string {
  if (b === 0) return '-';
  const rate = (100 * a) / b;
  // 2449 of 2450 is 99.96%, not "100.0%".
  return `${rate.toFixed(a < b && rate >= 99.95 ? 2 : 1)}%`;
}
