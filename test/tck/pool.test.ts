// The worker pool's watchdog: a scenario whose engine never returns is stopped, counted as a
// timeout, and the scenarios after it still run on a fresh worker.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenarios } from './lib/discover.js';
import { runPool } from './lib/pool.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('runPool', () => {
  it('stops a hanging scenario and runs the rest', async () => {
    const jobs = loadScenarios(join(FIXTURES, 'hang'));
    const outcomes = await runPool(jobs, {
      target: { kind: 'module', path: join(FIXTURES, 'hanging-target.ts'), timeoutMs: 100 },
      graphDirs: [],
      jobs: 1,
      hardLimitMs: 500,
      onResult: () => {},
    });
    expect(outcomes.map((o) => o.reason)).toEqual(['passed', 'timeout', 'passed']);
  });
});
