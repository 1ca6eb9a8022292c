// A government described by its party, as GOV.UK's history banner and debates write it: "published
// under the 2015 to 2016 Cameron Conservative government", "the Conservative and Liberal Democrat
// coalition government", "the Labour Government". The run describes a government; it names no person
// (`Cameron Conservative`) and no party as an organisation. The parties are `partyNames` in
// data/name-shapes.json.

import { partyNames } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';

export const PARTY_GOVERNMENT = 'party-government';

export const partyGovernmentRule: ChunkRule = {
  name: PARTY_GOVERNMENT,
  words: 'any',
  apply(ctx, { from, to }) {
    const next = ctx.tokens[to + 1];
    if (!next || !/^(government|governments|coalition|administration)$/i.test(wordOf(next))) return undefined;
    const last = spanText(ctx, to, to);
    const lastTwo = to > from ? spanText(ctx, to - 1, to) : last;
    return partyNames.has(last) || partyNames.has(lastTwo) ? [] : undefined;
  },
};
