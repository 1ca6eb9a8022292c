// Specification of the `its-programme` relation rule: a body's own programme named right after `its`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('its-programme', () => {
  it.each([
    ['HM Inspectorate of Constabulary (HMIC) has published its PEEL assessment of police efficiency.', ['LEADS HM Inspectorate of Constabulary -> PEEL'], ''],
    ['The NCA worked with the College of Policing on its Cyber Streetwise campaign.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'its-programme', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'HM Inspectorate of Constabulary (HMIC) has published its PEEL assessment of police efficiency.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['its-programme'], '');
    expect(all.some((r) => r.startsWith('its-programme: '))).toBe(true);
    expect(off.some((r) => r.startsWith('its-programme: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('its-programme: '))));
  });
});
