// Specification of the differential test's allow-list: each entry explains the difference its
// reason describes and nothing wider (the near misses below are left unexplained, to fail the run).

import { describe, expect, it } from 'vitest';
import { knownDifference, rangeCountDiffers, ulpsApart } from './allow-list.js';
import type { DifferenceKind, Outcome } from './compare.js';

const rows = (...r: unknown[][]): Outcome => ({ ok: true, columns: r[0]?.map((_, i) => `c${i}`) ?? ['c0'], rows: r as never });
const none: Outcome = { ok: true, columns: ['c0'], rows: [] };
const fails = (code: string, error: string): Outcome => ({ ok: false, code, error });
const explained = (kind: DifferenceKind, query: string, embedded: Outcome, neo4j: Outcome): string | undefined =>
  knownDifference(kind, query, embedded, neo4j)?.id;

describe('math-library-ulp', () => {
  it('explains a math function whose answers differ by an ulp or so', () => {
    expect(ulpsApart(1.0986122886681096, 1.0986122886681098)).toBe(1);
    expect(explained('values', 'MATCH (n) RETURN abs(log(n.w)) AS c', rows([1.0986122886681096], [0]), rows([0], [1.0986122886681098]))).toBe(
      'math-library-ulp',
    );
  });

  it('does not explain floats further apart, other values that differ, or a query without such a function', () => {
    expect(explained('values', 'MATCH (n) RETURN log(n.w) AS c', rows([1.0986122886681096]), rows([1.0986]))).toBeUndefined();
    expect(explained('values', 'MATCH (n) RETURN log(n.w) AS c, n.s AS s', rows([1.0986122886681096, 'a']), rows([1.0986122886681098, 'b']))).toBeUndefined();
    expect(explained('values', 'MATCH (n) RETURN n.w * 3 AS c', rows([1.0986122886681096]), rows([1.0986122886681098]))).toBeUndefined();
  });
});

describe('rows-never-evaluated', () => {
  const q = 'MATCH (n)<-[r WHERE r.w > 0]-(m) WHERE 9223372036854775807 + m.id = 1 RETURN n.x AS c';

  it('explains an error an expression of the query raises on a row a WHERE removes, the other engine giving no rows', () => {
    expect(explained('only-neo4j-fails', q, none, fails('Neo.ClientError.Statement.ArithmeticError', 'long overflow'))).toBe('rows-never-evaluated');
    expect(
      explained(
        'only-neo4j-fails',
        "MATCH (n) WHERE n.id > 5 RETURN n.when + duration('PT1S').hour AS c",
        none,
        fails('Neo.ClientError.Statement.TypeError', 'No such field: hour'),
      ),
    ).toBe('rows-never-evaluated');
  });

  it('does not explain it without a WHERE, when the other engine gave rows, or an error nothing in the query raises', () => {
    expect(
      explained(
        'only-neo4j-fails',
        'MATCH (n) RETURN 9223372036854775807 + n.id AS c',
        none,
        fails('Neo.ClientError.Statement.ArithmeticError', 'long overflow'),
      ),
    ).toBeUndefined();
    expect(explained('only-neo4j-fails', q, rows([1n]), fails('Neo.ClientError.Statement.ArithmeticError', 'long overflow'))).toBeUndefined();
    expect(
      explained('only-neo4j-fails', 'MATCH (n) WHERE n.id > 5 RETURN n.x AS c', none, fails('Neo.ClientError.Statement.ArithmeticError', '/ by zero')),
    ).toBeUndefined();
    expect(explained('only-embedded-fails', q, none, rows([1n]))).toBeUndefined();
  });
});

describe('range-count', () => {
  it('knows the literal ranges whose length differs between Neo4j 5.26 and the TCK', () => {
    expect(rangeCountDiffers('RETURN range(1, 0, 2) AS r')).toBe(true);
    expect(rangeCountDiffers('RETURN range(0, 1, -123) AS r')).toBe(true);
    expect(rangeCountDiffers('RETURN range(1, 0) AS r, range(0, 10, 3) AS s, range(5, 1, -2) AS t, range(1, 0, -1) AS u')).toBe(false);
  });

  it('explains a list that differs, and a failure on the element only Neo4j has', () => {
    expect(explained('values', 'UNWIND range(1, 2) AS x RETURN range(1, 0, 2) AS c', rows([[]]), rows([[1n]]))).toBe('range-count');
    const q = "UNWIND range(2, 1, 2) AS x RETURN duration('P14D') + x AS c";
    expect(explained('only-neo4j-fails', q, none, fails('Neo.ClientError.Statement.TypeError', 'Cannot add `Duration` and `Long`'))).toBe('range-count');
    expect(explained('values', 'UNWIND range(1, 2) AS x RETURN range(1, 3, 2) AS c', rows([[1n]]), rows([[1n, 3n]]))).toBeUndefined();
  });
});

describe('temporal-union-types', () => {
  it('explains a refusal naming a temporal type in the union, not one the engine now types as Neo4j does', () => {
    const q = 'RETURN abs(([1] + [date()])[0]) AS c';
    const refused = (was: string) =>
      fails('Neo.ClientError.Statement.SyntaxError', `Type mismatch: expected Float or Integer but was ${was} (line 1, column 30 (offset: 29))`);
    expect(explained('only-neo4j-fails', q, rows([1n]), refused('Any or Date'))).toBe('temporal-union-types');
    expect(explained('only-neo4j-fails', "RETURN abs(([1] + ['a'])[0]) AS c", rows([1n]), refused('Any'))).toBeUndefined();
    expect(explained('only-neo4j-fails', "MATCH (n) RETURN abs((split('a', '') + n.tags)[0]) AS c", none, refused('Any or String'))).toBeUndefined();
  });
});
