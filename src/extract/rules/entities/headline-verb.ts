// A headline written in title case runs a sentence into one capitalised run: "Home Secretary
// Launches New Knife Crime Strategy", "Force Welcomes Police Federation Report". A verb of
// headline usage inside the run (`headlineVerbs` in data/legislation-shapes.json: Launches,
// Announces, Welcomes, Opens, …) is no part of a name: the words before it and after it are
// read apart, so the run names `Knife Crime Strategy`, not the whole headline.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import type { ChunkRule } from './rule.js';

export const HEADLINE_VERB = 'headline-verb';

const verbs: ReadonlySet<string> = new Set(shapes.headlineVerbs);

export const headlineVerbRule: ChunkRule = {
  name: HEADLINE_VERB,
  words: 'many',
  apply(_ctx, { from, to, ws, depth }, classify) {
    // the verb is never the run's first word ("Launches" would be no headline's subject)
    const k = ws.findIndex((w, i) => i > 0 && verbs.has(w));
    if (k < 0) return undefined;
    const at = from + k;
    const before = at > from ? classify(from, at - 1, depth) : [];
    const after = at < to ? classify(at + 1, to, depth) : [];
    return [...before, ...after];
  },
};
