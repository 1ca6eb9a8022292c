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
import * as D from './neo4j5-dialect-expectations.js';
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
specify('OPTIONAL CALL, CALL { … } IN TRANSACTIONS, FINISH, COLLECT / COUNT / EXISTS { } anywhere', X.CLAUSES, X.CLAUSE_ERRORS);
specify('dynamic labels and types', X.DYNAMIC_LABELS, X.DYNAMIC_LABEL_ERRORS, X.DYNAMIC_LABEL_RUNTIME_ERRORS);
specify('functions added in Neo4j 5', X.FUNCTIONS, [], X.FUNCTION_RUNTIME_ERRORS);
specify(
  'the features together',
  X.MIXED.map(([q, r]): RowsExpectation => [`${X.MIXED_GRAPH} ${q}`, r]),
);

specify(
  'queries in the dialect that differed before: numbers, strings, extended CASE, relationship type expressions, stored lists',
  D.DIALECT,
  D.DIALECT_ERRORS,
  D.DIALECT_RUNTIME_ERRORS,
);

describe('what the embedded engine cannot do with IN TRANSACTIONS', () => {
  it.each([
    ['UNWIND [1] AS i CALL (i) { CREATE (:T) } IN TRANSACTIONS ON ERROR CONTINUE', 41],
    ['UNWIND [1] AS i CALL (i) { CREATE (:T) } IN TRANSACTIONS REPORT STATUS AS s', 74],
  ])('%s is refused at compile time: no batch can be rolled back', (query, offset) => {
    const error = compileFailure(query);
    expect(error.code).toBe('E_CYPHER_UNSUPPORTED_FEATURE');
    expect(error.position?.offset).toBe(offset);
  });

  it('IN TRANSACTIONS nested in a subquery is refused', () => {
    const error = compileFailure('CALL { UNWIND [1] AS i CALL (i) { CREATE (:T) } IN TRANSACTIONS } RETURN 1');
    expect(error.code).toBe('E_CYPHER_INVALID_CLAUSE_COMPOSITION');
  });

  it('a read-only engine refuses the writes inside', () => {
    const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph);
    expect(() => engine.run('UNWIND [1] AS i CALL (i) { CREATE (:T) } IN TRANSACTIONS')).toThrow(/read-only/);
  });
});
