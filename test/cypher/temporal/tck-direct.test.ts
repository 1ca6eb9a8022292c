// The TCK's temporal scenarios, run against the temporal module through the small interpreter:
// every scenario of features/expressions/temporal is a case and must pass.

import { describe, expect, it } from 'vitest';
import { runCase, temporalCases } from './tck-direct.js';

const cases = temporalCases();

describe('TCK temporal scenarios, evaluated directly', () => {
  it('finds all 1,004 scenarios', () => {
    expect(cases.length).toBe(1004);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(runCase(c)).toBeUndefined();
  });
});
