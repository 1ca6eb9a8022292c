// Specification of the `first-person-body` relation rule: a body that writes of itself in the first person; its `our` programme or unit and what `we` launch are its own.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('first-person-body', () => {
  it.each([
    [
      'The National Crime Agency has today published our annual report. We adopted a new approach to our existing Cyber Choices programme.',
      ['LEADS National Crime Agency -> Cyber Choices programme'],
    ],
    ['We are the College of Policing. We have launched the Police Now programme.', ['LEADS College of Policing -> Police Now programme']],
    ['The National Crime Agency said our new National Cyber Crime Unit was ready.', ['PART_OF National Cyber Crime Unit -> National Crime Agency']],
    // a body not opening its sentence, or quoted speech between: no writer
    ['The Home Secretary said: “Kent Police and our Prevent programme are vital.”', []],
    ['Yesterday the Home Secretary met Kent Police and praised our Prevent programme.', []],
    // no body writes in the first person
    ['We have launched the Police Now programme.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleRelations(text, 'first-person-body')).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'We are the College of Policing. We have launched the Police Now programme.';
    const all = relationsWithout(text, []);
    const off = relationsWithout(text, ['first-person-body']);
    expect(all.some((r) => r.startsWith('first-person-body: '))).toBe(true);
    expect(off.some((r) => r.startsWith('first-person-body: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('first-person-body: '))));
  });
});
