// Specification of the `agent-clause` entity rule: a network or partnership that acts is an organisation.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('agent-clause', () => {
  it.each([
    ['Young people were referred to the Grace Network which operates the scheme.', ['Body Grace Network']],
    ['The Safer Roads Partnership said it would act.', ['Body Safer Roads Partnership']],
    ['The Rural Crime Network, which represents PCCs, met.', ['Body Rural Crime Network']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // no verb makes it an agent: the head word decides
    ['Forces joined the Digital Policing Network last year.', ['Programme Digital Policing Network']],
    // a known name keeps its type
    ['The Emergency Services Network which provides radio will be late.', ['Programme Emergency Services Network']],
    // a head that names only programmes is not retyped
    ['The Police Innovation Fund which supports projects opened.', ['Programme Police Innovation Fund']],
  ] as [string, string[]][])('keeps the Programme in: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('is switched off alone', () => {
    const text = 'Young people were referred to the Grace Network which operates the scheme.';
    expect(entitiesWithout(text, [])).toEqual(['agent-clause: Body Grace Network']);
    expect(entitiesWithout(text, ['agent-clause'])).toEqual(['name-shape: Programme Grace Network']);
  });
});
