// Neo4jError: every failure that comes from the driver or the server, as one typed error with a
// stable code, the driver's own code, whether retrying can help, and the driver error as cause.

import neo4j from 'neo4j-driver';
import { CrimegraphError, errorCode } from '../errors.js';

/** Our codes, matched by callers and tests; `neo4jCode` keeps the server's or driver's own. */
export type Neo4jErrorCode =
  | 'E_NEO4J_UNAVAILABLE' // nothing answers, the connection dropped, or the server stopped mid-work
  | 'E_NEO4J_AUTH' // bad credentials, or too many bad attempts
  | 'E_NEO4J_QUERY' // the server refused the statement (syntax, semantics, constraint, type)
  | 'E_NEO4J_TRANSIENT' // a transient server error that outlived the driver's retries
  | 'E_NEO4J_CONFIG' // a bad URI or option, caught before any connection
  | 'E_NEO4J_SCHEMA' // a graph to load with a label, type or node id outside the schema
  | 'E_NEO4J';

export class Neo4jError extends CrimegraphError {
  override name = 'Neo4jError';
  declare readonly code: Neo4jErrorCode;

  constructor(
    code: Neo4jErrorCode,
    message: string,
    /** The driver's or server's code (`ServiceUnavailable`, `Neo.ClientError.Security.Unauthorized`, …). */
    readonly neo4jCode: string | undefined,
    /** True when running the same work again may succeed. */
    readonly retriable: boolean,
    cause?: unknown,
  ) {
    super(code, message, { cause });
  }
}

/**
 * Wrap anything a driver call threw. `where` names the server (never the credentials) and
 * `doing` the work that failed, so the message reads as one line on its own.
 */
export function toNeo4jError(error: unknown, where: string, doing: string): Neo4jError {
  if (error instanceof Neo4jError) return error;
  const neo4jCode = errorCode(error);
  const text = firstLine(error instanceof Error ? error.message : String(error));
  const retriable = neo4j.isRetryableError(error);
  const code = classify(neo4jCode, text);
  const prefix = `Neo4j at ${where}: ${doing} failed`;
  switch (code) {
    case 'E_NEO4J_UNAVAILABLE':
      return new Neo4jError(code, `${prefix}: the server is not reachable or stopped answering (${text})`, neo4jCode, true, error);
    case 'E_NEO4J_AUTH':
      return new Neo4jError(code, `${prefix}: authentication refused; check NEO4J_USERNAME and NEO4J_PASSWORD (${text})`, neo4jCode, false, error);
    default:
      return new Neo4jError(code, `${prefix}: ${text}${neo4jCode ? ` [${neo4jCode}]` : ''}`, neo4jCode, retriable, error);
  }
}

function classify(neo4jCode: string | undefined, text: string): Neo4jErrorCode {
  if (neo4jCode === undefined || neo4jCode === 'N/A')
    return /ECONNREFUSED|ECONNRESET|socket|connect|acquisition timed out|Bolt protocol/i.test(text) ? 'E_NEO4J_UNAVAILABLE' : 'E_NEO4J';
  if (neo4jCode === neo4j.error.PROTOCOL_ERROR && /Bolt|protocol version|handshake/i.test(text)) return 'E_NEO4J_UNAVAILABLE';
  if (neo4jCode === neo4j.error.SERVICE_UNAVAILABLE || neo4jCode === neo4j.error.SESSION_EXPIRED) return 'E_NEO4J_UNAVAILABLE';
  if (neo4jCode.startsWith('Neo.ClientError.Security.')) return 'E_NEO4J_AUTH';
  if (neo4jCode.startsWith('Neo.TransientError.')) return 'E_NEO4J_TRANSIENT';
  if (neo4jCode.startsWith('Neo.ClientError.') || neo4jCode.startsWith('Neo.DatabaseError.Statement')) return 'E_NEO4J_QUERY';
  if (neo4jCode === 'Neo.DatabaseError.General.UnknownError' && /stopp|shut/i.test(text)) return 'E_NEO4J_UNAVAILABLE';
  return 'E_NEO4J';
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.trim().replace(/\.$/, '');
}
