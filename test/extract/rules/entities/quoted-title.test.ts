// Specification of the `quoted-title` entity rule: a quoted title before a programme head.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('quoted-title', () => {
  it.each([
    ['In December we will launch the ‘This is Abuse’ campaign.', ['Programme This is Abuse']],
    // the title is the subject of a copula that says what it is
    ['‘A Fresh Start’ is the name of a 10-week course run by a social enterprise near Stroud.', ['Programme A Fresh Start']],
    ['‘Safer Together’ is one of 410 projects in the county.', ['Programme Safer Together']],
    ['“Street Safe” was a pilot scheme in three forces.', ['Programme Street Safe']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'quoted-title')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['He said ‘This is Abuse’ to the court.'],
    // the copula's noun must be the phrase's own, not a later one's
    ['‘Policing for the Future’ is a report by the Committee.'],
    ['‘A Fresh Start’ is what he needed.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'quoted-title')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('In December we will launch the ‘This is Abuse’ campaign.', []);
    const off = entitiesWithout('In December we will launch the ‘This is Abuse’ campaign.', ['quoted-title']);
    expect(all.some((x) => x.startsWith('quoted-title: '))).toBe(true);
    expect(off.some((x) => x.startsWith('quoted-title: '))).toBe(false);
    expect(entitiesWithout('He said ‘This is Abuse’ to the court.', ['quoted-title'])).toEqual(entitiesWithout('He said ‘This is Abuse’ to the court.', []));
  });
});
