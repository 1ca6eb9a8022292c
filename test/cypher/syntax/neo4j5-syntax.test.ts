// Neo4j 5 query syntax on the embedded engine, row for row as Neo4j 5.26 gives it (the tables in
// neo4j5-syntax-expectations.ts; test/neo4j/syntax-parity.test.ts runs them on a real server):
// type predicates, IS NORMALIZED, normalize(), trim(... FROM ...); quantified relationships and
// path patterns, path selectors. Errors at compile time carry
// the offset of the fault.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import { CypherError } from '../../../src/errors.js';
import * as X from './neo4j5-syntax-expectations.js';
import type { RowsExpectation, SyntaxErrorExpectation } from './neo4j5-syntax-expectations.js';

/** A fresh, writable engine per query: each query builds the graph it needs. */
const rows = (query: string) => new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false }).run(query).rows;

function compileFailure(query: string): CypherError {
  try {
    rows(query);
  } catch (error) {
    if (error instanceof CypherError) return error;
    throw error;
  }
  throw new Error(`no error from ${query}`);
}

function specify(name: string, table: RowsExpectation[], errors: SyntaxErrorExpectation[] = [], runtime: [string, string][] = []): void {
  describe(name, () => {
    it.each(table)('%s', (query, expected) => {
      expect(rows(query)).toEqual(expected);
    });
    if (errors.length > 0) {
      it.each(errors)('%s fails to compile at offset %i', (query, offset, message) => {
        const error = compileFailure(query);
        expect(error.phase).toBe('compile time');
        expect(error.position?.offset).toBe(offset);
        expect(error.message).toContain(message);
      });
    }
    if (runtime.length > 0) {
      it.each(runtime)('%s fails: %s', (query, message) => {
        const error = compileFailure(query);
        expect(error.phase).toBe('runtime');
        expect(error.message).toContain(message);
      });
    }
  });
}

specify('type predicates, IS NORMALIZED, normalize() and trim(... FROM ...)', X.TYPE_PREDICATES, X.TYPE_PREDICATE_ERRORS, X.TYPE_PREDICATE_RUNTIME_ERRORS);
specify(
  'quantified relationships and path patterns, group variables, path selectors',
  [...X.QUANTIFIED_PATTERNS.map(([q, r]): RowsExpectation => [`${X.QPP_GRAPH} ${q}`, r]), ...X.SHORTEST_PATHS],
  X.QUANTIFIED_PATTERN_ERRORS,
);
