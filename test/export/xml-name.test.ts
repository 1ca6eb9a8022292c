// Ids as XML name tokens (GraphML's xs:NMTOKEN): tokens stay as they are, anything else becomes
// `_xHHHH_`, and a literal `_x` is escaped too so every token reads back to one id only.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameToken } from '../../src/export/xml-name.js';
import { fromNameToken } from './helpers/read-back.js';

describe('nameToken', () => {
  it.each([
    ['person:theresa-may', 'person:theresa-may'],
    ['000_79e92bb3579205a4', '000_79e92bb3579205a4'],
    ['000_79e92bb3579205a4#1', '000_79e92bb3579205a4_x0023_1'],
    ['LEADS:body:hmic->programme:peel', 'LEADS:body:hmic-_x003E_programme:peel'],
    ['a b', 'a_x0020_b'],
    ['literal _x0023_', 'literal_x0020__x005F_x0023_'],
    ['x_y', 'x_y'],
    ['Zoë', 'Zo_x00EB_'],
    ['👮', '_x1F46E_'],
  ])('%j is written %j', (id, token) => {
    expect(nameToken(id)).toBe(token);
    expect(fromNameToken(token)).toBe(id);
  });

  it('gives a name token that reads back to the id, for any id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (id) => {
        const token = nameToken(id);
        expect(token).toMatch(/^[A-Za-z0-9._:-]+$/);
        expect(fromNameToken(token)).toBe(id);
      }),
      { numRuns: 300 },
    );
  });
});
