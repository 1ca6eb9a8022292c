// The engine's specification of Neo4j 5 syntax (test/cypher/syntax/neo4j5-syntax-expectations.ts)
// holds on a real Neo4j: every query gives the same rows there, and every bad query fails with
// the same complaint at the same place.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import * as D from '../cypher/syntax/neo4j5-dialect-expectations.js';
import * as X from '../cypher/syntax/neo4j5-syntax-expectations.js';
import { clearDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

const tables: X.RowsExpectation[] = [
  ...X.TYPE_PREDICATES,
  ...X.QUANTIFIED_PATTERNS.map(([q, r]): X.RowsExpectation => [`${X.QPP_GRAPH} ${q}`, r]),
  ...X.SHORTEST_PATHS,
  ...X.CLAUSES,
  ...X.DYNAMIC_LABELS,
  ...X.FUNCTIONS,
  ...X.MIXED.map(([q, r]): X.RowsExpectation => [`${X.MIXED_GRAPH} ${q}`, r]),
  ...D.DIALECT,
];
const errors: X.SyntaxErrorExpectation[] = [
  ...X.TYPE_PREDICATE_ERRORS,
  ...X.QUANTIFIED_PATTERN_ERRORS,
  ...X.CLAUSE_ERRORS,
  ...X.DYNAMIC_LABEL_ERRORS,
  ...D.DIALECT_ERRORS,
];
const runtime: [string, string][] = [
  ...X.TYPE_PREDICATE_RUNTIME_ERRORS,
  ...X.DYNAMIC_LABEL_RUNTIME_ERRORS,
  ...X.FUNCTION_RUNTIME_ERRORS,
  ...D.DIALECT_RUNTIME_ERRORS,
];

describeWithNeo4j('Neo4j 5 syntax on a real Neo4j', (uri) => {
  let conn: Neo4jConnection;
  let unlock: () => Promise<void>;
  // Many expectations start with CREATE and commit what they make: the database is held for this
  // file alone (another file reading it meanwhile, the random differential test among them, would
  // meet these nodes) and emptied after.
  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    conn = await Neo4jConnection.open({ uri });
    await clearDatabase(conn);
  });
  afterAll(async () => {
    if (conn) await clearDatabase(conn);
    await conn?.close();
    await unlock?.();
  });

  it.each(tables)('%s', async (query, expected) => {
    expect((await conn.run(query, {})).rows).toEqual(expected);
  });

  it.each(errors)('%s fails to compile at offset %i', async (query, offset, message) => {
    const error: Error = await conn.run(query, {}).then(
      () => new Error('no error'),
      (e: Error) => e,
    );
    // Compared without case and backticks: Neo4j quotes some names where the engine does not.
    const plain = (text: string): string => text.toLowerCase().replace(/`/g, '');
    expect(plain(error.message)).toContain(plain(message));
    // Some of Neo4j's semantic errors name no position; where it names one, it is ours.
    if (error.message.includes('(offset:')) expect(error.message).toContain(`(offset: ${offset})`);
  });

  it.each(runtime)('%s fails: %s', async (query, message) => {
    await expect(conn.run(query, {})).rejects.toThrow(message);
  });
});
