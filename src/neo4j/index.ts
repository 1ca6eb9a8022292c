// Neo4j: one connection owner, a batched idempotent loader, and results converted to the embedded
// engine's QueryResult so the same formatter prints both engines' rows.

export { Neo4jConnection, toQueryResult, DEFAULT_WAIT_MS } from './connection.js';
export type { Neo4jConnectOptions } from './connection.js';
export { Neo4jError, toNeo4jError } from './neo4j-error.js';
export type { Neo4jErrorCode } from './neo4j-error.js';
export { loadGraph } from './loader.js';
export type { LoadOptions, LoadProgress, LoadSummary, LoadTarget } from './loader.js';
export { planLoad, constraintStatement, nodeStatement, relationshipStatement } from './load-plan.js';
export type { LoadPlan, LoadBatch } from './load-plan.js';
export { ResultConverter, toDriverValue, propertyToDriver } from './driver-values.js';
export { readGraph } from './read-graph.js';
