// Grouping of failures by cause: the same engine error falls into one group whatever names
// and numbers its messages carry, and groups come biggest first.

import { describe, expect, it } from 'vitest';
import { groupFailures, normalizeMessage } from './lib/group-failures.js';
import type { FailureRecord } from './lib/report.js';

const f = (reason: string, extra: Partial<FailureRecord>): FailureRecord => ({
  feature: 'features/clauses/match/Match1.feature',
  scenario: 's',
  line: 1,
  reason,
  message: '',
  ...extra,
});

describe('groupFailures', () => {
  it.each([
    ['Variable `x` not defined at line 3', 'Variable `…` not defined at line N'],
    ["Unknown function 'foo'", "Unknown function '…'"],
    ['first line\nsecond line', 'first line'],
  ])('normalizes %j', (message, normalized) => {
    expect(normalizeMessage(message)).toBe(normalized);
  });

  it('files failures under their cause, biggest group first', () => {
    const groups = groupFailures([
      f('missing-error', { expected: 'SyntaxError at compile time: UndefinedVariable', message: 'a' }),
      f('unexpected-error', { error: 'SyntaxError/UnknownFunction', message: 'Unknown function `foo`' }),
      f('unexpected-error', { error: 'SyntaxError/UnknownFunction', message: 'Unknown function `bar`' }),
      f('result-mismatch', { message: 'rows differ' }),
    ]);
    expect(groups.map((g) => [g.count, g.cause])).toEqual([
      [2, 'raises SyntaxError/UnknownFunction where rows are expected'],
      [1, 'no error raised, expected SyntaxError at compile time: UndefinedVariable'],
      [1, 'result-mismatch in match'],
    ]);
    expect(groups[0]!.variants).toEqual([
      { message: 'Unknown function `foo`', count: 1 },
      { message: 'Unknown function `bar`', count: 1 },
    ]);
  });
});
