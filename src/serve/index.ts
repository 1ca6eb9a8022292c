// Public surface of the serve stage: start the workbench and HTTP API server over a snapshot or
// Neo4j, and the pieces its tests and the CLI name.

export { startServer, WORKBENCH_CSP, workbenchAssetCandidates } from './server.js';
export type { RunningServer, ServeOptions } from './server.js';
export type { SourceSpec, QueryLimits } from './graph-source.js';
export { ServeError, toHttpError } from './http-error.js';
export type { ErrorBody } from './http-error.js';
export { checkOrigin, checkToken, isLoopback, hostName } from './access-guard.js';
export { mentionSpans, sentenceSpans } from './mention-spans.js';
export type { MentionSpan, Span } from './mention-spans.js';
export { QueryGate } from './query-gate.js';
export { readNamedQueries } from './catalogue.js';
export type { NamedQueryInfo } from './catalogue.js';
export { API_ROUTES } from './api-routes.js';
export { openApiDocument } from './openapi.js';
