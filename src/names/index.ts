// Public face of name keys: one normaliser, with the rules on which the lexicon, resolution and
// search differ as named options. The lowest stage: it imports nothing from crimegraph.

export { normaliseName, LEXICON_RULES, RESOLUTION_RULES, SEARCH_RULES } from './normalise-name.js';
export type { NameRules } from './normalise-name.js';
