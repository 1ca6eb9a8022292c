// The TCK step semantics, run against a scripted fake engine: results in and out of order,
// expected errors, side effects, parameters, procedures, named graphs, and the rule that a
// scenario the engine cannot run is never counted as passed.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeature } from './lib/gherkin.js';
import { runScenario, splitStatements, type OutcomeReason } from './lib/run-scenario.js';
import { FakeTarget, type FakeAnswer } from './fixtures/fake-target.js';
import { CypherError, QueryLimitError } from '../../src/errors.js';
import { Node } from '../../src/cypher/values.js';

const rows =
  (columns: string[], ...values: unknown[][]) =>
  () => ({ columns, rows: values as never });

/** Answers of the fake engine, by query text with whitespace collapsed. */
const ANSWERS: Record<string, FakeAnswer> = {
  'UNWIND [1, 2] AS x RETURN x': rows(['x'], [2n], [1n]),
  'RETURN 1.0 AS f': rows(['f'], [1]),
  'MATCH (n) RETURN n': rows(['n'], [new Node('1', ['B', 'A'], { name: 'x' })]),
  'RETURN $p AS p': (params) => ({ columns: ['p'], rows: [[params.p ?? null]] }),
  'RETURN x': () => {
    throw new CypherError('compile time', 'SyntaxError', 'UndefinedVariable', 'Variable `x` not defined');
  },
  'RETURN 1/0': () => {
    throw new CypherError('runtime', 'ArithmeticError', 'DivisionByZero', '/ by zero');
  },
  'RETURN boom': () => {
    throw new Error('not implemented: boom');
  },
  'RETURN slow': () => {
    throw new QueryLimitError('E_QUERY_TIMEOUT', 'query exceeded 10 ms');
  },
  'CREATE (:L {k: 1})': (_p, g) => {
    g.nodes.set(`n${g.nodes.size}`, { labels: ['L'], properties: { k: '1' } });
    return { columns: [], rows: [] };
  },
  'CALL test.my.proc(1) YIELD out RETURN out': rows(['out'], ['one']),
};

async function run(steps: string, tags = ''): Promise<{ reason: OutcomeReason; message: string; target: FakeTarget }> {
  const feature = parseFeature(`Feature: F\n  ${tags}\n  Scenario: S\n${steps.replace(/^/gm, '    ')}\n`);
  const target = new FakeTarget(ANSWERS);
  const outcome = await runScenario(feature.scenarios[0]!, target, { graphDirs: [] });
  return { reason: outcome.reason, message: outcome.message, target };
}

const query = (q: string) => `When executing query:\n  """\n  ${q}\n  """`;

describe('runScenario', () => {
  it.each<[string, string, OutcomeReason]>([
    ['rows in any order', `${query('UNWIND [1, 2] AS x RETURN x')}\nThen the result should be, in any order:\n  | x |\n  | 1 |\n  | 2 |`, 'passed'],
    ['rows in the wrong order', `${query('UNWIND [1, 2] AS x RETURN x')}\nThen the result should be, in order:\n  | x |\n  | 1 |\n  | 2 |`, 'result-mismatch'],
    ['a missing row', `${query('UNWIND [1, 2] AS x RETURN x')}\nThen the result should be, in any order:\n  | x |\n  | 1 |`, 'result-mismatch'],
    ['a float where an integer is expected', `${query('RETURN 1.0 AS f')}\nThen the result should be, in any order:\n  | f |\n  | 1 |`, 'result-mismatch'],
    ['another column name', `${query('RETURN 1.0 AS f')}\nThen the result should be, in any order:\n  | g   |\n  | 1.0 |`, 'columns-mismatch'],
    [
      'a node by labels and properties',
      `${query('MATCH (n) RETURN n')}\nThen the result should be, in any order:\n  | n |\n  | (:A:B {name: 'x'}) |`,
      'passed',
    ],
    ['rows where none are expected', `${query('MATCH (n) RETURN n')}\nThen the result should be empty`, 'result-mismatch'],
    ['the expected error', `${query('RETURN x')}\nThen a SyntaxError should be raised at compile time: UndefinedVariable`, 'passed'],
    ['an error at any time', `${query('RETURN x')}\nThen a SyntaxError should be raised at any time: *`, 'passed'],
    ['an error of another detail', `${query('RETURN x')}\nThen a SyntaxError should be raised at compile time: VariableAlreadyBound`, 'error-mismatch'],
    ['an error in another phase', `${query('RETURN x')}\nThen a SyntaxError should be raised at runtime: UndefinedVariable`, 'error-mismatch'],
    ['no error where one is expected', `${query('RETURN 1.0 AS f')}\nThen a TypeError should be raised at runtime: InvalidArgumentType`, 'missing-error'],
    ['an error where rows are expected', `${query('RETURN 1/0')}\nThen the result should be empty`, 'unexpected-error'],
    ['an engine crash where an error is expected', `${query('RETURN boom')}\nThen a TypeError should be raised at runtime: InvalidArgumentType`, 'crash'],
    ['an engine crash where rows are expected', `${query('RETURN boom')}\nThen the result should be empty`, 'crash'],
    ['a query timeout', `${query('RETURN slow')}\nThen the result should be empty`, 'timeout'],
    [
      'side effects as stated',
      `Given an empty graph\n${query('CREATE (:L {k: 1})')}\nThen the result should be empty\nAnd the side effects should be:\n  | +nodes      | 1 |\n  | +labels     | 1 |\n  | +properties | 1 |`,
      'passed',
    ],
    [
      'side effects missing from the statement',
      `${query('CREATE (:L {k: 1})')}\nThen the result should be empty\nAnd the side effects should be:\n  | +nodes | 1 |`,
      'side-effects-mismatch',
    ],
    ['side effects where none are expected', `${query('CREATE (:L {k: 1})')}\nThen the result should be empty\nAnd no side effects`, 'side-effects-mismatch'],
    [
      'setup changes are not side effects',
      `Given an empty graph\nAnd having executed:\n  """\n  CREATE (:L {k: 1})\n  """\n${query('MATCH (n) RETURN n')}\nThen the result should be, in any order:\n  | n |\n  | (:A:B {name: 'x'}) |\nAnd no side effects`,
      'passed',
    ],
    [
      'a failing setup query',
      `Given any graph\nAnd having executed:\n  """\n  RETURN boom\n  """\n${query('RETURN 1.0 AS f')}\nThen the result should be empty`,
      'setup-failed',
    ],
    [
      'an unknown step',
      `Given a graph with 3 nodes\n${query('RETURN 1.0 AS f')}\nThen the result should be, in any order:\n  | f |\n  | 1.0 |`,
      'unsupported-step',
    ],
    ['a query with nothing checked', query('RETURN 1.0 AS f'), 'unsupported-step'],
    ['an unreadable expected value', `${query('RETURN 1.0 AS f')}\nThen the result should be, in any order:\n  | f |\n  | 1.0.0 |`, 'tck-syntax'],
  ])('%s', async (_name, steps, reason) => {
    expect((await run(steps)).reason).toBe(reason);
  });

  it('passes parameters as CypherValues', async () => {
    const steps = `And parameters are:\n  | p | [1, 'a'] |\n${query('RETURN $p AS p')}\nThen the result should be, in any order:\n  | p |\n  | [1, 'a'] |`;
    expect((await run(steps)).reason).toBe('passed');
  });

  it('skips a scenario tagged @ignore without running it', async () => {
    const { reason, target } = await run(query('RETURN boom'), '@ignore');
    expect(reason).toBe('skipped');
    expect(target.queries).toEqual([]);
  });

  it('hands declared procedures to the target', async () => {
    const steps = `Given an empty graph\nAnd there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):\n  | in | out |\n  | 1 | 'one' |\n${query('CALL test.my.proc(1) YIELD out RETURN out')}\nThen the result should be, in order:\n  | out |\n  | 'one' |`;
    const { reason, target } = await run(steps);
    expect(reason).toBe('passed');
    expect(target.procedures).toEqual([
      {
        name: 'test.my.proc',
        inputs: [{ name: 'in', type: 'INTEGER?' }],
        outputs: [{ name: 'out', type: 'STRING?' }],
        header: ['in', 'out'],
        rows: [[1n, 'one']],
      },
    ]);
  });

  it('loads a named graph statement by statement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tck-graphs-'));
    mkdirSync(join(dir, 'tiny'));
    writeFileSync(join(dir, 'tiny', 'tiny.cypher'), 'CREATE (:L {k: 1});\nCREATE (:L {k: 1});\n');
    const feature = parseFeature(
      `Feature: F\n  Scenario: S\n    Given the tiny graph\n    ${query('MATCH (n) RETURN n').replace(/\n/g, '\n    ')}\n    Then the result should be, in any order:\n      | n |\n      | (:A:B {name: 'x'}) |\n`,
    );
    const target = new FakeTarget(ANSWERS);
    const outcome = await runScenario(feature.scenarios[0]!, target, { graphDirs: [dir] });
    expect(outcome.reason).toBe('passed');
    expect(target.graph.nodes.size).toBe(2);
  });
});

describe('splitStatements', () => {
  it('splits at semicolons that end a line, keeping those inside a line', () => {
    expect(splitStatements("CREATE (a {s: 'x;y'})\nCREATE (b);\nMATCH (n) RETURN n;\n")).toEqual(["CREATE (a {s: 'x;y'})\nCREATE (b)", 'MATCH (n) RETURN n']);
  });
});
