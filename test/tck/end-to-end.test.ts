// One small feature file through the whole runner (CLI, embedded engine, in-process): the
// counts it writes, with scenarios that must pass and scenarios that are wrong on purpose.

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'tck');

describe('npx tsx test/tck/run.ts on the embedded engine', () => {
  it('writes the contract summary: 9 scenarios, 5 passed, 3 failed, 1 skipped', () => {
    const out = mkdtempSync(join(tmpdir(), 'tck-e2e-'));
    const json = join(out, 'tck.json');
    const failures = join(out, 'failures.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/tck/run.ts', '--dir', FIXTURES, '--json', json, '--failures', failures, '--in-process'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({
      total: 9,
      passed: 5,
      failed: 3,
      skipped: 1,
      features: { 'features/RunnerCheck.feature': { total: 9, passed: 5 } },
    });
    const failed = JSON.parse(readFileSync(failures, 'utf8')) as { scenario: string; reason: string }[];
    expect(failed.map((f) => [f.scenario.slice(0, 3), f.reason])).toEqual([
      ['[5]', 'result-mismatch'],
      ['[6]', 'result-mismatch'],
      ['[7]', 'side-effects-mismatch'],
    ]);
    expect(run.stdout).toMatch(/features\s+5 \/ 9\s+55\.6%\s+\(1 skipped\)/);
  });
});
