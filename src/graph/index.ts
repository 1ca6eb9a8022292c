// Public face of the graph stage: build the property graph from a resolved corpus, summarise
// it, and save or load it as a snapshot directory.

export {
  buildGraph,
  coOccurrenceChanges,
  coOccurrences,
  documentEntityIds,
  documentFingerprint,
  DOCUMENT_LOCAL_TYPES,
  edgeKey,
  graphFromRecords,
  graphRecords,
  itemNodeId,
  itemNumber,
} from './build-graph.js';
export type { DocumentEntityIds, EdgeRecord, GraphRecords, GraphRecordsOptions, NodeRecord } from './build-graph.js';
export { spliceableIds } from './splice-snapshot.js';
export { copiedRecords, documentRelationKeys } from './copied-records.js';
export type { PreviousDocument } from './copied-records.js';
export { EvidenceReferences, leanExtractions, saveStreamedSnapshot } from './stream-snapshot.js';
export type { DocumentExtractions, ReadDocument, StreamOptions } from './stream-snapshot.js';
export type { SpliceReport, SpliceSource } from './splice-snapshot.js';
export { canonicalJson } from './canonical-json.js';
export { recoverDirectory, writeDirectoryAtomically } from './atomic-directory.js';
export {
  assertSnapshotTarget,
  createRecordSnapshot,
  createSnapshot,
  loadSnapshot,
  manifestDocument,
  openSnapshotColumns,
  saveRecordSnapshot,
  saveSnapshot,
  saveSplicedSnapshot,
  serializeGraph,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
} from './snapshot.js';
export type { ColumnarSnapshot, LoadOptions, LoadProgress, SaveOptions } from './snapshot.js';
export { GraphColumns } from './graph-columns.js';
export type { ManifestDocument, RecordSnapshot, Snapshot, SnapshotManifest } from './snapshot.js';
export { seededRandom } from './seeded-random.js';
export { countRecords, summarizeGraph } from './summarize-graph.js';
export type { GraphSummary } from './summarize-graph.js';
export { commonjsDefault } from './commonjs-default.js';
export { ENTITY_LABELS, NODE_LABELS, RELATIONSHIP_TYPES } from './schema.js';
export type { EdgeAttributes, NodeAttributes, NodeLabel, Properties, PropertyGraph, PropertyValue, RelationshipType } from './schema.js';
