// A Neo4j server as a TCK target, so the runner's expectations can be checked against the
// reference implementation: reset empties the database and drops its schema between scenarios.

import neo4j, { type Driver } from 'neo4j-driver';
import { CypherError, isCypherErrorDetail, isCypherErrorType, type CypherPhase } from '../../../src/errors.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import { storedValueKey, type GraphState } from '../lib/graph-state.js';
import type { TargetResult, TckTarget } from '../lib/target.js';
import { toDriverValue } from '../../../src/neo4j/index.js';
import { fromNeo4j } from './neo4j-values.js';
import errorDetails from './data/neo4j-error-details.json' with { type: 'json' };

export class Neo4jTarget implements TckTarget {
  readonly name = 'neo4j';

  private constructor(
    private readonly driver: Driver,
    private readonly timeoutMs: number,
  ) {}

  /** Connect to `uri`; credentials from NEO4J_USERNAME / NEO4J_PASSWORD when set. */
  static async create(uri: string, options: { timeoutMs: number }): Promise<Neo4jTarget> {
    const user = process.env.NEO4J_USERNAME;
    const auth = user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? '') : undefined;
    const driver = neo4j.driver(uri, auth, { useBigInt: true, disableLosslessIntegers: false });
    await driver.verifyConnectivity();
    const target = new Neo4jTarget(driver, options.timeoutMs);
    await target.reset();
    return target;
  }

  async reset(): Promise<void> {
    const session = this.driver.session();
    try {
      await session.run('MATCH (n) DETACH DELETE n');
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name');
      for (const r of constraints.records) await session.run(`DROP CONSTRAINT \`${r.get('name') as string}\` IF EXISTS`);
      const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'");
      for (const r of indexes.records) await session.run(`DROP INDEX \`${r.get('name') as string}\` IF EXISTS`);
    } finally {
      await session.close();
    }
  }

  async run(query: string, params: Record<string, CypherValue>): Promise<TargetResult> {
    const session = this.driver.session();
    try {
      const converted = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toDriverValue(v)]));
      const running = session.run(query, converted, { timeout: this.timeoutMs });
      const columns = (await running.keys()).map(String);
      const { records } = await running;
      return { columns, rows: records.map((r) => columns.map((k) => fromNeo4j(r.get(k)))) };
    } catch (e) {
      throw toCypherError(e);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async state(): Promise<GraphState> {
    const session = this.driver.session();
    try {
      const nodes = await session.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
      const rels = await session.run('MATCH ()-[r]->() RETURN elementId(r) AS id, properties(r) AS props');
      const state: GraphState = { nodes: [], relationships: [], labels: [], properties: [] };
      const labels = new Set<string>();
      const addProps = (id: string, props: Record<string, unknown>): void => {
        for (const [k, v] of Object.entries(props)) state.properties.push(`${id}\u0000${k}\u0000${storedValueKey(fromNeo4j(v))}`);
      };
      for (const r of nodes.records) {
        const id = `n${r.get('id') as string}`;
        state.nodes.push(id);
        for (const l of r.get('labels') as string[]) labels.add(l);
        addProps(id, r.get('props') as Record<string, unknown>);
      }
      for (const r of rels.records) {
        const id = `r${r.get('id') as string}`;
        state.relationships.push(id);
        addProps(id, r.get('props') as Record<string, unknown>);
      }
      state.labels = [...labels];
      return state;
    } finally {
      await session.close();
    }
  }
}

/**
 * Neo4j reports a status code and a message; the TCK wants type, phase and detail. The type
 * comes from the code, the phase from the kind of error, the detail from message patterns in
 * data/neo4j-error-details.json ('Unknown' when none matches). An error whose type is outside the
 * TCK's terms is handed back as Neo4j gave it.
 */
export function toCypherError(e: unknown): unknown {
  const err = e as { code?: string; message?: string };
  if (typeof err?.code !== 'string' || !err.code.startsWith('Neo.ClientError.')) return e;
  const [, , category, name] = err.code.split('.');
  const message = err.message ?? '';
  let type = name ?? 'Unknown';
  if (category === 'Schema' && type === 'ConstraintValidationFailed') type = 'ConstraintValidationFailed';
  if (category === 'Procedure' && type === 'ProcedureNotFound') type = 'ProcedureError';
  if (type === 'SemanticError') type = 'SyntaxError';
  const compileTime = ['SyntaxError', 'ParameterMissing', 'ProcedureError'].includes(type);
  const phase: CypherPhase = compileTime ? 'compile time' : 'runtime';
  const found = errorDetails.find((d) => new RegExp(d.pattern, 'i').test(message))?.detail;
  const detail = found !== undefined && isCypherErrorDetail(found) ? found : 'Unknown';
  if (!isCypherErrorType(type)) return e;
  return new CypherError(phase, type, detail, message);
}
