// Neo4jConnection: the one owner of a neo4j-driver Driver. Opens it (waiting for a server that is
// still starting), runs queries into QueryResults, writes through executeWrite, and closes it.

import neo4j, { type Driver, type ManagedTransaction, type QueryResult as DriverResult } from 'neo4j-driver';
import type { PlanOperator } from '../cypher/plan-description.js';
import type { QueryResult, QueryStatistics } from '../cypher/index.js';
import type { CypherValue } from '../cypher/values.js';
import { Neo4jError, toNeo4jError } from './neo4j-error.js';
import { ResultConverter, toDriverValue } from './driver-values.js';

export interface Neo4jConnectOptions {
  /** `bolt://host:port` or `neo4j://host:port` (and the `+s`/`+ssc` forms). */
  uri: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Basic auth when given (the CLI reads NEO4J_USERNAME); none otherwise. */
  username?: string;
  password?: string;
  /** How long to keep trying a server that refuses connections (still starting). Default 30 s. */
  waitMs?: number;
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

  private constructor(
    private readonly driver: Driver,
    /** Where, for messages: the URI without any user info. */
    readonly where: string,
    readonly database: string | undefined,
  ) {}

  /** Open a driver and wait until the server answers (or `waitMs` passes, or auth is refused). */
  static async open(options: Neo4jConnectOptions): Promise<Neo4jConnection> {
    const where = redact(options.uri);
    let driver: Driver;
    try {
      const auth = options.username ? neo4j.auth.basic(options.username, options.password ?? '') : undefined;
      driver = neo4j.driver(options.uri, auth, {
        useBigInt: true,
        maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
        connectionTimeout: 5_000,
        // The driver logs nothing by default; keep it that way so credentials never reach a log.
      });
    } catch (error) {
      const wrapped = toNeo4jError(error, where, 'opening the driver');
      throw new Neo4jError('E_NEO4J_CONFIG', wrapped.message, wrapped.neo4jCode, false, error);
    }
    const connection = new Neo4jConnection(driver, where, options.database);
    const deadline = Date.now() + (options.waitMs ?? 30_000);
    for (let delay = 200; ; delay = Math.min(delay * 2, 2_000)) {
      try {
        await driver.verifyConnectivity({ database: options.database });
        return connection;
      } catch (error) {
        const wrapped = toNeo4jError(error, where, 'connecting');
        const remaining = deadline - Date.now();
        if (wrapped.code !== 'E_NEO4J_UNAVAILABLE' || remaining <= 0) {
          await driver.close().catch(() => {});
          throw wrapped;
        }
        await new Promise((r) => setTimeout(r, Math.min(delay, remaining)));
      }
    }
  }

  /**
   * Run one statement in an auto-commit transaction; rows as CypherValues, the embedded engine's
   * shape. `readOnly` opens the session in read access mode, so the server itself refuses any
   * write (Neo.ClientError.Statement.AccessMode); `timeoutMs` is the server-side transaction
   * timeout.
   */
  async run(query: string, params: Record<string, CypherValue> = {}, options: { readOnly?: boolean; timeoutMs?: number } = {}): Promise<QueryResult> {
    const session = this.session(options.readOnly ? neo4j.session.READ : neo4j.session.WRITE);
    try {
      const driverParams: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(params)) driverParams[k] = toDriverValue(v);
      const running = session.run(query, driverParams, options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs });
      const columns = (await running.keys()).map(String);
      return toQueryResult(columns, await running);
    } catch (error) {
      throw toNeo4jError(error, this.where, 'the query');
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * Run `work` in a write transaction. The driver retries it on transient errors and lost
   * connections (up to maxRetryTimeMs), so `work` must be safe to run again: MERGE, not CREATE.
   */
  async executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, doing = 'the write'): Promise<T> {
    const session = this.session();
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw toNeo4jError(error, this.where, doing);
    } finally {
      await session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE = neo4j.session.WRITE) {
    if (this.closed) throw new Neo4jError('E_NEO4J', `Neo4j at ${this.where}: the connection is closed`, undefined, false);
    return this.driver.session({ database: this.database, defaultAccessMode: mode });
  }
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
