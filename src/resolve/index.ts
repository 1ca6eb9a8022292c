// Public face of the resolution stage: canonical entities across the corpus, stable ids,
// and the merge log.

export { resolveCorpus } from './resolve-corpus.js';
export { entityId, roleId, slug } from './entity-id.js';
export { nameKey } from './name-key.js';
export { isMergeLogEntry, mergeLogEntries } from './types.js';
export type { AcronymDocuments, Entity, EntityMention, ItemEntities, Role, Relation, MergeLogEntry, ResolvedCorpus } from './types.js';
export type { ResolveOptions } from './resolve-corpus.js';
export { resolveChanges, resolutionOf, stateCorpus } from './resolve-changes.js';
export type { ChangedDocument, CorpusChange, ResolvedChange } from './resolve-changes.js';
export { emptyResolutionState, parseResolutionState, serializeResolutionState } from './resolution-state.js';
export type { ResolutionState } from './resolution-state.js';
