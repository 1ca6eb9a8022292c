// Parity with Neo4j 5.26 on 1,187 generated temporal expressions (construction, selection,
// truncation, arithmetic, between, accessors, comparison), whose answers Neo4j gave once:
// data/neo4j-parity.json, recorded by tools/record-neo4j-parity.ts against a real server.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../../src/errors.js';
import { MiniGraph } from './mini-cypher.js';

interface ParityCase {
  expr: string;
  neo4j: string | null;
  error?: string;
}

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'data/neo4j-parity.json'), 'utf8')) as { cases: ParityCase[] };
// Error kinds Neo4j reports as a Cypher status we also name; others (ExecutionFailed, procedure
// signature faults) only require that we fail too.
const NAMED_ERRORS = new Set(['TypeError', 'ArgumentError', 'SyntaxError', 'ArithmeticError']);

function ours(expr: string): { value: string | null } | { error: CypherError } {
  try {
    const [row] = new MiniGraph().run(`RETURN toString(${expr}) AS x`).rows;
    const v = row![0]!;
    return { value: v === null ? null : String(v) };
  } catch (e) {
    if (e instanceof CypherError) return { error: e };
    throw e;
  }
}

describe('temporal expressions answer as Neo4j 5.26 answers them', () => {
  it('has the recorded cases', () => {
    expect(cases.length).toBeGreaterThan(1000);
  });

  it.each(cases.map((c) => [c.expr, c] as const))('%s', (_expr, c) => {
    const got = ours(c.expr);
    if (c.error === undefined) {
      expect(got).toEqual({ value: c.neo4j });
    } else {
      expect(got).toHaveProperty('error');
      if (NAMED_ERRORS.has(c.error)) expect((got as { error: CypherError }).error.type).toBe(c.error);
    }
  });
});
