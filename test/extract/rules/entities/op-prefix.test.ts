// Specification of the `op-prefix` entity rule: `Op X` is Operation X.

import { describe, expect, it } from 'vitest';
import { documentOf } from '../../extract-item.js';
import { extractor } from '../../../../src/extract/index.js';

const programmes = (text: string, disabledRules: string[] = []) =>
  extractor({ disabledRules })(documentOf([{ text }]))[0]!
    .entities.filter((e) => e.type === 'Programme')
    .map((e) => [e.name, ...e.aliases].join(' | '))
    .sort();

describe('op-prefix', () => {
  it.each([
    ['Forces took part in Op Sceptre, the national week of action.', ['Operation Sceptre | Op Sceptre']],
    ['Operation Bluebell returns. This November, Op Bluebell will focus on knives.', ['Operation Bluebell | Op Bluebell']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(programmes(text)).toEqual(expected);
  });

  it.each([['The OP team met.'], ['Open Doors is a charity.']])('names no operation in: %s', (text) => {
    expect(programmes(text)).toEqual([]);
  });

  it('is switched off alone: the operation keeps the form as written, apart from the full one', () => {
    expect(programmes('Operation Bluebell returns. This November, Op Bluebell will focus on knives.', ['op-prefix'])).toEqual([
      'Op Bluebell',
      'Operation Bluebell',
    ]);
  });
});
