// Specification of the `party-government` entity rule: a government described by its party names no one.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) => extractText(text).entities.map((e) => `${e.type} ${e.name}`);

describe('party-government', () => {
  it.each([
    ['This was published under the 2015 to 2016 Cameron Conservative government.'],
    ['This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government.'],
    ['The Labour Government introduced the Act.'],
  ])('names nothing in: %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it('leaves a party named as an organisation alone', () => {
    expect(entitiesWithout('The Conservative Party published its manifesto.', ['party-government'])).toEqual(
      entitiesWithout('The Conservative Party published its manifesto.', []),
    );
  });

  it('is switched off alone', () => {
    const text = 'This was published under the 2015 to 2016 Cameron Conservative government.';
    expect(entitiesWithout(text, [])).toEqual([]);
    expect(entitiesWithout(text, ['party-government']).length).toBeGreaterThan(0);
  });
});
