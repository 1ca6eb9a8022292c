// Public face of the extraction cache: per-file extractions kept between builds, keyed by
// content and extractor version, so a build extracts only what it has not seen.

export { ExtractionCache, snapshotCachePath, resolutionPart, CACHE_FORMAT, RESOLUTION_PART_FORMAT } from './extraction-cache.js';
export type { CachedDocument, ExtractionCacheOptions } from './extraction-cache.js';
export { extractorVersion, hashSources } from './extractor-version.js';
export { readBuildState, readResolutionState, writeBuildState, writeResolutionState, BUILD_STATE_FORMAT } from './build-state.js';
export type { BuildState, BuildStateDocument, DocumentSummary } from './build-state.js';
