// Specification of the `nested-known-name` relation rule: a known body at the start of a longer name.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('nested-known-name', () => {
  it.each([
    ['The Home Office Crime Prevention Panel met.', ['PART_OF Home Office Crime Prevention Panel -> Home Office'], ''],
    [
      'Nick Price, head of the CPS Special Crime and Counter Terrorism Division, said the charge was authorised.',
      ['PART_OF CPS Special Crime and Counter Terrorism Division -> CPS'],
      '',
    ],
    ['The NCA met.', [], ''],
    ['We have also secured the services of a former House of Commons Clerk who has provided support.', [], ''],
    ['The NCA Director spoke.', [], ''],
    ['The review was undertaken at the request of Wiltshire Police Authority following the death.', [], ''],
    ['The Avon and Somerset Police and Crime Panel will meet on Thursday.', [], ''],
    // round 6: a record, publication or event named after a body is no unit of it (f1-03, a Hansard page heading)
    ['House of Commons Hansard', [], ''],
    ['The Home Office Crime Prevention Panel met on Monday.', ['PART_OF Home Office Crime Prevention Panel -> Home Office'], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'nested-known-name', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Home Office Crime Prevention Panel met.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['nested-known-name'], '');
    expect(all.some((r) => r.startsWith('nested-known-name: '))).toBe(true);
    expect(off.some((r) => r.startsWith('nested-known-name: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('nested-known-name: '))));
  });
});
