// Specification of ORDER BY ... LIMIT k: the rows are the first k of the whole sorted result,
// ties in input order, whether the engine keeps the best k as rows stream in or sorts them all.

import fc from 'fast-check';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine, fromJson } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph);

const rowsArb = fc.array(fc.record({ a: fc.integer({ min: 0, max: 4 }), b: fc.constantFrom('x', 'y', 'z', null) }), { maxLength: 60 });

describe('ORDER BY with LIMIT', () => {
  it('gives the first rows of the full sort, ties in input order', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), (rows, limit, skip, desc) => {
        const params = { rows: fromJson(rows.map((r, i) => ({ ...r, i }))), limit: BigInt(limit), skip: BigInt(skip) };
        const order = `ORDER BY r.a ${desc ? 'DESC' : ''}, r.b`;
        const limited = engine.run(`UNWIND $rows AS r RETURN r.i AS i ${order} SKIP $skip LIMIT $limit`, params).rows;
        const all = engine.run(`UNWIND $rows AS r RETURN r.i AS i ${order}`, params).rows;
        expect(limited).toEqual(all.slice(skip, skip + limit));
        // Ties keep input order: within equal keys, i ascends.
        const key = (i: bigint) => JSON.stringify([rows[Number(i)]!.a, rows[Number(i)]!.b]);
        for (let j = 1; j < all.length; j++) if (key(all[j - 1]![0] as bigint) === key(all[j]![0] as bigint)) expect(all[j - 1]![0]! < all[j]![0]!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
