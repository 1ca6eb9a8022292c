// Specification of the AST printer and visitor: printing then parsing gives back the same AST,
// and the printed form is canonical Cypher.

import { describe, expect, it } from 'vitest';
import { childrenOf, findAll, print, visit } from '../../../src/cypher/ast/index.js';
import type { AstNode } from '../../../src/cypher/ast/index.js';
import { parse, parseExpression } from '../../../src/cypher/parser/index.js';

/** The AST without locations and source text, for comparing parses of different texts. */
const shape = (node: AstNode): string =>
  JSON.stringify(node, (key, value: unknown) => (key === 'loc' || key === 'text' ? undefined : typeof value === 'bigint' ? `${value}n` : value));

const ROUND_TRIP = [
  'MATCH (n:Person {name: $name})-[r:KNOWS*1..3]->(m) WHERE m.age > 30 RETURN n, count(DISTINCT m) AS c ORDER BY c DESC SKIP 1 LIMIT 10',
  'OPTIONAL MATCH p = (a)<-[:T|U]-(b) WITH DISTINCT a, p WHERE a:A:B RETURN *',
  'UNWIND [1, 2.5, -3, "x\\n\'y\'", null, true] AS v RETURN v',
  'RETURN {a: [1, {b: 2}], `odd key`: 0x10, c: 0o7} AS m',
  'CREATE (a:A {x: 1})-[:T {w: 2}]->(b:B), (c)',
  'MERGE (n:N {id: 1}) ON CREATE SET n.created = true ON MATCH SET n += {seen: 1}, n:Seen',
  'MATCH (n) SET n = {}, n.x = n.x + 1 REMOVE n.y, n:Old DETACH DELETE n',
  'RETURN CASE WHEN 1 < 2 THEN "a" WHEN 2 < 3 THEN "b" ELSE "c" END, CASE 1 WHEN 1 THEN 2 END',
  'RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2], [x IN [1] | x], [x IN [1] WHERE x > 0]',
  'MATCH (a) RETURN [(a)-[:T]->(b:B) WHERE b.x IS NOT NULL | b.name] AS names',
  'MATCH (a) WHERE (a)-->() AND NOT (a)<--(:X) RETURN a',
  'MATCH (a) WHERE EXISTS { MATCH (a)-->(b) WHERE b.x = 1 RETURN b } AND COUNT { (a)--() } > 2 RETURN a',
  'RETURN all(x IN [1] WHERE x > 0), any(x IN [1] WHERE x > 0), none(x IN [] WHERE true), single(x IN [1] WHERE x = 1)',
  'RETURN reduce(s = 0, x IN [1, 2, 3] | s + x) AS sum',
  'MATCH (n) RETURN n {.name, .*, k: 1, n}',
  'RETURN date.truncate("month", date()), duration.between(date(), date())',
  'RETURN -(1), - (-1), -x, +y, 1 - -1, (-2) ^ 2, -2 ^ 2',
  'RETURN (a OR b) AND c, a OR b AND c, NOT (a = b), (a = b) = c, (a < b) < c, a < b < c',
  'RETURN (1 + 2) * 3, 1 + 2 * 3, (a.b).c, (n:A).x, [1, 2][0], "abc"[1..], l[..2]',
  'RETURN 1 AS x UNION ALL RETURN 2 AS x UNION ALL RETURN 3 AS x',
  'CALL test.my.proc(1, "a") YIELD out AS o, other WHERE o > 1 RETURN o, other',
  'CALL test.proc',
  'MATCH p = shortestPath((a)-[*..5]-(b)) RETURN p',
  'MATCH (`weird var`:`Odd Label`) RETURN `weird var`.`odd prop`',
  'WITH 1 AS `count` RETURN `count`',
  'RETURN 1.0, 1e21, 0.1, 123456789.125',
  'FOREACH (x IN [1, 2] | CREATE (:N {v: x}))',
  'MATCH (n:A|B)-[r:T WHERE r.w > 1]->(m:!C&%&D WHERE m.x = 1) RETURN n',
  'MATCH (n) WHERE n:A|B AND n:!(C|D) RETURN [x IN [n] WHERE x:(A|B) | x]',
  'MATCH (a) CALL (a) { MATCH (a)-->(b) RETURN b } CALL (*) { RETURN 1 AS one } RETURN a, b, one',
  'MATCH (a) RETURN COLLECT { MATCH (a)-->(b) RETURN b.name } AS names',
  'MATCH ((a)-->(b)) RETURN a',
  'RETURN x IS :: INTEGER, x IS NOT :: LIST<STRING NOT NULL> NOT NULL, x :: INTEGER | FLOAT, x IS :: ANY<BOOL | INT>',
  'RETURN x IS NORMALIZED, x IS NOT NFKD NORMALIZED, normalize(x, NFD), normalize(x)',
  "RETURN trim(BOTH 'x' FROM s), trim(LEADING FROM s), trim(s), trim(' ' FROM s)",
  'MATCH (a)-[r:R WHERE r.w > 1]->{1,3}(b)<-[:S]-+(c)--*(d) RETURN r',
  'MATCH p = (a) ((x:X)-[r:R]->(y) WHERE r.w < y.n){2,} (b), ((u)-->(v))+ RETURN x, y',
  'UNWIND [1] AS x OPTIONAL CALL (x) { RETURN x AS y } OPTIONAL CALL db.labels() YIELD label RETURN y, label',
  'UNWIND [1] AS i CALL (i) { CREATE (:T) } IN TRANSACTIONS OF $n ROWS ON ERROR FAIL CALL { CREATE (:U) } IN TRANSACTIONS FINISH',
  'CALL { CREATE (:U) } IN 3 CONCURRENT TRANSACTIONS CALL { CREATE (:V) } IN CONCURRENT TRANSACTIONS OF 2 ROWS',
  'MATCH p = SHORTEST 1 ((a)-[r]->+(b) WHERE size(r) > 1) MATCH ((c)-->(d) WHERE c.x = d.x) RETURN p',
  "MATCH (n:A:$(x)|$any(['B']))-[r:T|$(t)]->(m:!$all(y)) CREATE (:$(x))-[:$(t)]->() SET n:$(x):C REMOVE m:$(['D'])",
  'MATCH p = SHORTEST 2 GROUPS (a)-[:R]->+(b) MATCH q = ALL SHORTEST (a)--{,4}(c) MATCH ANY 3 PATHS (a)-->*(d) RETURN p',
];

describe('print', () => {
  it.each(ROUND_TRIP)('round-trips %s', (query) => {
    const ast = parse(query);
    expect(shape(parse(print(ast)))).toBe(shape(ast));
  });

  it('prints each clause on its own line in canonical spelling', () => {
    expect(print(parse("match (n:Person) where n.name starts with 'A' return n.name as name order by name"))).toMatchInlineSnapshot(`
      "MATCH (n:Person) WHERE n.name STARTS WITH 'A'
      RETURN n.name AS name ORDER BY name"
    `);
  });

  it.each([
    ['(1 + 2) * 3', '(1 + 2) * 3'],
    ['1 + (2 * 3)', '1 + 2 * 3'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['NOT (a AND b)', 'NOT (a AND b)'],
    ['(NOT a) AND b', 'NOT a AND b'],
    ['-(-1)', '-(-1)'],
  ])('parenthesises %s only where needed: %s', (text, printed) => {
    expect(print(parseExpression(text))).toBe(printed);
  });

  it('escapes strings and backticks names that need it', () => {
    expect(print(parseExpression("'a\\'b\\nc\\\\'"))).toBe("'a\\'b\\nc\\\\'");
    expect(print(parse('MATCH (`a b`:`C``D`) RETURN 1'))).toBe('MATCH (`a b`:`C``D`)\nRETURN 1');
  });

  it('keeps floats floats', () => {
    expect(print(parseExpression('2.0'))).toBe('2.0');
    expect(print(parseExpression('1e100'))).toBe('1e+100');
  });
});

describe('visit', () => {
  it('enters every node in source order and leaves in reverse nesting', () => {
    const events: string[] = [];
    visit(parseExpression('a + b.c'), {
      enter: (node) => void events.push(`>${node.kind}`),
      leave: (node) => void events.push(`<${node.kind}`),
    });
    expect(events).toEqual(['>Binary', '>Variable', '<Variable', '>PropertyAccess', '>Variable', '<Variable', '<PropertyAccess', '<Binary']);
  });

  it('skips the children of a node when enter returns false', () => {
    const kinds: string[] = [];
    visit(parse('MATCH (n) WHERE n.x = 1 RETURN n'), {
      enter(node) {
        kinds.push(node.kind);
        if (node.kind === 'Match') return false;
      },
    });
    expect(kinds).toEqual(['SingleQuery', 'Match', 'Return', 'ProjectionItem', 'Variable']);
  });

  it('calls a hook named for the kind of each node entered', () => {
    const keys: string[] = [];
    visit(parse('MATCH (n {a: 1}) RETURN n.b, n {.c}'), {
      PropertyAccess: (node) => void keys.push(node.key),
      PropertySelector: (node) => void keys.push(node.key),
      MapEntry: (node) => void keys.push(node.key),
    });
    expect(keys).toEqual(['a', 'b', 'c']);
  });

  it('finds every node of a kind', () => {
    const names = findAll(parse('MATCH (a)-[r]->(b) RETURN a.x + b.y'), 'Variable').map((v) => v.name);
    expect(names).toEqual(['a', 'r', 'b', 'a', 'b']);
  });

  it('lists the children of a node without its location', () => {
    expect(childrenOf(parseExpression('f(x, 1)')).map((c) => c.kind)).toEqual(['Variable', 'IntegerLiteral']);
  });
});
