// Specification of the `apposition-statutory-office` relation rule: a statutory office named like a body (Commissioner, Regulator, Ombudsman) in apposition.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('apposition-statutory-office', () => {
  it.each([
    [
      'Kevin Hyland, the Independent Anti-Slavery Commissioner, welcomed the review.',
      [
        'AFFILIATED_WITH Kevin Hyland -> Independent Anti-Slavery Commissioner (Independent Anti-Slavery Commissioner)',
        'HOLDS_ROLE Kevin Hyland -> Independent Anti-Slavery Commissioner',
      ],
      '',
    ],
    ['Kevin Hyland, the Home Office, and the NCA met.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'apposition-statutory-office', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Kevin Hyland, the Independent Anti-Slavery Commissioner, welcomed the review.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['apposition-statutory-office'], '');
    expect(all.some((r) => r.startsWith('apposition-statutory-office: '))).toBe(true);
    expect(off.some((r) => r.startsWith('apposition-statutory-office: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('apposition-statutory-office: '))));
  });
});
