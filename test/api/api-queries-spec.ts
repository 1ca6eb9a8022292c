// The declared API queries against an engine's real rows: every query of API_QUERIES, run with
// the defaults its file declares, gives rows its decoder accepts. Run on each engine (embedded
// here, Neo4j in test/neo4j/api.test.ts), so a shape one engine gives and the other does not fails.

import { describe, expect, it } from 'vitest';
import { API_QUERIES, cypherParams, namedQuery, RowReader } from '../../src/api/index.js';
import type { QueryBackend } from '../../src/api/index.js';

export function describeApiQueries(engine: string, backend: () => QueryBackend): void {
  describe(`the API's declared queries on ${engine}`, () => {
    it.each(Object.entries(API_QUERIES))('%s: the rows decode with the default parameters', async (_key, query) => {
      const file = namedQuery(query.name);
      const result = await backend().run(file.text, cypherParams(file.defaults));
      expect(result.rows.length).toBeGreaterThan(0);
      for (const row of result.rows) {
        const byColumn = Object.fromEntries(result.columns.map((column, i) => [column, row[i] ?? null]));
        expect(() => query.row(new RowReader(byColumn, query.name, engine))).not.toThrow();
      }
    });
  });
}
