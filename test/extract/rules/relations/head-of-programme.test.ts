// Specification of the `head-of-programme` relation rule: a person given the office that runs a
// programme (`head of Operation X`, `senior investigating officer for`), before or after the name.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('head-of-programme', () => {
  it.each([
    ['Detective Chief Superintendent Jane Smith, head of Operation Sceptre, said knife crime had fallen.', ['LEADS Jane Smith -> Operation Sceptre'], ''],
    ['Jane Smith, the senior investigating officer for Operation Midland, said the inquiry had ended.', ['LEADS Jane Smith -> Operation Midland'], ''],
    ['Jane Smith, programme director of the Safer Streets Fund, spoke today.', ['LEADS Jane Smith -> Safer Streets Fund'], ''],
    ['Head of Operation Sceptre, Jane Smith, said knife crime had fallen.', ['LEADS Jane Smith -> Operation Sceptre'], ''],
    // a body's office, an office that runs nothing, a part in it: not read
    ['Jane Smith, head of the Border Policing Command, spoke.', [], ''],
    ['Jane Smith, a supporter of Operation Sceptre, spoke.', [], ''],
    ['Jane Smith, a police officer for Operation Sceptre, spoke.', [], ''],
    ['Jane Smith, head of communications for the Safer Streets Fund, spoke.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'head-of-programme', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Detective Chief Superintendent Jane Smith, head of Operation Sceptre, said knife crime had fallen.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['head-of-programme'], '');
    expect(all.some((r) => r.startsWith('head-of-programme: '))).toBe(true);
    expect(off.some((r) => r.startsWith('head-of-programme: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('head-of-programme: '))));
  });
});
