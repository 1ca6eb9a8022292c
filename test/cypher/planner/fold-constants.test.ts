// The planner folds number literals as Neo4j 5.26's planner does, before any row and without a
// graph: the printed expression after folding (the rows these give on both engines are in
// test/cypher/syntax/neo4j5-dialect-expectations.ts, checked on a real Neo4j by syntax-parity).

import { describe, expect, it } from 'vitest';
import type * as A from '../../../src/cypher/ast/ast.js';
import { print } from '../../../src/cypher/ast/printer.js';
import { parse } from '../../../src/cypher/parser/index.js';
import { foldConstants } from '../../../src/cypher/planner/index.js';

/** The first RETURN item of `RETURN <expression>` (or of the query's last RETURN), folded and printed. */
function folded(query: string): string {
  const ast = foldConstants(parse(query.startsWith('RETURN') || query.includes(' RETURN ') ? query : `RETURN ${query}`));
  const single = ast.kind === 'SingleQuery' ? ast : ast.queries[0]!;
  const ret = single.clauses.at(-1) as A.ReturnClause;
  return print(ret.items[0]!.expression);
}

describe('folding number literals', () => {
  it.each([
    ['1 + 2 * 3', '7'],
    ['1.5 / 0', 'Infinity'],
    ['-1.5 / 0', '(-Infinity)'],
    ['9007199254740993 = 9007199254740992.0', 'true'],
    ['9007199254740993 > 9007199254740992.0', 'false'],
    ['2 ^ 3', '8.0'],
    ['-9223372036854775808 / -1', '-9223372036854775808'],
    ['-7 % 3', '-1'],
    ['1 < 2.0 < 3', 'true AND true'],
  ])('%s is %s', (expression, expected) => {
    expect(folded(expression)).toBe(expected);
  });

  it.each([
    // What would fail stays as written, to fail at run time only where it runs.
    ['9223372036854775807 + 1', '9223372036854775807 + 1'],
    ['1 / 0', '1 / 0'],
    ['5 % 0', '5 % 0'],
    // Only =, < and > are folded.
    ['9007199254740993 <= 9007199254740992.0', '9007199254740993 <= 9007199254740992.0'],
    ['9007199254740993 <> 9007199254740992.0', '9007199254740993 <> 9007199254740992.0'],
  ])('%s is left as %s', (expression, expected) => {
    expect(folded(expression)).toBe(expected);
  });

  it.each([
    ['WITH 1 AS x RETURN x * 3 * 5', 'x * 15'],
    ['WITH 1 AS x RETURN 3 * x', 'x * 3'],
    ['WITH 1 AS x RETURN 0.1 * (x * 1e308)', 'x * 1.0000000000000001e+307'],
    ['WITH 1 AS x RETURN x * 9223372036854775807 * 2', '9223372036854775807 * 2 * x'],
    ['WITH 1 AS x RETURN x + 1 + 2', 'x + 1 + 2'],
  ])('%s: literal factors of a product multiply first', (query, expected) => {
    expect(folded(query)).toBe(expected);
  });

  it('leaves a query with nothing to fold as the same object', () => {
    const ast = parse('MATCH (n) WHERE n.x > 1 RETURN n.y + 2 AS z');
    expect(foldConstants(ast)).toBe(ast);
  });
});
