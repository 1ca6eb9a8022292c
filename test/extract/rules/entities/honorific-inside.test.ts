// Specification of the `honorific-inside` entity rule: an honorific after a connector inside a run starts the name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('honorific-inside', () => {
  it.each([['Letter to Rt Hon Sir Alan Beith MP, Chair of the Justice Select Committee, from the minister.', ['Person Alan Beith']]] as [string, string[]][])(
    '%s',
    (text, expected) => {
      expect(ruleEntities(text, 'honorific-inside')).toEqual(expect.arrayContaining(expected));
    },
  );

  it.each([['The review, led by Frank Field MP, Maria Miller MP and Baroness Butler-Sloss, reported.']])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'honorific-inside')).toEqual([]);
  });

  it('is switched off alone: what it typed goes, and a text it does not read is unchanged', () => {
    const text = 'Letter to Rt Hon Sir Alan Beith MP, Chair of the Justice Select Committee, from the minister.';
    expect(entitiesWithout(text, []).some((x) => x.startsWith('honorific-inside: '))).toBe(true);
    expect(entitiesWithout(text, ['honorific-inside']).some((x) => x.startsWith('honorific-inside: '))).toBe(false);
    const other = 'The Home Office published the plan.';
    expect(entitiesWithout(other, ['honorific-inside'])).toEqual(entitiesWithout(other, []));
  });
});
