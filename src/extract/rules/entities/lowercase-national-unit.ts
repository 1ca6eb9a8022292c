// A national unit written in lower case: "the national public order intelligence unit", "the
// national police air service". `the`, then `national`, a few lower-case words and a unit's head
// (`nationalUnitHeads` in data/name-shapes.json) name one body: there is one national unit of a kind.
// A local one (`the local policing unit`) is a kind, and is left alone.

import type { Token } from '../../nlp.js';
import { lookupName, nationalUnitHeads } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const LOWERCASE_NATIONAL_UNIT = 'lowercase-national-unit';

/** Words that end a name's run of lower-case words (`the national lead for the service`). */
const FUNCTION_WORD = /^(the|a|an|of|for|and|or|to|in|on|at|by|with|from|is|are|was|were|has|have|will|would|its|their|our|that|which|who)$/;

/** The mention when token `i` is `the` opening such a name, else undefined. */
export function lowercaseNationalUnit(tokens: Token[], i: number, text: string, offset: number): SentenceMention | undefined {
  if (wordOf(tokens[i]!).toLowerCase() !== 'the' || tokens[i + 1]?.text !== 'national') return undefined;
  for (let e = i + 3; e <= Math.min(tokens.length - 1, i + 6); e++) {
    const t = tokens[e - 1]!;
    if (breaksAfter(t, tokens[e]) || !/^[a-z][a-z-]+$/.test(wordOf(tokens[e]!)) || FUNCTION_WORD.test(wordOf(tokens[e]!))) return undefined;
    if (!nationalUnitHeads.has(wordOf(tokens[e]!))) continue;
    const from = i + 1;
    const name = text.slice(tokens[from]!.start - offset, tokens[e]!.end - offset).replace(/\s+/g, ' ');
    const known = lookupName(name);
    return {
      ...(known ? { lexicon: known } : {}),
      type: 'Body',
      from,
      to: e,
      name,
      start: tokens[from]!.start,
      end: tokens[e]!.end,
      rule: LOWERCASE_NATIONAL_UNIT,
    };
  }
  return undefined;
}
