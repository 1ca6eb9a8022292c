// The random differential test (test/differential/) in CI: a fixed sample of random queries over
// random graphs gives the same rows on the embedded engine and on a real Neo4j 5.26, or a
// difference the allow-list explains; and what the full runs found and the engine now does as
// Neo4j does (test/cypher/differential/) holds on the real server too.

import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toQueryResult } from '../../src/neo4j/index.js';
import { knownDifference } from '../differential/allow-list.js';
import { makeCases, Neo4jSide, runCases } from '../differential/run-cases.js';
import { FOUND_ERRORS, FOUND_ROWS, FOUND_RUNTIME_ERRORS } from '../cypher/differential/neo4j-found-differences.js';
import { startServer, stopServer } from '../../scripts/neo4j-server.mjs';
import { freePort } from './helpers/free-port.js';
import { describeWithNeo4j } from './helpers/server.js';

/** The CI sample: `npm run cypher:diff -- --seed 7 --cases 300` runs the same cases. */
const SEED = 7;
const CASES = 300;

// labels(n) lists labels in label-token order, which these cases compare. On the server the other
// files share, tokens made in transactions that failed or were rolled back leave ids that later
// labels take out of first-met order: this file starts a server of its own (same Neo4j, new data).
describeWithNeo4j('the embedded engine and Neo4j on random queries', () => {
  let uri: string;
  let port: number;
  let side: Neo4jSide;
  beforeAll(async () => {
    port = await freePort();
    ({ uri } = await startServer({ port, ownerPid: process.pid }));
    side = await Neo4jSide.open(uri);
  }, 300_000);
  afterAll(async () => {
    await side?.close();
    if (port) await stopServer({ port });
  });

  it(`${CASES} random cases (seed ${SEED}) agree, or differ only as the allow-list explains`, { timeout: 600_000 }, async () => {
    const results = await runCases(makeCases(SEED, CASES), side);
    const unexplained = results
      .filter((r) => !r.verdict.agree && !knownDifference(r.verdict.kind!, r.case.query.text, r.embedded, r.neo4j))
      .map((r) => `case ${r.case.index} ${r.verdict.kind}: ${r.case.query.text}\n    ${r.verdict.detail}`);
    expect(unexplained).toEqual([]);
    // The sample is worth something only if many queries run and return rows (136 of the 300
    // do), and few fail on both engines alike.
    const withRows = results.filter((r) => r.embedded.ok && r.embedded.rows.length > 0).length;
    expect(withRows).toBeGreaterThan(CASES / 3);
    expect(results.filter((r) => r.verdict.bothFail).length).toBeLessThan(CASES / 4);
  });

  async function runAll(statements: string[]) {
    const driver = neo4j.driver(uri, undefined, { useBigInt: true });
    const session = driver.session();
    try {
      await session.run('MATCH (n) DETACH DELETE n');
      let last = null;
      for (const s of statements) {
        const running = session.run(s);
        last = toQueryResult((await running.keys()).map(String), await running);
      }
      return last!;
    } finally {
      await session.run('MATCH (n) DETACH DELETE n');
      await session.close();
      await driver.close();
    }
  }

  it.each(FOUND_ROWS)('found difference, now as Neo4j: %s', async (_name, statements, rows) => {
    expect((await runAll(statements)).rows).toEqual(rows);
  });

  it.each(FOUND_RUNTIME_ERRORS)('found difference, now as Neo4j: %s fails', async (_name, statements, message) => {
    await expect(runAll(statements)).rejects.toThrow(message);
  });

  it.each(FOUND_ERRORS)('found difference, now as Neo4j: %s is refused', async (query, message) => {
    await expect(runAll([query])).rejects.toThrow(message);
  });
});
