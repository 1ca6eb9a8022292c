// A person's name then the office, with no comma, as bylines and quotation lines write them:
// "David Keane Police & Crime Commissioner said", "Jane Smith Chief Executive". The name must be a
// person's by itself (a known first name, or an honorific or post-nominal) and the rest an office
// (data/roles.json).

import { roleHeads, roleTitles } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';
import { isPersonByItself, isRoleWords, spanText, words } from './name-parts.js';

export const PERSON_THEN_OFFICE = 'person-then-office';

export const personThenOfficeRule: ChunkRule = {
  name: PERSON_THEN_OFFICE,
  words: 'many',
  apply(ctx, { from, to, ws, extentFrom, marked, postRole }) {
    // the run must end in an office's head (`… Commissioner`, `Chief Executive`); most runs are read no further
    const last = ws[ws.length - 1]!.toLowerCase();
    if (ws.length < 3 || !(roleHeads.has(last) || roleTitles.has(last) || /^(commissioner|executive|officer)$/.test(last))) return undefined;
    for (const n of [2, 3]) {
      const k = from + n - 1;
      if (k >= to) break;
      const office = words(ctx, k + 1, to);
      // the office opens with a capitalised word and ends in an office's head (`… Commissioner`, `Chief Executive`)
      const headLast = roleHeads.has(office[office.length - 1]!.toLowerCase()) || roleTitles.has(office.join(' ').toLowerCase().replace(/ & /g, ' and '));
      if (!/^\p{Lu}/u.test(office[0]!) || !headLast || !isPersonByItself(ctx, from, k, marked) || !isRoleWords(office)) continue;
      return [
        { type: 'Person', from, to: k, name: spanText(ctx, from, k), postNominalRole: postRole, extentFrom, extentTo: k },
        { type: 'Role', from: k + 1, to, name: spanText(ctx, k + 1, to), holder: 0 },
      ];
    }
    return undefined;
  },
};
