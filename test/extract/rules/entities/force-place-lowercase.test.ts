// Specification of the `force-place-lowercase` entity rule: a force's place and a lower-case head.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('force-place-lowercase', () => {
  it.each([
    ['He became chief constable of Hampshire constabulary in 2008.', ['Body Hampshire constabulary']],
    ['Officers from Kent police attended.', ['Body Kent police']],
    // a known force's own name with its head in lower case
    ['He published his report on the future of the Metropolitan police.', ['Body Metropolitan police']],
    // the force's former authority is a body of its own
    ['Will she congratulate Gwent police authority, which was assessed by inspectors?', ['Body Gwent police authority']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'force-place-lowercase')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Police in the Kent area attended.'],
    ['Home Office police reforms were announced.'],
    ['The Sussex police and crime commissioner must fund the work.'],
    ['The Metropolitan area police were stretched.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'force-place-lowercase')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const all = entitiesWithout('He became chief constable of Hampshire constabulary in 2008.', []);
    const off = entitiesWithout('He became chief constable of Hampshire constabulary in 2008.', ['force-place-lowercase']);
    expect(all.some((x) => x.startsWith('force-place-lowercase: '))).toBe(true);
    expect(off.some((x) => x.startsWith('force-place-lowercase: '))).toBe(false);
    expect(entitiesWithout('Police in the Kent area attended.', ['force-place-lowercase'])).toEqual(entitiesWithout('Police in the Kent area attended.', []));
  });
});
