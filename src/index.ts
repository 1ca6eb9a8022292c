// The crimegraph package: build a knowledge graph of crime and policing news and question it.
// `KnowledgeGraph` and `build` are the front door; the stages below them are exported for
// callers who want one part (the Cypher engine and its phases, the exporters, the pipeline).
// Every error class a call can throw is exported, so callers can match with `instanceof` and
// `code`. The package's declared surface is checked: see etc/README.md.

export { KnowledgeGraph, build } from './api/index.js';
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
  RelatedRecord,
  RelationshipRecord,
  Row,
  SearchHit,
  TimelineRecord,
} from './api/index.js';
export { readCorpus, runPipeline } from './api/pipeline.js';
export type { CorpusResult, PipelineOptions, PipelineProgress, PipelineResult } from './api/pipeline.js';
export type { CachedDocument } from './cache/index.js';

export {
  CrimegraphError,
  CypherError,
  CYPHER_ERROR_DETAILS,
  CYPHER_ERROR_TYPES,
  EntityNotFoundError,
  InputError,
  InternalQueryError,
  InvalidArgumentError,
  InvariantError,
  QueryLimitError,
  RowShapeError,
  StoreError,
  UnsupportedOperationError,
  UsageError,
  formatError,
} from './errors.js';
export type {
  CypherErrorCode,
  CypherErrorDetail,
  CypherErrorType,
  UpperSnakeCase,
  CypherPhase,
  InputErrorCode,
  QueryLimitCode,
  SourcePosition,
  StoreErrorCode,
} from './errors.js';
export { Neo4jError } from './neo4j/index.js';
export type { Neo4jErrorCode } from './neo4j/index.js';
export { ExportError } from './export/index.js';
export type { ExportErrorCode } from './export/index.js';

export { CypherEngine, formatResult, fromJson, toJson, Node, Relationship, Path, TemporalValue } from './cypher/index.js';
export type {
  CypherEngineOptions,
  CypherMap,
  CypherValue,
  GraphSource,
  PlanOperator,
  ProcedureTable,
  QueryResult,
  QueryStatistics,
  ResultFormat,
} from './cypher/index.js';
// The engine's phases, which CypherEngine.run composes: parse -> validate -> plan -> execute.
export { parse, validate, plan, execute } from './cypher/index.js';
export type { ExecuteOptions, Plan } from './cypher/index.js';

export { createSnapshot, loadSnapshot, saveSnapshot } from './graph/index.js';
export type {
  EdgeAttributes,
  LoadOptions,
  LoadProgress,
  SaveOptions,
  ManifestDocument,
  NodeAttributes,
  Properties,
  PropertyGraph,
  PropertyValue,
  Snapshot,
  SnapshotManifest,
} from './graph/index.js';
export type { GraphSummary } from './graph/index.js';
// The data each stage hands the next, for callers of runPipeline and createSnapshot.
export type { Document, Item, SourceFormat } from './ingest/index.js';
export type { Evidence, ItemEntity, ItemExtraction, ItemRelation, Mention, RelationType } from './extract/index.js';
export type { AcronymDocuments, Entity, EntityMention, ItemEntities, MergeLogEntry, Relation, ResolvedCorpus, Role } from './resolve/index.js';

export { exportGraph, EXPORT_FORMATS } from './export/index.js';
export type { ExportFile, ExportFormat, ExportOptions, ExportOutput, ExportRequest, ExportScope, ImportanceMeasure } from './export/index.js';
