// Neo4jConnection: the one owner of a neo4j-driver Driver. Opens it (waiting for a server that is
// still starting), runs queries into QueryResults, writes through executeWrite, and closes it.
// Every network step has a deadline of its own: the driver has none for a port that accepts
// and never answers (its handshake waits for ever), so the wait is ours, and closing destroys
// whatever socket the driver left half-open so nothing keeps the process alive.

import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import { Socket } from 'node:net';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult as DriverResult } from 'neo4j-driver';
import type { PlanOperator } from '../cypher/plan-description.js';
import { checkReadOnly, parse, type QueryResult, type QueryStatistics } from '../cypher/index.js';
import type { CypherValue } from '../cypher/values.js';
import { CrimegraphError, CypherError, QueryLimitError, errorCode } from '../errors.js';
import { Neo4jError, toNeo4jError } from './neo4j-error.js';
import { ResultConverter, toDriverValue } from './driver-values.js';

/** How long to wait for a Neo4j server by default (CLI `--wait`, API `waitMs`): 10 s. */
export const DEFAULT_WAIT_MS = 10_000;

// Sockets the driver opens, by the connection whose call opened them: net.connect announces
// each new client socket, and the async context says which connection's call it came from.
const owner = new AsyncLocalStorage<Set<Socket>>();
subscribe('net.client.socket', (message) => {
  const sockets = owner.getStore();
  const socket = message !== null && typeof message === 'object' && 'socket' in message && message.socket instanceof Socket ? message.socket : undefined;
  if (sockets && socket) {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  }
});

export interface Neo4jConnectOptions {
  /** `bolt://host:port` or `neo4j://host:port` (and the `+s`/`+ssc` forms). */
  uri: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Basic auth when given (the CLI reads NEO4J_USERNAME); none otherwise. */
  username?: string;
  password?: string;
  /**
   * The deadline of every step of reaching the server (connecting, the Bolt handshake, getting a
   * connection from the pool), and how long to keep trying one that refuses connections (still
   * starting). Default DEFAULT_WAIT_MS (10 s).
   */
  waitMs?: number;
  /** Called once when the server does not answer at once and the wait begins (the CLI says so on a TTY). */
  onWait?: (event: { where: string; waitMs: number }) => void;
  /** How long the driver keeps retrying a transaction after transient errors. Default 30 s. */
  maxRetryTimeMs?: number;
}

/**
 * A live connection to one Neo4j database.
 *
 * @example
 * const conn = await Neo4jConnection.open({ uri: 'bolt://127.0.0.1:7687', username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD });
 * try { console.log((await conn.run('MATCH (n) RETURN count(n) AS n')).rows); } finally { await conn.close(); }
 */
export class Neo4jConnection {
  private closed = false;
  /** The driver's sockets, destroyed on close if the driver left any open. */
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly driver: Driver,
    /** Where, for messages: the URI without any user info. */
    readonly where: string,
    readonly database: string | undefined,
    /** The deadline of each network step, in milliseconds. */
    readonly waitMs: number,
  ) {}

  /** Open a driver and wait until the server answers (or `waitMs` passes, or auth is refused). */
  static async open(options: Neo4jConnectOptions): Promise<Neo4jConnection> {
    const where = redact(options.uri);
    const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
    let driver: Driver;
    try {
      const auth = options.username ? neo4j.auth.basic(options.username, options.password ?? '') : undefined;
      driver = neo4j.driver(options.uri, auth, {
        useBigInt: true,
        maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
        connectionTimeout: Math.max(1, Math.min(5_000, waitMs)),
        // Waiting for a pooled connection is part of reaching the server: the same deadline (a
        // little later than ours, so that our clearer message is the one that arrives).
        connectionAcquisitionTimeout: Math.max(1, waitMs) + 500,
        // The driver logs nothing by default; keep it that way so credentials never reach a log.
      });
    } catch (error) {
      const wrapped = toNeo4jError(error, where, 'opening the driver');
      throw new Neo4jError('E_NEO4J_CONFIG', wrapped.message, wrapped.neo4jCode, false, error);
    }
    const connection = new Neo4jConnection(driver, where, options.database, waitMs);
    const deadline = Date.now() + waitMs;
    // Say so once when the server refuses (still starting) or has not answered within a second.
    let told = false;
    const tell = () => {
      if (!told) options.onWait?.({ where, waitMs });
      told = true;
    };
    const slow = setTimeout(tell, 1_000);
    try {
      for (let delay = 200; ; delay = Math.min(delay * 2, 2_000)) {
        try {
          const remaining = Math.max(0, deadline - Date.now());
          await connection.within(remaining, 'connecting', () => driver.verifyConnectivity({ database: options.database }));
          return connection;
        } catch (error) {
          const wrapped = toNeo4jError(error, where, 'connecting');
          const remaining = deadline - Date.now();
          if (wrapped.code !== 'E_NEO4J_UNAVAILABLE' || remaining <= 0) {
            await connection.close();
            throw wrapped;
          }
          tell();
          await new Promise((r) => setTimeout(r, Math.min(delay, remaining)));
        }
      }
    } finally {
      clearTimeout(slow);
    }
  }

  /**
   * Run one statement in an auto-commit write transaction; rows as CypherValues, the embedded
   * engine's shape. `readOnly` runs it as `read` does instead; `timeoutMs` is the server-side
   * transaction timeout.
   */
  async run(query: string, params: Record<string, CypherValue> = {}, options: { readOnly?: boolean; timeoutMs?: number } = {}): Promise<QueryResult> {
    if (options.readOnly) return this.read(query, params, options);
    const session = this.session('write');
    try {
      const driverParams = toDriverParams(params);
      return await this.within(
        this.queryDeadline(options.timeoutMs),
        'the query',
        async () => {
          const running = session.run(query, driverParams, txConfig(options.timeoutMs));
          const columns = (await running.keys()).map(String);
          return toQueryResult(columns, await running);
        },
        options.timeoutMs,
      );
    } catch (error) {
      throw this.queryError(error, options.timeoutMs);
    } finally {
      await this.closeSession(session);
    }
  }

  /**
   * Run a caller's query read-only, as the embedded engine does: a query our parser reads and
   * finds an updating clause in is refused before it is sent (CypherError ReadOnly at that
   * clause), and what is sent runs in a read transaction, which the server refuses to write in.
   */
  async read(query: string, params: Record<string, CypherValue> = {}, options: { timeoutMs?: number } = {}): Promise<QueryResult> {
    let ast;
    try {
      ast = parse(query);
    } catch (error) {
      // Syntax our engine lacks is still Neo4j's to judge; the read transaction keeps it read-only.
      if (!(error instanceof CypherError)) throw error;
    }
    if (ast) checkReadOnly(ast, query);
    const session = this.session('read');
    try {
      const driverParams = toDriverParams(params);
      return await this.within(
        this.queryDeadline(options.timeoutMs),
        'the query',
        () =>
          session.executeRead(async (tx) => {
            const running = tx.run(query, driverParams);
            const columns = (await running.keys()).map(String);
            return toQueryResult(columns, await running);
          }, txConfig(options.timeoutMs)),
        options.timeoutMs,
      );
    } catch (error) {
      throw this.queryError(error, options.timeoutMs);
    } finally {
      await this.closeSession(session);
    }
  }

  /**
   * Run `work` in a write transaction. The driver retries it on transient errors and lost
   * connections (up to maxRetryTimeMs), so `work` must be safe to run again: MERGE, not CREATE.
   */
  async executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, doing = 'the write'): Promise<T> {
    const session = this.session('write');
    try {
      return await owner.run(this.sockets, () => session.executeWrite(work));
    } catch (error) {
      throw toNeo4jError(error, this.where, doing);
    } finally {
      await this.closeSession(session);
    }
  }

  /** Close the driver; a server that does not answer the goodbye gets `waitMs`, then its sockets are cut. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      owner.run(this.sockets, () => this.driver.close()).catch(() => {}),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.min(this.waitMs, 2_000)))),
    ]).finally(() => clearTimeout(timer));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private session(access: 'read' | 'write') {
    if (this.closed) throw new Neo4jError('E_NEO4J', `Neo4j at ${this.where}: the connection is closed`, undefined, false);
    return this.driver.session({ database: this.database, defaultAccessMode: access === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  private async closeSession(session: ReturnType<Driver['session']>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([session.close().catch(() => {}), new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.min(this.waitMs, 2_000))))]).finally(
      () => clearTimeout(timer),
    );
  }

  /** Our own typed errors pass unchanged; the server stopping a query at its timeout is the same limit as ours. */
  private queryError(error: unknown, timeoutMs: number | undefined): Error {
    if (error instanceof CrimegraphError) return error;
    const code = errorCode(error);
    if (timeoutMs !== undefined && typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
      return new QueryLimitError(
        'E_QUERY_TIMEOUT',
        `The query ran past its time limit of ${timeoutMs} ms on Neo4j at ${this.where} and was stopped`,
        timeoutMs,
      );
    return toNeo4jError(error, this.where, 'the query');
  }

  /** A query's own deadline: its timeout when it has one (the server is told too), plus the wait for the server. */
  private queryDeadline(timeoutMs: number | undefined): number {
    return timeoutMs === undefined ? Infinity : timeoutMs + this.waitMs;
  }

  /**
   * Run one network step with the sockets it opens recorded, and give up after `ms`: a server
   * that accepted the connection and never answers ends as E_NEO4J_UNAVAILABLE (or, for a query
   * past its timeout, E_QUERY_TIMEOUT) instead of hanging.
   */
  private async within<T>(ms: number, doing: string, step: () => Promise<T>, queryTimeoutMs?: number): Promise<T> {
    const running = owner.run(this.sockets, step);
    if (ms === Infinity) return running;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          queryTimeoutMs !== undefined
            ? new QueryLimitError(
                'E_QUERY_TIMEOUT',
                `The query ran past its time limit of ${queryTimeoutMs} ms on Neo4j at ${this.where} and was stopped`,
                queryTimeoutMs,
              )
            : new Neo4jError(
                'E_NEO4J_UNAVAILABLE',
                `Neo4j at ${this.where}: ${doing} failed: no answer in the Bolt protocol within ${this.waitMs} ms (is a Neo4j server listening on that port?)`,
                undefined,
                true,
              ),
        );
      }, ms);
    });
    running.catch(() => {});
    try {
      return await Promise.race([running, expired]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function toDriverParams(params: Record<string, CypherValue>): Record<string, unknown> {
  const driverParams: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) driverParams[k] = toDriverValue(v);
  return driverParams;
}

/** The server stops a transaction past its timeout itself; the driver wants whole milliseconds. */
function txConfig(timeoutMs: number | undefined): { timeout?: number } {
  return timeoutMs === undefined ? {} : { timeout: Math.max(1, Math.round(timeoutMs)) };
}

/** A driver result as our QueryResult: columns in order, converted rows, and the update counts. */
export function toQueryResult(columns: string[], result: DriverResult): QueryResult {
  const converter = new ResultConverter();
  for (const record of result.records) for (const key of columns) converter.learn(record.get(key));
  const rows = result.records.map((record) => columns.map((key) => converter.convert(record.get(key))));
  const plan = result.summary.profile || result.summary.plan;
  return { columns, rows, stats: statistics(result), ...(plan ? { plan: planOperator(plan) } : {}) };
}

/** Neo4j's plan (EXPLAIN) or profiled plan (PROFILE) in the embedded engine's shape. */
function planOperator(plan: DriverPlan): PlanOperator {
  const args = plan.arguments ?? {};
  const details = typeof args.Details === 'string' && args.Details !== '' ? [args.Details] : [];
  const counted = 'dbHits' in plan ? { rows: Number(plan.rows), dbHits: Number(plan.dbHits) } : {};
  return { operator: plan.operatorType.replace(/@\w+$/, ''), details, ...counted, children: plan.children.map(planOperator) };
}

interface DriverPlan {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: DriverPlan[];
  dbHits?: number;
  rows?: number;
}

function statistics(result: DriverResult): QueryStatistics {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
    propertiesRemoved: 0,
    labelsAdded: u.labelsAdded,
    labelsRemoved: u.labelsRemoved,
  };
}

/** The URI as it may appear in messages: no user info. */
function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
