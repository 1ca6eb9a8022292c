// Specification of Cypher validation: the compile-time errors the TCK names, where they point,
// the queries that must stay valid, and the scoping facts analyze() hands to the runtime.

import { describe, expect, it } from 'vitest';
import type { SingleQuery } from '../../../src/cypher/ast/index.js';
import { parse } from '../../../src/cypher/parser/index.js';
import { analyze, validate, type ProcedureSignature } from '../../../src/cypher/validate/index.js';
import { CypherError, formatError } from '../../../src/errors.js';

function errorOf(query: string): unknown {
  try {
    validate(parse(query), query);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('validate rejects', () => {
  it.each([
    // Scoping
    ['MATCH () RETURN foo', 'SyntaxError', 'UndefinedVariable', 1, 17],
    ['MATCH (s) WHERE s.name = undefinedVariable RETURN s', 'SyntaxError', 'UndefinedVariable', 1, 26],
    ['CREATE (b {name: missing}) RETURN b', 'SyntaxError', 'UndefinedVariable', 1, 18],
    ['MERGE (n) ON CREATE SET x.num = 1', 'SyntaxError', 'UndefinedVariable', 1, 25],
    ['MATCH (n) WHERE (n)-[r]->() RETURN n', 'SyntaxError', 'UndefinedVariable', 1, 22],
    ['MATCH (a) RETURN DISTINCT a.name ORDER BY a.age', 'SyntaxError', 'UndefinedVariable', 1, 43],
    ['CALL test.my.proc(1) RETURN out', 'SyntaxError', 'UndefinedVariable', 1, 29],
    ['MATCH (n) WITH n.x AS x RETURN n', 'SyntaxError', 'UndefinedVariable', 1, 32],
    // Rebinding and type conflicts
    ['MATCH (a) CREATE (a)', 'SyntaxError', 'VariableAlreadyBound', 1, 19],
    ['MATCH (a) CREATE (a {name: 1})-[:T]->()', 'SyntaxError', 'VariableAlreadyBound', 1, 19],
    ['MATCH ()-[r]->() CREATE ()-[r:T]->()', 'SyntaxError', 'VariableAlreadyBound', 1, 29],
    ['MATCH (p)-->() MATCH p = ()-->() RETURN p', 'SyntaxError', 'VariableAlreadyBound', 1, 22],
    ['MATCH p = (p)-->() RETURN p', 'SyntaxError', 'VariableAlreadyBound', 1, 7],
    ['WITH 1 AS x UNWIND [1] AS x RETURN x', 'SyntaxError', 'VariableAlreadyBound', 1, 27],
    ["WITH 'Hi' AS label CALL test.labels() YIELD label RETURN *", 'SyntaxError', 'VariableAlreadyBound', 1, 45],
    ['MATCH (r)-[r]->() RETURN r', 'SyntaxError', 'VariableTypeConflict', 1, 12],
    ['MATCH r = ()-->(), (r) RETURN r', 'SyntaxError', 'VariableTypeConflict', 1, 21],
    ["WITH 'foo' AS n MATCH (n) RETURN n", 'SyntaxError', 'VariableTypeConflict', 1, 24],
    ['MATCH (n) WITH [n] AS users MATCH (users)-->(m) RETURN m', 'SyntaxError', 'VariableTypeConflict', 1, 36],
    ['MATCH (a)-[r]->()-[r]->(a) RETURN r', 'SyntaxError', 'RelationshipUniquenessViolation', 1, 20],
    // Aggregation
    ['MATCH (a) WHERE count(a) > 10 RETURN a', 'SyntaxError', 'InvalidAggregation', 1, 17],
    ['MATCH (n) RETURN [x IN [1, 2] | count(*)]', 'SyntaxError', 'InvalidAggregation', 1, 33],
    ['MATCH (n) RETURN n.a ORDER BY max(n.b)', 'SyntaxError', 'InvalidAggregation', 1, 31],
    ['RETURN count(count(*))', 'SyntaxError', 'NestedAggregation', 1, 14],
    ['RETURN count(rand())', 'SyntaxError', 'NonConstantExpression', 1, 8],
    ['MATCH (me)--(you) RETURN me.age + count(you.age)', 'SyntaxError', 'AmbiguousAggregationExpression', 1, 26],
    ['MATCH (me)--(you) RETURN me.age + you.age, me.age + you.age + count(*)', 'SyntaxError', 'AmbiguousAggregationExpression', 1, 44],
    // Projections
    ['MATCH (a) WITH a, count(*) RETURN a', 'SyntaxError', 'NoExpressionAlias', 1, 19],
    ['RETURN 1 AS a, 2 AS a', 'SyntaxError', 'ColumnNameConflict', 1, 16],
    ['MATCH () RETURN *', 'SyntaxError', 'NoVariablesInScope', 1, 10],
    ['MATCH (n) RETURN n SKIP n.count', 'SyntaxError', 'NonConstantExpression', 1, 25],
    ['MATCH (n) RETURN n LIMIT -1', 'SyntaxError', 'NegativeIntegerArgument', 1, 26],
    ['MATCH (n) RETURN n SKIP 1.5', 'SyntaxError', 'InvalidArgumentType', 1, 25],
    ['MATCH (n) RETURN n LIMIT -(2)', 'SyntaxError', 'NegativeIntegerArgument', 1, 26],
    // Clause composition
    ['RETURN 1 AS a UNION RETURN 2 AS b', 'SyntaxError', 'DifferentColumnsInUnion', 1, 21],
    ['RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a', 'SyntaxError', 'InvalidClauseComposition', 1, 1],
    ['MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.p = 1 } RETURN n', 'SyntaxError', 'InvalidClauseComposition', 1, 42],
    ['MATCH (n)', 'SyntaxError', 'InvalidClauseComposition', 1, 1],
    ["CALL test.my.proc('a', 1) YIELD * RETURN city", 'SyntaxError', 'UnexpectedSyntax', 1, 1],
    // Pattern expressions are predicates only
    ['MATCH (n) RETURN (n)-->()', 'SyntaxError', 'UnexpectedSyntax', 1, 18],
    ['MATCH (a) RETURN size((a)-->())', 'SyntaxError', 'UnexpectedSyntax', 1, 23],
    // CREATE and MERGE patterns
    ['CREATE ()-->()', 'SyntaxError', 'NoSingleRelationshipType', 1, 10],
    ['CREATE ()-[:A|:B]->()', 'SyntaxError', 'NoSingleRelationshipType', 1, 10],
    ['CREATE ()-[:FOO*2]->()', 'SyntaxError', 'CreatingVarLength', 1, 10],
    ['CREATE (a)-[:FOO]-(b)', 'SyntaxError', 'RequiresDirectedRelationship', 1, 11],
    ['MATCH (n $param) RETURN n', 'SyntaxError', 'InvalidParameterUse', 1, 10],
    ['MERGE (a)-[r:T $param]->(b) RETURN r', 'SyntaxError', 'InvalidParameterUse', 1, 16],
    ['MATCH (n) DELETE n:Person', 'SyntaxError', 'InvalidDelete', 1, 18],
    ['MATCH () DELETE 1 + 1', 'SyntaxError', 'InvalidArgumentType', 1, 17],
    ['MATCH () DELETE [0] + 1', 'SyntaxError', 'InvalidArgumentType', 1, 17],
    // Types of literals and known variables
    ["RETURN 'foo' AND true", 'SyntaxError', 'InvalidArgumentType', 1, 8],
    ['RETURN NOT 123', 'SyntaxError', 'InvalidArgumentType', 1, 12],
    ["RETURN 1 IN 'foo'", 'SyntaxError', 'InvalidArgumentType', 1, 13],
    ['RETURN false + 1', 'SyntaxError', 'InvalidArgumentType', 1, 8],
    ['RETURN 372036[0] AS literal', 'SyntaxError', 'InvalidArgumentType', 1, 8],
    ['RETURN {a: 1}[0]', 'SyntaxError', 'InvalidArgumentType', 1, 15],
    ["RETURN [1, 2]['a']", 'SyntaxError', 'InvalidArgumentType', 1, 15],
    ["MATCH (a) WHERE a.name STARTS WITH 'ABC':L RETURN a", 'SyntaxError', 'InvalidArgumentType', 1, 36],
    ['MATCH (n) RETURN n LIMIT $p:L', 'SyntaxError', 'InvalidArgumentType', 1, 26],
    ["RETURN any(x IN ['a'] WHERE x % 2 = 0)", 'SyntaxError', 'InvalidArgumentType', 1, 29],
    ['MATCH p = (a) RETURN labels(p)', 'SyntaxError', 'InvalidArgumentType', 1, 29],
    ['MATCH (r) RETURN type(r)', 'SyntaxError', 'InvalidArgumentType', 1, 23],
    ['MATCH (n) RETURN length(n)', 'SyntaxError', 'InvalidArgumentType', 1, 25],
    ['WITH 1 AS x RETURN keys(x)', 'SyntaxError', 'InvalidArgumentType', 1, 25],
    ['MATCH (n) RETURN nodes(n)', 'SyntaxError', 'InvalidArgumentType', 1, 24],
    ['MATCH ()-[r]->() RETURN relationships(r)', 'SyntaxError', 'InvalidArgumentType', 1, 39],
    ['MATCH p = shortestPath((a)-[*]->(b)-->(c)) RETURN p', 'SyntaxError', 'InvalidArgumentType', 1, 7],
    ["MATCH r = (n)-[*]->() WHERE r.name = 'apa' RETURN r", 'SyntaxError', 'InvalidArgumentType', 1, 29],
    ['MATCH (n) WHERE (n) RETURN n', 'SyntaxError', 'InvalidArgumentType', 1, 18],
    ['WITH 123 AS nonMap RETURN nonMap.num', 'TypeError', 'InvalidArgumentType', 1, 27],
    // Functions
    ['MATCH (a) RETURN foo(a)', 'SyntaxError', 'UnknownFunction', 1, 18],
    ['RETURN toUpper()', 'SyntaxError', 'InvalidNumberOfArguments', 1, 8],
  ])('%j: %s %s at %i:%i', (query, type, detail, line, column) => {
    const error = errorOf(query);
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({ phase: 'compile time', type, detail, position: { line, column } });
  });

  it('shows the offending line with a caret', () => {
    expect(() => validate(parse('MATCH (n)\nRETURN m'), 'MATCH (n)\nRETURN m')).toThrowError(
      "Variable `m` not defined. Did you mean 'n'?\n\n2 | RETURN m\n  |        ^",
    );
  });

  it('prints once, through formatError, where the fault is', () => {
    let error: unknown;
    try {
      validate(parse('MATCH (n)\nRETURN m'), 'MATCH (n)\nRETURN m');
    } catch (e) {
      error = e;
    }
    expect(formatError(error)).toBe("line 2, column 8: Variable `m` not defined. Did you mean 'n'?\n\n2 | RETURN m\n  |        ^");
  });

  it.each([
    ['MATCH (person) RETURN persn', "Did you mean 'person'?"],
    ["RETURN toUppr('a')", "Did you mean 'toUpper'?"],
    ['RETURN date.trunate("day", date())', "Did you mean 'date.truncate'"],
  ])('suggests the name meant in %j', (query, hint) => {
    expect(() => validate(parse(query), query)).toThrowError(hint);
  });
});

describe('validate accepts', () => {
  it.each([
    'MATCH (a)-[r]->(b) MATCH (b)-[r]->(c) RETURN c',
    'MATCH (a) WITH a.name2 AS name WHERE a.name2 = "B" RETURN *',
    'MATCH (a) WITH DISTINCT a.name AS n WHERE a.name = "x" RETURN n',
    'MATCH (n) RETURN DISTINCT n.name ORDER BY n.name',
    'MATCH (me)--(you) RETURN me.age AS age, count(you.age) AS cnt ORDER BY age, age + count(you.age)',
    'MATCH (n) RETURN n, count(*) + n.x AS c',
    'MATCH (n) RETURN n.x, n.x + count(*)',
    'MATCH (n) WITH n ORDER BY n.x RETURN n',
    'MATCH () CREATE () WITH * CREATE ()',
    'MATCH (a) CREATE (a)-[:T]->(b:B {x: a.x}) RETURN b',
    'UNWIND [1, 2] AS x WITH x WHERE x > 1 RETURN collect(x) AS xs',
    'MATCH p = (a)-[*]->(b) RETURN length(p), nodes(p), relationships(p)',
    'MATCH (a), (b) WHERE a.id = 0 AND (a)-[:T]->(b:L) OR (a)-[:T*]->(b) RETURN DISTINCT b',
    'MATCH (n) WHERE NOT (n)-->() RETURN n',
    'MATCH (n) WHERE exists { MATCH (n)-->(m) WITH n, count(*) AS c WHERE c = 3 RETURN true } RETURN n',
    'MATCH (n) WHERE COUNT { (n)-->(m) WHERE m.x = 1 } > 1 RETURN n',
    'MATCH (n) RETURN [(n)-->(m) | m.name] AS names, n {.*, k: 1} AS m',
    'RETURN reduce(s = 0, x IN [1, 2] | s + x) AS s, [x IN [1] WHERE x > 0 | x * 2] AS l',
    'RETURN date.truncate("month", date()) AS d, duration.between(date(), date()) AS e',
    'MERGE (a:A) ON CREATE SET a.c = 1 ON MATCH SET a.m = 1 MERGE (a)-[:T]-(b) RETURN a, b',
    'CALL test.my.proc',
    "CALL test.my.proc('a', 1) YIELD *",
    'CALL test.labels() YIELD label WHERE label <> "x" RETURN label',
    'RETURN 1 AS a UNION RETURN 2 AS a',
    'MATCH (n) SET n.x = 1',
    'MATCH (n) WITH n SKIP 1 LIMIT $max RETURN n',
    'WITH [1, 2] AS l UNWIND l AS x RETURN x % 2',
    'MATCH ()-[r*]->() WITH r MATCH ()-[r*]->() RETURN r',
    'FOREACH (x IN [1] | CREATE ({v: x}))',
    // Through a variable, a wrong subscript is a run-time error (TCK List1 [6], [8]).
    'WITH true AS list, 0 AS idx RETURN list[idx]',
    "WITH [1, 2] AS list, '1' AS idx RETURN list[idx]",
    "WITH {a: 1} AS m RETURN m['a'], m[$k]",
  ])('%s', (query) => {
    expect(errorOf(query)).toBeUndefined();
  });
});

describe('analyze', () => {
  it('records the variables in scope after each clause, with what is known of their types', () => {
    const query = 'MATCH (a)-[r*]->(b), p = (a)-->() WITH a, p, 1 AS one UNWIND [1.5] AS f RETURN a, f';
    const ast = parse(query) as SingleQuery;
    const { scopeAfter, columns } = analyze(ast, query);
    const describe = (i: number) =>
      Object.fromEntries([...scopeAfter.get(ast.clauses[i]!)!].map(([name, t]) => [name, t.kind === 'List' ? `List<${t.element?.kind}>` : t.kind]));
    expect(describe(0)).toEqual({ a: 'Node', r: 'List<Relationship>', b: 'Node', p: 'Path' });
    expect(describe(1)).toEqual({ a: 'Node', p: 'Path', one: 'Integer' });
    expect(describe(2)).toEqual({ a: 'Node', p: 'Path', one: 'Integer', f: 'Float' });
    expect(columns).toEqual(['a', 'f']);
  });

  it('names RETURN * columns in alphabetical order', () => {
    expect(analyze(parse('MATCH (b), (a) RETURN *, 1 AS z')).columns).toEqual(['a', 'b', 'z']);
  });
});

describe('validate checks CALLs against the procedure signatures it is given', () => {
  const signatures: Record<string, ProcedureSignature> = {
    'test.my.proc': { inputs: [{ name: 'name' }, { name: 'id' }], outputs: [{ name: 'city' }, { name: 'country_code' }] },
    'test.labels': { inputs: [], outputs: [{ name: 'label' }] },
  };
  const procedures = (name: string): ProcedureSignature | undefined => signatures[name];
  const errorWith = (query: string): unknown => {
    try {
      validate(parse(query), query, procedures);
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it.each([
    ['CALL test.unknown()', 'ProcedureError', 'ProcedureNotFound', 1, 1],
    ['CALL test.my.proc(1)', 'SyntaxError', 'InvalidNumberOfArguments', 1, 1],
    ['MATCH (n) CALL test.my.proc YIELD city RETURN city', 'SyntaxError', 'InvalidArgumentPassingMode', 1, 11],
    ["CALL test.my.proc('a', 1) YIELD town RETURN town", 'SyntaxError', 'UndefinedVariable', 1, 33],
  ])('%j: %s %s at %i:%i', (query, type, detail, line, column) => {
    expect(errorWith(query)).toMatchObject({ phase: 'compile time', type, detail, position: { line, column } });
  });

  it.each(["CALL test.my.proc('a', 1) YIELD city, country_code AS cc RETURN city, cc", 'CALL test.my.proc', 'CALL test.labels() YIELD label RETURN label'])(
    'accepts %s',
    (query) => {
      expect(errorWith(query)).toBeUndefined();
    },
  );

  it('skips them when no signatures are given', () => {
    expect(errorOf('CALL test.unknown()')).toBeUndefined();
  });
});
