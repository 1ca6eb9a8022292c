// Specification of the `inside-quoted-title` entity rule: a name-shaped phrase inside a longer quoted title is part of the title.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('inside-quoted-title', () => {
  it.each([
    ['The lecture, entitled ‘The Importance of a Plan to Win’, is available to download.', []],
    ['She wrote the essay “Lessons From the Crime Reduction Programme for Schools” last year.', []],
    // a known name inside the title is still that name
    ['The report ‘Home Office Annual Report and Accounts’ is out.', ['Body Home Office']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    // the quote is the name itself
    ['He backed the ‘Community Safety Fund’ bid.', ['Programme Community Safety Fund']],
    // quoted speech is not a title: its names stay
    ['‘We will open the Community Safety Fund next year,’ she said.', ['Programme Community Safety Fund']],
  ] as [string, string[]][])('keeps the name in: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    const text = 'The lecture, entitled ‘The Importance of a Plan to Win’, is available.';
    expect(entitiesWithout(text, [])).toEqual([]);
    expect(entitiesWithout(text, ['inside-quoted-title'])).toEqual(['name-shape: Programme Plan to Win']);
  });
});
