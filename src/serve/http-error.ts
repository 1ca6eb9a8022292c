// How an error becomes an HTTP answer: one status and one JSON body `{error: {code, message,
// line?, column?}}` per typed error, with the code and position the CLI reports for the same fault.

import { CrimegraphError, CypherError, errorCode } from '../errors.js';
import { Neo4jError } from '../neo4j/index.js';

/** An error the server raises itself (limits, access, bad requests), with its HTTP status. */
export class ServeError extends CrimegraphError {
  override name = 'ServeError';
  constructor(
    code: string,
    message: string,
    readonly status: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message);
  }
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; line?: number; column?: number; type?: string };
}

export interface HttpError {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

// Neo4j reports positions inside its message: "… (line 1, column 8 (offset: 7))".
const NEO4J_POSITION = /\(line (\d+), column (\d+)/;

// Fastify's own request errors, by its code.
const FASTIFY_ERRORS: Record<string, { code: string; status: number }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'E_BODY_TOO_LARGE', status: 413 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'E_UNSUPPORTED_MEDIA_TYPE', status: 415 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'E_BAD_JSON', status: 400 },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'E_BAD_JSON', status: 400 },
  FST_ERR_VALIDATION: { code: 'E_BAD_REQUEST', status: 400 },
};

/** Map anything a handler threw to the answer the client sees. Unknown errors say nothing inside. */
export function toHttpError(error: unknown): HttpError {
  const headers: Record<string, string> = {};
  const answer = (status: number, code: string, message: string, extra: Partial<ErrorBody['error']> = {}): HttpError => ({
    status,
    headers,
    body: { error: { code, message, ...extra } },
  });
  if (error instanceof ServeError) return { ...answer(error.status, error.code, error.message), headers: error.headers };
  if (error instanceof CypherError) {
    const position = error.position?.line === undefined ? {} : { line: error.position.line, column: error.position.column };
    const status = error.code === 'E_CYPHER_READ_ONLY' ? 403 : 400;
    return answer(status, error.code, error.message, { type: error.type, ...position });
  }
  if (error instanceof Neo4jError) return neo4jAnswer(error, answer);
  if (error instanceof CrimegraphError) {
    const status =
      error.code === 'E_ENTITY_NOT_FOUND' || error.code === 'E_NOT_FOUND'
        ? 404
        : error.code === 'E_QUERY_TIMEOUT'
          ? 408
          : error.code === 'E_QUERY_ROW_LIMIT'
            ? 422
            : error.code === 'E_UNSUPPORTED'
              ? 501
              : 400;
    const p = error.position;
    return answer(status, error.code, error.message, p?.line === undefined ? {} : { line: p.line, column: p.column });
  }
  if (!(error instanceof Error)) return answer(500, 'E_INTERNAL', 'internal error');
  const fastifyCode = errorCode(error);
  const known = fastifyCode === undefined ? undefined : FASTIFY_ERRORS[fastifyCode];
  if (known) return answer(known.status, known.code, error.message);
  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (typeof status === 'number' && status >= 400 && status < 500) return answer(status, 'E_BAD_REQUEST', error.message);
  return answer(500, 'E_INTERNAL', 'internal error');
}

function neo4jAnswer(error: Neo4jError, answer: (status: number, code: string, message: string, extra?: Partial<ErrorBody['error']>) => HttpError): HttpError {
  const neo4jCode = error.neo4jCode ?? '';
  if (neo4jCode === 'Neo.ClientError.Statement.AccessMode' || /read access mode/i.test(error.message)) {
    return answer(403, 'E_CYPHER_READ_ONLY', 'This server is read-only: the query writes to the graph (start it with --write to allow it)');
  }
  if (/TransactionTimedOut|Terminated/i.test(neo4jCode)) return answer(408, 'E_QUERY_TIMEOUT', error.message);
  if (error.code === 'E_NEO4J_UNAVAILABLE') return answer(503, error.code, error.message);
  if (error.code === 'E_NEO4J_QUERY') {
    const m = NEO4J_POSITION.exec(error.message);
    return answer(400, error.code, error.message, m ? { line: Number(m[1]), column: Number(m[2]) } : {});
  }
  return answer(502, error.code, error.message);
}
