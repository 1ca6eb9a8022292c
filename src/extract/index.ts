// Public face of the extraction stage: documents in, per-item entities, roles and relations
// out. The compromise plugin and the lexicon stay internal.

export { extractDocument } from './extract-document.js';
export { tokenizeText } from './nlp.js';
export type { Token, TokenSentence } from './nlp.js';
export { nameKey, oneWordInserted } from './internal/name-key.js';
export { ENTITY_TYPES, RELATION_TYPES } from './types.js';
export type { EntityType, RelationType, Evidence, Mention, ItemEntity, ItemRelation, ItemExtraction } from './types.js';
