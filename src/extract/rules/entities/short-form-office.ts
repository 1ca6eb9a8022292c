// An office of a body named by its short form: "the College Chief Executive", "the Agency Director
// General", "the Commission Chair". The short form stands for a body named elsewhere (the College of
// Policing); the run is the office, not a body of its own. Short forms are `shortFormHeads` in
// data/name-shapes.json, offices data/roles.json.

import { shortFormHeads } from '../../lexicon.js';
import type { ChunkRule } from './rule.js';
import { isRoleWords, spanText } from './name-parts.js';

export const SHORT_FORM_OFFICE = 'short-form-office';

export const shortFormOfficeRule: ChunkRule = {
  name: SHORT_FORM_OFFICE,
  words: 'many',
  apply(ctx, { from, to, ws }) {
    if (!shortFormHeads.has(ws[0]!.toLowerCase()) || !isRoleWords(ws.slice(1))) return undefined;
    return [{ type: 'Role', from: from + 1, to, name: spanText(ctx, from + 1, to) }];
  },
};
