// An acronym used alone after `the`, that neither the document defines nor the lexicon knows, is
// a body: "the PIB said", "referred to the IAB". Not when a lower-case noun follows it (`the
// ACS scheme`: a modifier) or it is generic (`the UK`). Applied by the item's entities only when
// the document gives the acronym no definition.

import type { Token } from '../../nlp.js';
import { breaksAfter, wordOf } from '../../internal/words.js';

export const ACRONYM_AFTER_THE = 'acronym-after-the';

/** Whether the acronym at token `at` is used as a body's name: `the` before it, no noun after it. */
export function acronymUsedAsBody(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || wordOf(before).toLowerCase() !== 'the' || breaksAfter(before, tokens[at])) return false;
  const next = tokens[at + 1];
  // "the COVID-19 pandemic": a hyphened word goes on
  if (tokens[at]!.post === '-') return false;
  if (!next || breaksAfter(tokens[at]!, next)) return true;
  const w = wordOf(next);
  // a verb or a function word after it: "the PIB said", "the IAB has", "the PIB and the IOPC"
  return /^(said|says|has|have|had|is|was|will|would|can|could|should|may|must|and|or|to|in|on|for|with|which|who|that|also|found|agreed|concluded|decided|recommended|published|made|received|considered|heard)$/.test(
    w,
  );
}
