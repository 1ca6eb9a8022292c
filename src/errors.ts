// The error classes every part of crimegraph shares.
// Each error has a stable `code` that tests and callers match on; messages are for people.

/** Where in a source an error sits: a file, and for text sources a 1-based line and column. */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
  /** 0-based character offset into the source, where known. */
  offset?: number;
}

/** Base class of every error crimegraph raises on purpose. */
export class CrimegraphError extends Error {
  override name = 'CrimegraphError';
  readonly code: string;
  readonly position: SourcePosition | undefined;

  constructor(code: string, message: string, options: { position?: SourcePosition; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.position = options.position;
  }
}

/** Bad command-line usage: unknown command or option, missing argument. Exit code 2. */
export class UsageError extends CrimegraphError {
  override name = 'UsageError';
  declare readonly code: 'E_USAGE';
  constructor(message: string) {
    super('E_USAGE', message);
  }
}

/** Why an input was refused: it names the file, its line where one applies. */
export type InputErrorCode =
  | 'E_NOT_FOUND' // no such file or directory
  | 'E_UNREADABLE' // the file exists but cannot be read
  | 'E_NO_INPUTS' // a directory with no input file in it
  | 'E_TOO_LARGE' // over the size limit
  | 'E_EMPTY' // no text, or no item in it
  | 'E_BINARY' // not text, and not a PDF
  | 'E_PDF' // a PDF that cannot be parsed
  | 'E_PDF_NO_TEXT' // a PDF with no text layer (scanned)
  | 'E_DUPLICATE_ID' // two inputs give the same document id
  | 'E_EXTRACT' // extraction failed on this document
  | 'E_ANNOTATION' // a gold or annotation file that is not in the guidelines' format
  | 'E_NO_GOLD' // no gold file matches the documents scored
  | 'E_QUERY_PARAM'; // a query file's `// @param` line that cannot be read

/**
 * An input file that cannot be read or understood. The message names the file;
 * other inputs of the same run are still processed. Exit code 1.
 */
export class InputError extends CrimegraphError {
  override name = 'InputError';
  declare readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string, position: SourcePosition, cause?: unknown) {
    super(code, message, { position, cause });
  }
}

/** Why a snapshot or output directory could not be read or written. */
export type StoreErrorCode =
  | 'E_SNAPSHOT_MISSING'
  | 'E_SNAPSHOT_UNREADABLE'
  | 'E_SNAPSHOT_CORRUPT'
  | 'E_SNAPSHOT_VERSION'
  | 'E_STORE_WRITE'
  | 'E_STORE_FOREIGN' // the target exists and is not ours to replace
  | 'E_SERVE_CLOSING'; // the server is shutting down and no longer opens the store

/** A snapshot directory that is missing, unreadable or of an unknown format. */
export class StoreError extends CrimegraphError {
  override name = 'StoreError';
  declare readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options: { position?: SourcePosition; cause?: unknown } = {}) {
    super(code, message, options);
  }
}

/** Lookup of an entity (by name, alias or id) that is not in the graph. */
export class EntityNotFoundError extends CrimegraphError {
  override name = 'EntityNotFoundError';
  declare readonly code: 'E_ENTITY_NOT_FOUND';
  constructor(readonly query: string) {
    super('E_ENTITY_NOT_FOUND', `No entity named or with id "${query}"`);
  }
}

/**
 * Format "file:line:column: message", the one-line form the CLI prints for any error with a
 * position. Public on purpose: a program built on the package can report errors as the CLI does.
 *
 * @example catch (error) { console.error(formatError(error)); } // queries/q.cypher:3:7: …
 */
export function formatError(error: unknown): string {
  if (error instanceof CrimegraphError) {
    const p = error.position;
    const where = p?.file
      ? `${p.file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}: `
      : p?.line !== undefined
        ? `line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}: `
        : '';
    return `${where}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The phase a Cypher error is raised in, as the openCypher TCK names them. */
export type CypherPhase = 'compile time' | 'runtime';

/** The TCK's error types (`ConstraintValidationFailed` is how Neo4j names a broken constraint). */
export const CYPHER_ERROR_TYPES = [
  'SyntaxError',
  'SemanticError',
  'TypeError',
  'ArgumentError',
  'ArithmeticError',
  'EntityNotFound',
  'ConstraintVerificationFailed',
  'ConstraintValidationFailed',
  'ParameterMissing',
  'ProcedureError',
  'DatabaseError',
  'NotSupported',
] as const;

/** The TCK error type of a Cypher error. */
export type CypherErrorType = (typeof CYPHER_ERROR_TYPES)[number];

/**
 * The TCK detail codes a Cypher error can carry, `ReadOnly` for a write refused by a read-only
 * engine, `ShortestPathCommonEndNodes` (Neo4j 5's refusal of a written shortestPath() whose ends
 * are one node), and `Unknown` for an error from Neo4j whose detail the TCK runner cannot tell.
 */
export const CYPHER_ERROR_DETAILS = [
  'AmbiguousAggregationExpression',
  'ColumnNameConflict',
  'CreatingVarLength',
  'DeleteConnectedNode',
  'DeletedEntityAccess',
  'DifferentColumnsInUnion',
  'DivisionByZero',
  'FloatingPointOverflow',
  'IntegerOverflow',
  'InvalidAggregation',
  'InvalidArgumentPassingMode',
  'InvalidArgumentType',
  'InvalidArgumentValue',
  'InvalidClauseComposition',
  'InvalidDelete',
  'InvalidLabelExpression',
  'InvalidNumberLiteral',
  'InvalidNumberOfArguments',
  'InvalidParameterUse',
  'InvalidPropertyType',
  'InvalidRelationshipPattern',
  'InvalidUnicodeCharacter',
  'InvalidUnicodeLiteral',
  'MapElementAccessByNonString',
  'MergeReadOwnWrites',
  'MissingParameter',
  'NegativeIntegerArgument',
  'NestedAggregation',
  'NoExpressionAlias',
  'NoSingleRelationshipType',
  'NoVariablesInScope',
  'NonConstantExpression',
  'NumberOutOfRange',
  'ProcedureNotFound',
  'PropertyAccessOnNonMap',
  'ReadOnly',
  'RelationshipUniquenessViolation',
  'RequiresDirectedRelationship',
  'RoundingNecessary',
  'ShortestPathCommonEndNodes',
  'UndefinedVariable',
  'UnexpectedSyntax',
  'Unknown',
  'UnknownFunction',
  'UnsupportedFeature',
  'VariableAlreadyBound',
  'VariableTypeConflict',
] as const;

/** The TCK detail code of a Cypher error. */
export type CypherErrorDetail = (typeof CYPHER_ERROR_DETAILS)[number];

/** `CamelCase` as `CAMEL_CASE`: an underscore before each capital that follows a small letter. */
export type UpperSnakeCase<S extends string, Previous extends string = ''> = S extends `${infer C}${infer Rest}`
  ? `${Previous extends Uppercase<Previous> ? '' : C extends Lowercase<C> ? '' : '_'}${Uppercase<C>}${UpperSnakeCase<Rest, C>}`
  : '';

/** `E_CYPHER_` and the TCK detail code in upper snake case (`E_CYPHER_UNDEFINED_VARIABLE`). */
export type CypherErrorCode = `E_CYPHER_${UpperSnakeCase<CypherErrorDetail>}`;

const TYPES: ReadonlySet<string> = new Set(CYPHER_ERROR_TYPES);
const DETAILS: ReadonlySet<string> = new Set(CYPHER_ERROR_DETAILS);

/** Whether a string (from a worker message, or a Neo4j error mapped to the TCK's terms) is a Cypher error type. */
export function isCypherErrorType(s: string): s is CypherErrorType {
  return TYPES.has(s);
}

/** Whether a string is a Cypher error detail code. */
export function isCypherErrorDetail(s: string): s is CypherErrorDetail {
  return DETAILS.has(s);
}

/** The `code` of a detail, as CypherError sets it. */
export function cypherErrorCode(detail: CypherErrorDetail): CypherErrorCode {
  const code: string = `E_CYPHER_${detail.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
  return code as CypherErrorCode; // the type-level UpperSnakeCase above spells out this same rewrite
}

/**
 * A Cypher error. `type` is the TCK error type (`SyntaxError`, `SemanticError`, `TypeError`,
 * `ArgumentError`, `EntityNotFound`, `ConstraintVerificationFailed`, …) and `detail` the TCK
 * detail code (`UndefinedVariable`, `InvalidArgumentType`, …). `position` holds line and column
 * in the query text for compile-time errors. The embedded engine builds them in one place,
 * `src/cypher/errors.ts`.
 */
export class CypherError extends CrimegraphError {
  override name = 'CypherError';
  declare readonly code: CypherErrorCode;
  constructor(
    readonly phase: CypherPhase,
    readonly type: CypherErrorType,
    readonly detail: CypherErrorDetail,
    message: string,
    position?: SourcePosition,
  ) {
    super(cypherErrorCode(detail), message, { position });
  }
}

/** The limits a query can run into: its time, its rows, its memory. */
export type QueryLimitCode = 'E_QUERY_TIMEOUT' | 'E_QUERY_ROW_LIMIT' | 'E_QUERY_MEMORY_LIMIT';

/**
 * A query stopped by a limit: the timeout, the row cap or the memory budget. `limit` is the
 * limit it ran into (milliseconds, rows or bytes), so a caller can name its own option for it
 * (the CLI says `--timeout`, the API `timeoutMs`).
 */
export class QueryLimitError extends CrimegraphError {
  override name = 'QueryLimitError';
  declare readonly code: QueryLimitCode;
  constructor(
    code: QueryLimitCode,
    message: string,
    readonly limit?: number,
  ) {
    super(code, message);
  }
}

/**
 * An API call given an argument or option it cannot use (`neighbours(x, {direction: 'sideways'})`):
 * `option` names it as the caller wrote it, `allowed` says what it may be.
 */
export class InvalidArgumentError extends CrimegraphError {
  override name = 'InvalidArgumentError';
  constructor(
    readonly method: string,
    readonly option: string,
    readonly allowed: string,
    got: unknown,
  ) {
    super('E_INVALID_ARGUMENT', `${method}: ${option} must be ${allowed}; got ${describe(got)}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** An API call whose own internal query failed: a fault of crimegraph, not of the caller's Cypher. */
export class InternalQueryError extends CrimegraphError {
  override name = 'InternalQueryError';
  constructor(method: string, query: string, cause: unknown) {
    super('E_INTERNAL_QUERY', `${method}: the internal query ${query} failed (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`, {
      cause,
    });
  }
}

/**
 * A row of one of the API's own queries that does not have the shape the query declares (a
 * column missing, or a value of another type): the engines answered differently from what the
 * API was written for. `query`, `column`, `expected` and `found` say where and how.
 */
export class RowShapeError extends CrimegraphError {
  override name = 'RowShapeError';
  declare readonly code: 'E_ROW_SHAPE';
  constructor(
    readonly query: string,
    readonly engine: string,
    readonly column: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super('E_ROW_SHAPE', `query ${query} on ${engine}: column ${column} should be ${expected}; found ${found}`);
  }
}

/** An API call that the chosen backend cannot serve (PageRank on Neo4j, saving a Neo4j graph). */
export class UnsupportedOperationError extends CrimegraphError {
  override name = 'UnsupportedOperationError';
  declare readonly code: 'E_UNSUPPORTED';
  constructor(operation: string, backend: string) {
    super('E_UNSUPPORTED', `${operation} is not available on the ${backend} backend`);
  }
}

/**
 * The string `code` an error carries (a Node.js system error's `ENOENT`, the Neo4j driver's
 * `Neo.ClientError.…`), or undefined for any other value.
 *
 * @example errorCode(await stat('nope').catch((e: unknown) => e)) // 'ENOENT'
 */
export function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * A broken invariant of crimegraph's own code (an index a loop's bounds guarantee, a key set just
 * before): a bug, never bad input. Raised by `elementAt` and `valueAt` instead of a `!` that
 * would let an `undefined` flow on silently.
 */
export class InvariantError extends CrimegraphError {
  override name = 'InvariantError';
  declare readonly code: 'E_INVARIANT';
  constructor(message: string) {
    super('E_INVARIANT', message);
  }
}

/**
 * The element at `index` of a list whose bounds the caller has checked (`i < list.length`);
 * throws an InvariantError if there is none.
 *
 * @example for (let i = 0; i < Math.min(a.length, b.length); i++) compare(elementAt(a, i), elementAt(b, i));
 */
export function elementAt<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new InvariantError(`no element at index ${index} of a list of ${list.length}`);
  return value;
}

/**
 * The value under `key` of a map the caller has just filled for that key; throws an
 * InvariantError if there is none.
 *
 * @example const counts = new Map<string, number>(); for (const k of keys) counts.set(k, 0); … valueAt(counts, k)
 */
export function valueAt<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new InvariantError(`no value under key ${String(key)}`);
  return value;
}
