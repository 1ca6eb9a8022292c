// A name with no head word is typed by the noun a naming verb ties it to: "a new scheme called
// Street Safe", "the charity, known as Catch22", "Called ACT Awareness e-Learning, the training
// was developed …". The verbs are `namingVerbs` and the nouns `namedNouns` in
// data/legislation-shapes.json (a training, a course, an app are programmes; a charity, a
// group are organisations). A report or a film `called` something names no entity: its noun is
// not in the list.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import type { Token } from '../../nlp.js';
import { breaksAfter, wordOf } from '../../internal/words.js';

export const NAMED_BY_VERB = 'named-by-verb';

const nouns = shapes.namedNouns as Record<string, 'Programme' | 'Body'>;
const verbs = shapes.namingVerbs.map((v) => v.split(' '));
const lower = (t: Token | undefined) => (t ? wordOf(t).toLowerCase() : '');

/** The naming verb that ends right before token `s0`: its first token, or -1. */
function verbBefore(tokens: Token[], s0: number): number {
  for (const v of verbs) {
    const at = s0 - v.length;
    if (at < 0 || breaksAfter(tokens[s0 - 1]!, tokens[s0])) continue;
    if (v.every((w, i) => lower(tokens[at + i]) === w)) return at;
  }
  return -1;
}

/** The name a naming verb types in the capitalised run `i..j` (its first token and type), if any. */
export function namedByVerb(tokens: Token[], i: number, j: number): { from: number; type: 'Programme' | 'Body' } | undefined {
  // "Called X, the training was …": the verb opens the sentence, and the subject after the comma says what X is
  if (i === 0 && j > 0 && verbs.some((v) => v.length === 1 && v[0] === lower(tokens[0]))) {
    if (!/^,\s*$/.test(tokens[j]!.post) || !/^(the|this|a|an|our|its)$/.test(lower(tokens[j + 1]))) return undefined;
    for (let k = j + 2; k < Math.min(tokens.length, j + 5); k++) {
      const type = nouns[lower(tokens[k])];
      if (type) return { from: 1, type };
      if (breaksAfter(tokens[k]!, tokens[k + 1])) return undefined;
    }
    return undefined;
  }
  // "a new scheme called X", "the charity, known as X,"
  const at = verbBefore(tokens, i);
  const type = at > 0 ? nouns[lower(tokens[at - 1])] : undefined;
  return type ? { from: i, type } : undefined;
}
