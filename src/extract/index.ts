// Public face of the extraction stage: documents in, per-item entities, roles and relations
// out. The compromise plugin and the lexicon stay internal.

export { extractDocument, extractor } from './extract-document.js';
export { tokenizeText } from './nlp.js';
export type { Token, TokenSentence } from './nlp.js';
export { nameKey, oneWordInserted } from './internal/name-key.js';
export { ENTITY_TYPES, RELATION_TYPES } from './types.js';
export { RELATION_RULE_NAMES } from './rules/relations/index.js';
export type { ExtractOptions, EntityType, RelationType, Evidence, Mention, ItemEntity, ItemRelation, ItemExtraction } from './types.js';
export { ENTITY_RULE_NAMES } from './rules/entities/index.js';
