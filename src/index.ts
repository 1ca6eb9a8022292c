// The crimegraph package: build a knowledge graph of crime and policing news and question it.
// `KnowledgeGraph` and `build` are the front door; the stages below them are exported for
// callers who want one part (the Cypher engine, the exporters, the pipeline).

export { KnowledgeGraph, build, namedQuery, parseQueryFile, queriesDirectory } from './api/index.js';
export type {
  BuildOptions,
  CentralityRecord,
  Community,
  CommunityResult,
  ConnectOptions,
  OpenOptions,
  EntityRecord,
  EntityRef,
  EntityType,
  GraphStats,
  MentionRecord,
  NeighbourOptions,
  NeighbourRecord,
  NodeRecord,
  PathRecord,
  QueryFile,
  RelatedRecord,
  RelationshipRecord,
  Row,
  SearchHit,
  TimelineRecord,
} from './api/index.js';
export { runPipeline } from './api/pipeline.js';
export type { PipelineOptions, PipelineProgress, PipelineResult } from './api/pipeline.js';

export {
  CrimegraphError,
  CypherError,
  EntityNotFoundError,
  InputError,
  InternalQueryError,
  InvalidArgumentError,
  QueryLimitError,
  StoreError,
  UnsupportedOperationError,
  UsageError,
  formatError,
} from './errors.js';
export type { CypherPhase, QueryLimitCode, SourcePosition } from './errors.js';

export { CypherEngine, formatResult, fromJson, toJson, Node, Relationship, Path, TemporalValue } from './cypher/index.js';
export type { CypherEngineOptions, CypherValue, QueryResult, QueryStatistics, ResultFormat } from './cypher/index.js';

export { createSnapshot, loadSnapshot, saveSnapshot } from './graph/index.js';
export type { PropertyGraph, Snapshot } from './graph/index.js';

export { exportGraph, EXPORT_FORMATS } from './export/index.js';
export type { ExportFormat, ExportRequest } from './export/index.js';
