// A kind of legislation is not a piece of it: "will become an Act of Parliament", "a Private
// Member's Bill", "by Statutory Instrument" name no particular Act, though their head is an
// Act's. The phrases are `genericLegislation` in data/legislation-shapes.json.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import type { ChunkRule } from './rule.js';

export const GENERIC_LEGISLATION = 'generic-legislation';

const key = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const generic: ReadonlySet<string> = new Set(shapes.genericLegislation.map(key));

/** True when the words are a kind of legislation (`Act of Parliament`), not a named one. */
export function isGenericLegislation(text: string): boolean {
  return generic.has(key(text));
}

export const genericLegislationRule: ChunkRule = {
  name: GENERIC_LEGISLATION,
  words: 'many',
  apply(_ctx, { text }) {
    return isGenericLegislation(text) ? [] : undefined;
  },
};
