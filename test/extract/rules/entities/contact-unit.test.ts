// Specification of the `contact-unit` entity rule: a body's communications desk is no organisation.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names } from '../../extract-item.js';

describe('contact-unit', () => {
  it.each([
    ['For more information contact the CPS News Centre on 020 3357 0906.', ['CPS']],
    ['Contact: Home Office Press Office, 2 Marsham Street, London.', ['Home Office']],
    ['Press Office\nHome Office\n2 Marsham Street', ['Home Office']],
    ['Media enquiries: Surrey Police Media Relations Team, 01483 630000.', ['Surrey Police']],
  ] as [string, string[]][])('%s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it.each([
    ['The Foreign Office spoke.', ['Foreign Office']],
    ['The Serious Fraud Office charged him.', ['Serious Fraud Office']],
  ] as [string, string[]][])('leaves other offices alone: %s', (text, bodies) => {
    expect(names(extractText(text), 'Body')).toEqual(bodies);
  });

  it('is switched off alone', () => {
    const text = 'For more information contact the CPS News Centre on 020 3357 0906.';
    expect(entitiesWithout(text, []).some((x) => x.endsWith('Body CPS News Centre'))).toBe(false);
    expect(entitiesWithout(text, ['contact-unit']).some((x) => x.endsWith('Body CPS News Centre'))).toBe(true);
  });
});
