// Specification of what the random differential test found unlike Neo4j 5.26 and the engine now
// does as Neo4j does (expectations in neo4j-found-differences.ts, read off the real server).

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import { CypherError } from '../../../src/errors.js';
import { FOUND_ERRORS, FOUND_ROWS, FOUND_RUNTIME_ERRORS } from './neo4j-found-differences.js';

const newEngine = () => new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });

describe('found by the differential test, now as Neo4j 5.26', () => {
  it.each(FOUND_ROWS)('%s', (_name, statements, rows) => {
    const engine = newEngine();
    const results = statements.map((s) => engine.run(s));
    expect(results.at(-1)!.rows).toEqual(rows);
  });

  it.each(FOUND_RUNTIME_ERRORS)('%s fails at run time', (_name, statements, message) => {
    const engine = newEngine();
    for (const s of statements.slice(0, -1)) engine.run(s);
    expect(() => engine.run(statements.at(-1)!)).toThrow(message);
  });

  it.each(FOUND_ERRORS)('%s is refused: %s', (query, message) => {
    const engine = newEngine();
    expect(() => engine.run(query)).toThrow(CypherError);
    expect(() => engine.run(query)).toThrow(message);
    expect(() => engine.run(query)).toThrow(expect.objectContaining({ position: expect.objectContaining({ line: 1 }) }));
  });
});
