// Specification of the `eponymous-law` entity rule: a law named after a person is legislation.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('eponymous-law', () => {
  it.each([
    ['Helen’s Law will stop killers who refuse to reveal where remains are being released.', ['Act Helen’s Law']],
    ["Finn's Law gives service animals more protection.", ["Act Finn's Law"]],
    // a scheme that the lists know by that name keeps its type
    ['Clare’s Law gives people the right to ask about a partner.', ['Programme Clare’s Law']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    ['Helen’s law degree took three years.', []],
    ['The Law Society’s view differs.', ['Body Law Society']],
  ] as [string, string[]][])('names no law in: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    const text = 'Helen’s Law will stop killers being released.';
    expect(entitiesWithout(text, [])).toEqual(['eponymous-law: Act Helen’s Law']);
    expect(entitiesWithout(text, ['eponymous-law'])).toEqual([]);
  });
});
