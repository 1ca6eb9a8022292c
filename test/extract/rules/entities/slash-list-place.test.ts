// Specification of the `slash-list-place` entity rule: the last place of a slash-joined list is not part of the name after it.

import { describe, expect, it } from 'vitest';
import { entitiesWithout } from '../../extract-item.js';

describe('slash-list-place', () => {
  it.each([
    [
      'Cornwall/Dorset/Gloucestershire South-west Region Shared Services Programme delivers back-office services.',
      ['Programme South-west Region Shared Services Programme'],
    ],
    ['Cheshire/Merseyside/North Wales North-west Regional Cross-Border Crime Team works across borders.', ['Body North-west Regional Cross-Border Crime Team']],
  ] as [string, string[]][])('%s', (text, expected) => {
    const all = entitiesWithout(text, []);
    for (const e of expected) expect(all.some((x) => x.endsWith(`: ${e}`))).toBe(true);
    expect(all.some((x) => /Gloucestershire South|Wales North/.test(x))).toBe(false);
  });

  it.each([
    ['The Home Office/Cabinet Office Joint Unit published its report.'],
    ['Officers from Kent Police attended the Dorset Police Federation meeting.'],
    ['The HMIC/HMICFRS report was published.'],
  ])('skips no place in: %s', (text) => {
    expect(entitiesWithout(text, [])).toEqual(entitiesWithout(text, ['slash-list-place']));
  });

  it('is switched off alone: the place stays at the front of the name', () => {
    const text = 'Cornwall/Dorset/Gloucestershire South-west Region Shared Services Programme delivers back-office services.';
    expect(entitiesWithout(text, ['slash-list-place']).some((x) => /Gloucestershire South-west/.test(x))).toBe(true);
  });
});
