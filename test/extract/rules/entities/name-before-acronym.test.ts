// Specification of the `name-before-acronym` entity rule: the acronym defined after a name tells
// what the name is.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, ruleEntities } from '../../extract-item.js';

describe('name-before-acronym', () => {
  it.each([
    // a known acronym: the name is the known body in another wording
    [
      'Her Majesty’s Inspectorate of Constabulary and Fire Services (HMICFRS) reviewed the use of bail.',
      ['Body Her Majesty’s Inspectorate of Constabulary and Fire Services'],
    ],
    // an unknown acronym of every capitalised word, a place closing the name: a local body
    ['Visiting Support After Rape and Sexual Violence Leeds (SARSVL), the Minister said so.', ['Body Support After Rape and Sexual Violence Leeds']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'name-before-acronym')).toEqual(expected);
  });

  it('keeps the acronym as an alias of the name', () => {
    const x = extractText('Her Majesty’s Inspectorate of Constabulary and Fire Services (HMICFRS) reviewed it. HMICFRS found faults.');
    expect(x.entities.filter((e) => e.type === 'Body').map((e) => [e.name, e.aliases])).toEqual([
      ['Her Majesty’s Inspectorate of Constabulary and Fire Services', ['HMICFRS']],
    ]);
  });

  it.each([
    // a field, not a body: no place closes it
    ['Tackling Violence Against Women and Girls (VAWG) is a priority.'],
    // the name is already known whole
    ['The National Crime Agency (NCA) said so.'],
    // the initials are not the acronym's
    ['Staff from Leeds Rape Support Services West Yorkshire (SARSVL) attended.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'name-before-acronym')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'Visiting Support After Rape and Sexual Violence Leeds (SARSVL), the Minister said so.';
    expect(entitiesWithout(text, []).filter((x) => x.startsWith('name-before-acronym'))).toHaveLength(1);
    expect(entitiesWithout(text, ['name-before-acronym']).filter((x) => x.startsWith('name-before-acronym'))).toEqual([]);
  });
});
