// Specification of the `its-programme` relation rule: a body's own programme named right after `its`,
// a person's after `his`/`her`.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('its-programme', () => {
  it.each([
    ['HM Inspectorate of Constabulary (HMIC) has published its PEEL assessment of police efficiency.', ['LEADS HM Inspectorate of Constabulary -> PEEL'], ''],
    ['The NCA worked with the College of Policing on its Cyber Streetwise campaign.', [], ''],
    // `his`/`her` for the sentence's one person named before
    [
      'Police and Crime Commissioner Jane Doe has committed to investing seized money under her Proceeds of Crime Community Fund.',
      ['LEADS Jane Doe -> Proceeds of Crime Community Fund'],
      '',
    ],
    ['Jane Doe met John Smith to discuss his Safer Streets Fund.', [], ''],
    ['The Home Office praised Jane Doe for her Safer Streets Fund.', [], ''],
    // its own unit (PART_OF), when the name's head names a unit
    ['The National Crime Agency said its National Cyber Crime Unit had made arrests.', ['PART_OF National Cyber Crime Unit -> National Crime Agency'], ''],
    ['The Home Office thanked its partner Kent Police.', [], ''],
    // `their` for the body opening the sentence
    ['The NSPCC said their Childline service would grow.', ['LEADS NSPCC -> Childline'], ''],
    ['Officers told the Home Office about their Cyber Choices programme.', [], ''],
    // round 6: a fronted `its` stands for the subject named right after its comma
    ['Through its Police Innovation Fund, the Home Office has supported 50 projects.', ['LEADS Home Office -> Police Innovation Fund'], ''],
    [
      'Through its National Cyber Crime Unit, the National Crime Agency has arrested 50 people.',
      ['PART_OF National Cyber Crime Unit -> National Crime Agency'],
      '',
    ],
    ['Through its Police Innovation Fund, officers from Kent Police have tried new things.', [], ''],
    ['In its report on the Prevent programme, HMICFRS found problems.', [], ''],
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
