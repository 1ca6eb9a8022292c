// Specification of the Cypher parser: what each grammar area parses to, and the syntax errors
// it raises (TCK detail, line and column). Printed forms show structure, e.g. added parentheses.

import { describe, expect, it } from 'vitest';
import { print } from '../../../src/cypher/ast/index.js';
import type { Expression, Query, SingleQuery } from '../../../src/cypher/ast/index.js';
import { parse, parseExpression } from '../../../src/cypher/parser/index.js';
import { CypherError } from '../../../src/errors.js';

const firstClause = (query: string) => (parse(query) as SingleQuery).clauses[0]!;
const returned = (expression: string): Expression => {
  const clause = firstClause(`RETURN ${expression}`);
  if (clause.kind !== 'Return') throw new Error('not a RETURN');
  return clause.items[0]!.expression;
};

/** Prints an expression with every compound node in parentheses, to show how it grouped. */
function grouping(e: Expression): string {
  switch (e.kind) {
    case 'Binary':
      return `(${grouping(e.left)} ${e.operator} ${grouping(e.right)})`;
    case 'Unary':
      return `(${e.operator} ${grouping(e.operand)})`;
    case 'Comparison':
      return `(${e.operands
        .map(grouping)
        .map((s, i) => (i ? `${e.operators[i - 1]} ${s}` : s))
        .join(' ')})`;
    case 'IsNull':
      return `(${grouping(e.operand)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
    case 'PropertyAccess':
      return `${grouping(e.object)}.${e.key}`;
    case 'LabelPredicate':
      return `(${grouping(e.operand)}:${e.labels.join(':')})`;
    default:
      return print(e);
  }
}

describe('operator precedence and associativity', () => {
  it.each([
    ['a OR b AND c', '(a OR (b AND c))'],
    ['a XOR b OR c', '((a XOR b) OR c)'],
    ['NOT a AND b', '((NOT a) AND b)'],
    ['NOT a = b', '(NOT (a = b))'],
    ['a = b OR c < d', '((a = b) OR (c < d))'],
    ['a < b <= c', '(a < b <= c)'],
    ['a + b * c', '(a + (b * c))'],
    ['a - b - c', '((a - b) - c)'],
    ['a ^ b ^ c', '((a ^ b) ^ c)'],
    ['-a ^ 2', '((- a) ^ 2)'],
    ['a * b % c', '((a * b) % c)'],
    ['a + b IN c', '((a + b) IN c)'],
    ['a IN b = c', '((a IN b) = c)'],
    ['a.x IS NULL = true', '((a.x IS NULL) = true)'],
    ['a.b.c IS NOT NULL', '(a.b.c IS NOT NULL)'],
    ["a STARTS WITH 'x' AND b ENDS WITH 'y'", "((a STARTS WITH 'x') AND (b ENDS WITH 'y'))"],
    ["a CONTAINS 'x' OR a =~ 'y.*'", "((a CONTAINS 'x') OR (a =~ 'y.*'))"],
    ['NOT n:A:B', '(NOT (n:A:B))'],
  ])('%s groups as %s', (text, expected) => {
    expect(grouping(parseExpression(text))).toBe(expected);
  });
});

describe('literals', () => {
  it.each([
    ['42', { kind: 'IntegerLiteral', value: 42n }],
    ['0x7FFFFFFFFFFFFFFF', { kind: 'IntegerLiteral', value: 9223372036854775807n }],
    ['-9223372036854775808', { kind: 'IntegerLiteral', value: -9223372036854775808n }],
    ['-0x8000000000000000', { kind: 'IntegerLiteral', value: -9223372036854775808n }],
    ['0o17', { kind: 'IntegerLiteral', value: 15n }],
    ['1.5e3', { kind: 'FloatLiteral', value: 1500 }],
    ["'a\\tb'", { kind: 'StringLiteral', value: 'a\tb' }],
    ['TRUE', { kind: 'BooleanLiteral', value: true }],
    ['false', { kind: 'BooleanLiteral', value: false }],
    ['NULL', { kind: 'NullLiteral' }],
    ['[1, [], null]', { kind: 'ListLiteral', elements: [{ kind: 'IntegerLiteral' }, { kind: 'ListLiteral' }, { kind: 'NullLiteral' }] }],
    ["{a: 1, `b c`: 'x'}", { kind: 'MapLiteral', entries: [{ key: 'a' }, { key: 'b c' }] }],
    ['$p', { kind: 'Parameter', name: 'p' }],
    ['$0', { kind: 'Parameter', name: '0' }],
    ['1_000_000', { kind: 'IntegerLiteral', value: 1000000n }],
    ['0x_FF_FF', { kind: 'IntegerLiteral', value: 65535n }],
    ['1_000.5', { kind: 'FloatLiteral', value: 1000.5 }],
    ['Infinity', { kind: 'FloatLiteral', value: Infinity }],
    ['INF', { kind: 'FloatLiteral', value: Infinity }],
  ])('%s', (text, expected) => {
    expect(returned(text)).toMatchObject(expected);
  });

  it('reads NaN as a float', () => {
    expect(Number.isNaN((returned('NaN') as { value: number }).value)).toBe(true);
  });

  it('keeps a unary minus before a non-literal as an operator', () => {
    expect(returned('-x')).toMatchObject({ kind: 'Unary', operator: '-', operand: { kind: 'Variable', name: 'x' } });
  });
});

describe('expressions', () => {
  it.each([
    ['n.name', { kind: 'PropertyAccess', key: 'name', object: { kind: 'Variable', name: 'n' } }],
    ["n['name']", { kind: 'Subscript', index: { kind: 'StringLiteral', value: 'name' } }],
    ['l[1..3]', { kind: 'Slice', from: { value: 1n }, to: { value: 3n } }],
    ['l[..3]', { kind: 'Slice', from: null, to: { value: 3n } }],
    ['l[1..]', { kind: 'Slice', from: { value: 1n }, to: null }],
    ['count(*)', { kind: 'CountStar' }],
    ['count(DISTINCT n.x)', { kind: 'FunctionCall', name: 'count', distinct: true, namespace: [] }],
    ["date.truncate('month', d)", { kind: 'FunctionCall', namespace: ['date'], name: 'truncate' }],
    ['CASE WHEN a THEN 1 ELSE 2 END', { kind: 'Case', test: null, alternatives: [{ kind: 'CaseAlternative' }], default: { value: 2n } }],
    ['CASE x WHEN 1 THEN 2 END', { kind: 'Case', test: { name: 'x' }, default: null }],
    ['[x IN l WHERE x > 1 | x * 2]', { kind: 'ListComprehension', variable: { name: 'x' }, where: { kind: 'Comparison' }, projection: { kind: 'Binary' } }],
    ['[x IN l | x]', { kind: 'ListComprehension', where: null, projection: { kind: 'Variable' } }],
    ['[p = (a)-->(b) WHERE b.x | p]', { kind: 'PatternComprehension', variable: { name: 'p' }, pattern: { relationships: [{ direction: 'right' }] } }],
    ['[(a)-[:T]->(b) | b.name]', { kind: 'PatternComprehension', variable: null }],
    ['[(1 + 2)]', { kind: 'ListLiteral', elements: [{ kind: 'Binary' }] }],
    ['all(x IN l WHERE x > 0)', { kind: 'Quantifier', quantifier: 'all' }],
    ['single(x IN l WHERE x)', { kind: 'Quantifier', quantifier: 'single' }],
    ['reduce(acc = 0, x IN l | acc + x)', { kind: 'Reduce', accumulator: { name: 'acc' }, variable: { name: 'x' } }],
    [
      'n {.name, .*, k: 1, other}',
      {
        kind: 'MapProjection',
        items: [{ kind: 'PropertySelector', key: 'name' }, { kind: 'AllPropertiesSelector' }, { kind: 'LiteralEntry', key: 'k' }, { kind: 'VariableSelector' }],
      },
    ],
    ['EXISTS { (n)-->() }', { kind: 'ExistsSubquery', query: null, pattern: { kind: 'Pattern' } }],
    ['EXISTS { MATCH (n)-->(m) RETURN m }', { kind: 'ExistsSubquery', query: { kind: 'SingleQuery' }, pattern: null }],
    ['COUNT { (n)-->(m) WHERE m.x = 1 }', { kind: 'CountSubquery', where: { kind: 'Comparison' } }],
    ['COLLECT { MATCH (m) RETURN m.x }', { kind: 'CollectSubquery' }],
    ['(n)-[:KNOWS]->(:Person)', { kind: 'PatternExpression', pattern: { nodes: [{}, { labels: ['Person'] }] } }],
    ['(n)', { kind: 'Variable', name: 'n' }],
    ['exists(n.prop)', { kind: 'FunctionCall', name: 'exists' }],
    ['`my var`', { kind: 'Variable', name: 'my var' }],
    ['n:A:B', { kind: 'LabelPredicate', labels: ['A', 'B'] }],
    ['n:A&B', { kind: 'LabelPredicate', labels: ['A', 'B'], labelExpression: null }],
    ['n:A|B', { kind: 'LabelPredicate', labels: [], labelExpression: { kind: 'LabelOr', operands: [{ name: 'A' }, { name: 'B' }] } }],
    ['n:!A', { kind: 'LabelPredicate', labelExpression: { kind: 'LabelNot', operand: { name: 'A' } } }],
    ['n:%', { kind: 'LabelPredicate', labelExpression: { kind: 'LabelWildcard' } }],
    ['[x IN l WHERE x:A | x]', { kind: 'ListComprehension', where: { kind: 'LabelPredicate', labels: ['A'] }, projection: { kind: 'Variable' } }],
    ['[x IN l WHERE x:(A|B) | x]', { kind: 'ListComprehension', where: { labelExpression: { kind: 'LabelOr' } }, projection: { kind: 'Variable' } }],
  ])('%s', (text, expected) => {
    expect(returned(text)).toMatchObject(expected);
  });
});

describe('patterns', () => {
  const pattern = (text: string) => {
    const clause = firstClause(`MATCH ${text} RETURN 1`);
    if (clause.kind !== 'Match') throw new Error('not MATCH');
    return clause.pattern;
  };

  it.each([
    ['(a)-->(b)', 'right', null],
    ['(a)<--(b)', 'left', null],
    ['(a)--(b)', 'none', null],
    ['(a)<-->(b)', 'none', null],
    ['(a)-[*]->(b)', 'right', { min: null, max: null }],
    ['(a)-[*2]->(b)', 'right', { min: 2, max: 2 }],
    ['(a)-[*1..3]->(b)', 'right', { min: 1, max: 3 }],
    ['(a)-[*..3]->(b)', 'right', { min: null, max: 3 }],
    ['(a)-[*2..]->(b)', 'right', { min: 2, max: null }],
  ])('%s has direction %s and length %j', (text, direction, length) => {
    expect(pattern(text).parts[0]!.element.relationships[0]).toMatchObject({ direction, length });
  });

  it('reads node labels, properties and inline WHERE', () => {
    expect(pattern('(n:A:B {x: 1, y: $y} WHERE n.z > 0)').parts[0]!.element.nodes[0]).toMatchObject({
      variable: { name: 'n' },
      labels: ['A', 'B'],
      labelExpression: null,
      properties: { kind: 'MapLiteral', entries: [{ key: 'x' }, { key: 'y', value: { kind: 'Parameter' } }] },
      where: { kind: 'Comparison' },
    });
  });

  it('reads WHERE as a variable name where no predicate can follow', () => {
    const element = pattern('(where:A)-[where2 WHERE where2.x = 1]->(n WHERE n.y = 2)').parts[0]!.element;
    expect(element.nodes[0]).toMatchObject({ variable: { name: 'where' }, labels: ['A'], where: null });
    expect(element.relationships[0]).toMatchObject({ variable: { name: 'where2' }, where: { kind: 'Comparison' } });
    expect(element.nodes[1]).toMatchObject({ variable: { name: 'n' }, where: { kind: 'Comparison' } });
    expect(pattern('()-[WHERE:T]->()').parts[0]!.element.relationships[0]).toMatchObject({ variable: { name: 'WHERE' }, types: ['T'] });
  });

  it('reads relationship type alternatives, with or without repeated colons', () => {
    expect(pattern('()-[r:T|U|V {w: 1}]->()').parts[0]!.element.relationships[0]).toMatchObject({
      variable: { name: 'r' },
      types: ['T', 'U', 'V'],
      properties: { kind: 'MapLiteral' },
    });
    expect(pattern('()-[:T|U|:V]->()').parts[0]!.element.relationships[0]).toMatchObject({ types: ['T', 'U', 'V'], typeExpression: null });
  });

  it("refuses openCypher's `|:` where Neo4j 5 does: with a variable, properties, a length or other type operators", () => {
    for (const text of [
      'MATCH ()-[r:T|:V]->() RETURN 1',
      'MATCH ()-[:T|:V {w: 1}]->() RETURN 1',
      'MATCH ()-[:T|:V*]->() RETURN 1',
      'MATCH ()-[:T|:V&W]->() RETURN 1',
    ]) {
      expect(() => parse(text), text).toThrow(/colon in the separation of alternative relationship types/);
    }
  });

  it('reads relationship type expressions: negation, conjunction, the wildcard, parentheses', () => {
    const rel = (text: string) => pattern(`()-[${text}]->()`).parts[0]!.element.relationships[0]!;
    expect(rel(':!R')).toMatchObject({ types: [], typeExpression: { kind: 'LabelNot', operand: { kind: 'LabelName', name: 'R' } } });
    expect(rel(':R|S&T').typeExpression).toMatchObject({ kind: 'LabelOr', operands: [{ name: 'R' }, { kind: 'LabelAnd' }] });
    expect(rel(':%')).toMatchObject({ types: [], typeExpression: { kind: 'LabelWildcard' } });
    expect(rel(':(R)')).toMatchObject({ types: ['R'], typeExpression: null });
    expect(print(parse('MATCH ()-[r:(R|S)&!S]->() RETURN r'))).toContain('[r:(R|S)&!S]');
    expect(() => parse('MATCH ()-[:R:S]->() RETURN 1')).toThrow(/may not be combined using ':'/);
    expect(() => parse('MATCH ()-[:!R*1..2]->() RETURN 1')).toThrow(/Variable length relationships must not use relationship type expressions/);
  });

  it('reads label expressions beyond the plain conjunction', () => {
    expect(pattern('(n:A|!B)').parts[0]!.element.nodes[0]).toMatchObject({
      labels: [],
      labelExpression: { kind: 'LabelOr', operands: [{ kind: 'LabelName', name: 'A' }, { kind: 'LabelNot' }] },
    });
  });

  it('reads named paths, shortestPath and several parts', () => {
    const parts = pattern('p = shortestPath((a)-[*]-(b)), q = allShortestPaths((a)-->(c)), (d)').parts;
    expect(parts.map((p) => [p.variable?.name ?? null, p.shortest])).toEqual([
      ['p', 'shortestPath'],
      ['q', 'allShortestPaths'],
      [null, null],
    ]);
  });

  it('keeps the path flat: n nodes and n - 1 relationships', () => {
    const element = pattern('(a)-->(b)<--(c)--(d)').parts[0]!.element;
    expect(element.nodes.map((n) => n.variable?.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(element.relationships.map((r) => r.direction)).toEqual(['right', 'left', 'none']);
  });
});

describe('clauses', () => {
  it.each([
    ['OPTIONAL MATCH (n) WHERE n.x = 1 RETURN n', { kind: 'Match', optional: true, where: { kind: 'Comparison' } }],
    ['UNWIND [1, 2] AS x RETURN x', { kind: 'Unwind', variable: { name: 'x' } }],
    [
      'WITH DISTINCT a AS b ORDER BY b DESC SKIP 1 LIMIT 2 WHERE b > 0 RETURN b',
      { kind: 'With', distinct: true, orderBy: [{ direction: 'DESC' }], skip: { value: 1n }, limit: { value: 2n }, where: { kind: 'Comparison' } },
    ],
    ['RETURN *, 1 AS one ORDER BY one ASCENDING', { kind: 'Return', star: true, items: [{ alias: { name: 'one' } }], orderBy: [{ direction: 'ASC' }] }],
    ['CREATE (a:A {x: 1})-[:T]->(b)', { kind: 'Create', pattern: { parts: [{ element: { relationships: [{ types: ['T'] }] } }] } }],
    [
      'MERGE (n:A) ON CREATE SET n.c = 1 ON MATCH SET n.m = 2, n:B',
      {
        kind: 'Merge',
        actions: [
          { on: 'create', items: [{ kind: 'SetProperty' }] },
          { on: 'match', items: [{ kind: 'SetProperty' }, { kind: 'SetLabels', labels: ['B'] }] },
        ],
      },
    ],
    [
      'SET n.x = 1, n = {a: 1}, n += {b: 2}, n:A:B',
      {
        kind: 'Set',
        items: [
          { kind: 'SetProperty', target: { key: 'x' } },
          { kind: 'SetVariable', merge: false },
          { kind: 'SetVariable', merge: true },
          { kind: 'SetLabels', labels: ['A', 'B'] },
        ],
      },
    ],
    ['SET (n).x = 1', { kind: 'Set', items: [{ kind: 'SetProperty', target: { kind: 'PropertyAccess', key: 'x' } }] }],
    ['REMOVE n.x, n:A', { kind: 'Remove', items: [{ kind: 'RemoveProperty' }, { kind: 'RemoveLabels', labels: ['A'] }] }],
    ['DETACH DELETE n, r', { kind: 'Delete', detach: true, expressions: [{ name: 'n' }, { name: 'r' }] }],
    ['DELETE n', { kind: 'Delete', detach: false }],
    ['NODETACH DELETE n', { kind: 'Delete', detach: false }],
    ['RETURN n ORDER BY n OFFSET 2 LIMIT 1', { kind: 'Return', skip: { value: 2n }, limit: { value: 1n } }],
    [
      'CALL db.labels() YIELD label AS l WHERE l <> "x" RETURN l',
      {
        kind: 'CallProcedure',
        namespace: ['db'],
        name: 'labels',
        arguments: [],
        yield: [{ field: 'label', variable: { name: 'l' } }],
        where: { kind: 'Comparison' },
      },
    ],
    ['CALL test.my.proc', { kind: 'CallProcedure', namespace: ['test', 'my'], name: 'proc', arguments: null, yield: null }],
    ["CALL test.proc('a', 1) YIELD *", { kind: 'CallProcedure', yieldStar: true, arguments: [{}, {}] }],
    ['CALL { MATCH (n) RETURN n } RETURN n', { kind: 'CallSubquery', importVariables: null, query: { kind: 'SingleQuery' } }],
    ['FOREACH (x IN [1] | CREATE ({v: x}))', { kind: 'Foreach', variable: { name: 'x' }, clauses: [{ kind: 'Create' }] }],
  ])('%s', (query, expected) => {
    expect(firstClause(query)).toMatchObject(expected);
  });

  it('keeps the source text of each projection item for column names', () => {
    const clause = firstClause('RETURN n.name ,  count( * ), 1+2 AS three');
    expect(clause.kind === 'Return' && clause.items.map((i) => i.text)).toEqual(['n.name', 'count( * )', '1+2']);
  });

  it('reads UNION and UNION ALL joins', () => {
    const query: Query = parse('RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a');
    expect(query).toMatchObject({ kind: 'UnionQuery', all: [false, true] });
    expect(query.kind === 'UnionQuery' && query.queries).toHaveLength(3);
  });

  it('reads UNION DISTINCT as UNION and || as +', () => {
    expect(parse('RETURN 1 AS a UNION DISTINCT RETURN 2 AS a')).toMatchObject({ kind: 'UnionQuery', all: [false] });
    expect(print(parse("RETURN 'a' || 'b' AS s"))).toBe("RETURN 'a' + 'b' AS s");
  });

  it('reads keywords in any case and allows a trailing semicolon', () => {
    expect(print(parse('match (n) where n.x = 1 return distinct n;'))).toBe('MATCH (n) WHERE n.x = 1\nRETURN DISTINCT n');
  });

  it('allows keywords as labels, types and property keys', () => {
    expect(print(parse('MATCH (n:Match)-[:RETURN]->(m {where: 1}) RETURN n.limit'))).toBe('MATCH (n:Match)-[:RETURN]->(m {where: 1})\nRETURN n.limit');
  });

  it('gives each node its location', () => {
    const clause = firstClause('MATCH (n)\nRETURN n.name');
    expect(clause.loc).toEqual({ start: 0, end: 9, line: 1, column: 1 });
    const ret = (parse('MATCH (n)\nRETURN n.name') as SingleQuery).clauses[1]!;
    expect(ret.kind === 'Return' && ret.items[0]!.expression.loc).toEqual({ start: 17, end: 23, line: 2, column: 8 });
  });
});

describe('syntax errors', () => {
  it.each([
    ['RETURN', 'UnexpectedSyntax', 1, 7],
    ['MATCH (n RETURN n', 'UnexpectedSyntax', 1, 10],
    ['MATCH (n) RETURN n,', 'UnexpectedSyntax', 1, 20],
    ['MATCH (n)\nWHERE n.x = \nRETURN n', 'UnexpectedSyntax', 3, 1],
    ['RETURN {1B2c3e67:1} AS literal', 'UnexpectedSyntax', 1, 9],
    ['RETURN {k1#k: 1}', 'UnexpectedSyntax', 1, 11],
    ['RETURN {, }', 'UnexpectedSyntax', 1, 9],
    ['RETURN [[[]] AS literal', 'UnexpectedSyntax', 1, 14],
    // The string is subscripted: `','[` then a missing index.
    ["RETURN [[','[]',']] AS literal", 'UnexpectedSyntax', 1, 14],
    ['RETURN 9223372036854775808 AS literal', 'IntegerOverflow', 1, 8],
    ['RETURN -9223372036854775809 AS literal', 'IntegerOverflow', 1, 8],
    ['RETURN 0x8000000000000000', 'IntegerOverflow', 1, 8],
    ['RETURN -0o1000000000000000000001', 'IntegerOverflow', 1, 8],
    ['RETURN 1.34E999', 'FloatingPointOverflow', 1, 8],
    ['RETURN 0x AS literal', 'InvalidNumberLiteral', 1, 8],
    ['RETURN 9223372h54775808', 'InvalidNumberLiteral', 1, 8],
    ['RETURN 0123', 'InvalidNumberLiteral', 1, 8],
    ['MATCH (a)-[*2..0x1]->(c) RETURN c', 'InvalidRelationshipPattern', 1, 16],
    ['MATCH (a)-[:LIKES..]->(c) RETURN c', 'InvalidRelationshipPattern', 1, 18],
    ['MATCH (a)-[:LIKES*-2]->(c) RETURN c', 'InvalidRelationshipPattern', 1, 19],
    ['MATCH (n) RETURN n MATCH', 'UnexpectedSyntax', 1, 25],
    ['CASE WHEN 1 THEN 2', 'UnexpectedSyntax', 1, 1],
    ['RETURN 1 != 2', 'UnexpectedSyntax', 1, 10],
    // Neo4j: mixing ':' between labels with | & ! % is not allowed.
    ['MATCH (a:A|b:B) RETURN a', 'UnexpectedSyntax', 1, 13],
    ['RETURN any(x IN [1])', 'UnexpectedSyntax', 1, 20],
  ])('%j -> %s at %i:%i', (query, detail, line, column) => {
    let error: unknown;
    try {
      parse(query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({ phase: 'compile time', type: 'SyntaxError', detail, position: { line, column } });
  });

  it('turns absurdly deep nesting into a SyntaxError, not a stack overflow', () => {
    expect(() => parse(`RETURN ${'['.repeat(20000)}1${']'.repeat(20000)}`)).toThrowError(CypherError);
  });

  it('says what was expected and points at the fault with a caret', () => {
    expect(() => parse('MATCH (n)\nRETURN n.')).toThrowError('Invalid input end of input: expected a property key.\n\n2 | RETURN n.\n  |          ^');
  });

  it.each([
    ['MATCH (n) RETRUN n', "Did you mean 'RETURN'?"],
    ['MATHC (n) RETURN n', "Did you mean 'MATCH'?"],
    ['MATCH (n) WHER n.x = 1 RETURN n', "Did you mean 'WHERE'?"],
    ['UNWIND [1] SA x RETURN x', "Did you mean 'AS'?"],
  ])('suggests the keyword meant in %j', (query, hint) => {
    expect(() => parse(query)).toThrowError(hint);
  });
});
