// When the browser tests run: skipped with a reason where Chromium is missing, except under CI,
// where a missing browser must fail the run instead of passing it unseen.

import { describe, expect, it } from 'vitest';
import { chromiumUnavailable } from './helpers/chromium.js';

describe('the Chromium check', () => {
  it('skips with a reason naming the missing browser outside CI', () => {
    expect(chromiumUnavailable('/no/such/chromium', {})).toMatch(/\/no\/such\/chromium is missing/);
  });

  it('fails under CI=true', () => {
    expect(() => chromiumUnavailable('/no/such/chromium', { CI: 'true' })).toThrow(/CI=true/);
  });

  it('runs when the browser is there', () => {
    expect(chromiumUnavailable(process.execPath, { CI: 'true' })).toBeUndefined();
  });
});
