// The runner's summary: the contract's JSON shape, skipped scenarios counted apart, failures
// listed with their reason, and the per-directory table.

import { describe, expect, it } from 'vitest';
import { summarize, failureRecords, formatSummary } from './lib/report.js';
import type { ScenarioJob } from './lib/discover.js';
import type { OutcomeReason } from './lib/run-scenario.js';

const job = (feature: string, name: string): ScenarioJob => ({ feature, featureName: 'F', scenario: { name, tags: [], steps: [], line: 3 } });
const results = (
  [
    ['features/clauses/match/Match1.feature', 'a', 'passed'],
    ['features/clauses/match/Match1.feature', 'b', 'result-mismatch'],
    ['features/clauses/match/Match2.feature', 'c', 'skipped'],
    ['features/expressions/temporal/Temporal1.feature', 'd', 'passed'],
    ['features/expressions/temporal/Temporal1.feature', 'e', 'crash'],
  ] as [string, string, OutcomeReason][]
).map(([f, n, reason]) => ({ job: job(f, n), outcome: { reason, message: reason === 'passed' ? '' : `because ${n}`, ms: 1 } }));

describe('summarize', () => {
  it('counts passed, failed and skipped overall and passed per feature', () => {
    expect(summarize(results)).toEqual({
      total: 5,
      passed: 2,
      failed: 2,
      skipped: 1,
      features: {
        'features/clauses/match/Match1.feature': { total: 2, passed: 1 },
        'features/clauses/match/Match2.feature': { total: 1, passed: 0 },
        'features/expressions/temporal/Temporal1.feature': { total: 2, passed: 1 },
      },
    });
  });

  it('lists only failures, with their reason class', () => {
    expect(failureRecords(results).map((f) => [f.scenario, f.reason, f.message])).toEqual([
      ['b', 'result-mismatch', 'because b'],
      ['e', 'crash', 'because e'],
    ]);
  });

  it('prints one line per directory and the temporal split', () => {
    const text = formatSummary(summarize(results), results);
    expect(text).toMatch(/features\/clauses\/match\s+1 \/ 3\s+33\.3%\s+\(1 skipped\)/);
    expect(text).toMatch(/temporal\s+1 \/ 2\s+50\.0%/);
    expect(text).toMatch(/non-temporal\s+1 \/ 3/);
  });
});
