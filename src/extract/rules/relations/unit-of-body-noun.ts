// A body described as another body's unit by a noun of units after that body's name (PART_OF):
// "The Cheque and Plastic Crime Unit is a joint MPS and City of London Police unit", "the Fraud
// Squad, a Metropolitan Police team, …". The owner stands after `a`/`an` (and `joint`), the noun of
// units right after it or after one lower-case word ("a Home Office specialist unit"); the nouns are
// `partHeads` in data/relation-frames.json. "is a Home Office success" names no unit and is not read.

import { partHeads } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const unitOfBodyNounRule: SentenceRule = {
  name: 'unit-of-body-noun',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const part of refs) {
      if (!isEntity(part, 'Body') || part.short) continue;
      let k = (part.mention?.extentTo ?? part.to) + 1;
      // its acronym in brackets
      const acr = refs.find((r) => r.from === k && r.group === part.group);
      if (acr) k = acr.to + 1;
      const comma = /,\s*$/.test(tokens[k - 1]!.post);
      if (/^(is|was|remains)$/.test(words[k] ?? '')) k++;
      else if (!comma) continue;
      if (!/^(a|an)$/.test(words[k] ?? '')) continue;
      k++;
      if (words[k] === 'joint') k++;
      // the owners: bodies joined by `and`
      const owners: Group[] = [];
      let last = k - 1;
      for (const r of refs) {
        if (r.from <= last || r.kind === 'blocker') continue;
        if (r.from !== last + 1 && !(owners.length > 0 && words[last + 1] === 'and' && r.from === last + 2)) break;
        if (!isEntity(r, 'Body')) break;
        owners.push(r.group);
        last = r.mention?.extentTo ?? r.to;
      }
      if (owners.length === 0 || /[,;:.()]/.test(tokens[last]!.post)) continue;
      const n = partHeads.has(words[last + 1] ?? '')
        ? last + 1
        : /^[a-z-]+$/.test(tokens[last + 1]?.text ?? '') && partHeads.has(words[last + 2] ?? '')
          ? last + 2
          : -1;
      if (n < 0 || refs.some((r) => r.from > last && r.from <= n && r.kind !== 'blocker')) continue;
      for (const o of owners) if (o !== part.group) emit.relation('PART_OF', part.group, o);
    }
  },
};
