// Specification of the `short-form-office` entity rule: an office of a body named by its short form.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText, names } from '../../extract-item.js';

describe('short-form-office', () => {
  it.each([['The board comprises the College Chief Executive and four independent directors.'], ['The Commission Chair wrote to the Minister.']])(
    'names no body in: %s',
    (text) => {
      expect(names(extractText(text), 'Body')).toEqual([]);
    },
  );

  it('leaves a body whose name only opens with a short form', () => {
    expect(names(extractText('The College of Policing Chief Executive spoke.'), 'Body')).toEqual(['College of Policing']);
  });

  it('is switched off alone', () => {
    const text = 'The board comprises the College Chief Executive and four independent directors.';
    expect(entitiesWithout(text, ['short-form-office']).some((x) => x.includes('College Chief Executive'))).toBe(true);
  });
});
