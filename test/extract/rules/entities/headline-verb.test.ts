// Specification of the `headline-verb` entity rule: a headline's verb is no part of a name.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string, title = '') =>
  extractText(text, title)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('headline-verb', () => {
  it.each([
    ['Home Secretary Launches New Knife Crime Strategy', ['Programme Knife Crime Strategy']],
    ['Constabulary Welcomes Rural Crime Network Report', []],
    ['Durham Constabulary Unveils Youth Diversion Scheme', ['Body Durham Constabulary', 'Programme Youth Diversion Scheme']],
  ] as [string, string[]][])('%s', (title, expected) => {
    expect(all('The item text.', title)).toEqual(expected);
  });

  it.each([
    ['The Police Race Action Plan was published.', ['Programme Police Race Action Plan']],
    ['The Police Innovation Fund opens in May.', ['Programme Police Innovation Fund']],
  ] as [string, string[]][])('leaves a name without a headline verb whole: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    const title = 'Home Secretary Launches New Knife Crime Strategy';
    expect(entitiesWithout('The item text.', [], title)).toEqual(['headline-verb: Programme Knife Crime Strategy']);
    expect(entitiesWithout('The item text.', ['headline-verb'], title)).toEqual(['name-shape: Programme Home Secretary Launches New Knife Crime Strategy']);
  });
});
