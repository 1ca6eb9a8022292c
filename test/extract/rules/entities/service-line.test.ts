// Specification of the `service-line` entity rule: a line the public calls or texts is a Programme.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, extractText } from '../../extract-item.js';

const all = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();

describe('service-line', () => {
  it.each([
    ['If you are a victim of a crime, the Victim Advice Line is available to anyone.', ['Programme Victim Advice Line']],
    ['Call the Anti-Terrorist Hotline on 0800 789 321.', ['Programme Anti-Terrorist Hotline']],
    ['The Domestic Abuse Support Line is open all day.', ['Programme Domestic Abuse Support Line']],
    // a known body opening the name stays a body inside it
    ['The Home Office Support Line opened.', ['Body Home Office', 'Programme Home Office Support Line']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([['He watched Line of Duty and spoke of the Thin Blue Line.'], ['Officers on the Front Line deserve support.']])(
    'names no service in: %s',
    (text) => {
      expect(all(text)).toEqual([]);
    },
  );

  it('is switched off alone', () => {
    const text = 'If you are a victim of a crime, the Victim Advice Line is available to anyone.';
    expect(entitiesWithout(text, [])).toEqual(['service-line: Programme Victim Advice Line']);
    expect(entitiesWithout(text, ['service-line'])).toEqual([]);
  });
});
