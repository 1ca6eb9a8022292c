// The programmatic API: build a knowledge graph from newsletters, open a snapshot or connect
// to Neo4j, and ask it questions.

export { KnowledgeGraph } from './knowledge-graph.js';
export type { ConnectOptions, NeighbourOptions, OpenOptions } from './knowledge-graph.js';
export { build } from './build.js';
export { EmbeddedBackend, Neo4jBackend, openQueryBackend } from './backend.js';
export type { BackendOptions, OpenBackendOptions, QueryBackend } from './backend.js';
export { cypherParams } from './query-params.js';
export { API_QUERIES } from './api-queries.js';
export type { ApiQuery, QueryParam } from './api-queries.js';
export { RowReader, describeValue } from './row-decoder.js';
export type { Decoder } from './row-decoder.js';
export type { BuildOptions } from './build.js';
export { namedQuery, parseQueryFile, queriesDirectory } from './named-queries.js';
export type { QueryFile } from './named-queries.js';
export { prepareName, preparedSimilarity, similarity } from './similarity.js';
export type { PreparedName } from './similarity.js';
export type {
  CentralityRecord,
  Community,
  CommunityResult,
  EntityRecord,
  EntityRef,
  EntityType,
  GraphStats,
  MentionRecord,
  NeighbourRecord,
  NodeRecord,
  PathRecord,
  RelatedRecord,
  RelationshipRecord,
  Row,
  SearchHit,
  TimelineRecord,
} from './types.js';
