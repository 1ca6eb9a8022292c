// Queries in Neo4j 5.26's dialect, written as an analyst or a developer would, that gave other
// rows (or no error) on the embedded engine before: each with the rows Neo4j 5.26 gave it. Run
// on the engine by neo4j5-syntax.test.ts and on a real server by test/neo4j/syntax-parity.test.ts.
// A query that needs a graph creates it and matches from the nodes it created.

import type { RowsExpectation, SyntaxErrorExpectation } from './neo4j5-syntax-expectations.js';

export const DIALECT: RowsExpectation[] = [
  // An INTEGER sum that leaves the 64-bit range goes on as a FLOAT (`+` fails there instead).
  ['UNWIND [9223372036854775807, 1] AS x RETURN sum(x) AS s', [[2 ** 63]]],
  ['UNWIND [9223372036854775807, 1, -9223372036854775807, 3] AS x RETURN sum(x) AS s', [[3]]],
  ['UNWIND [-9223372036854775807, -2] AS x RETURN sum(x) AS s, sum(DISTINCT x) AS d', [[-(2 ** 63), -(2 ** 63)]]],
  ['UNWIND [4611686018427387904, 4611686018427387904, 1] AS x RETURN sum(x) AS s', [[2 ** 63]]],
  // Java's Math.abs: the smallest INTEGER is its own absolute value.
  ['RETURN abs(-9223372036854775808) AS a, abs(-5) AS b', [[-9223372036854775808n, 5n]]],
  // A slice bound is a Java int (checked where written), a list index is not.
  ['RETURN range(1, 3)[0..2147483647] AS x, [1, 2, 3][-2147483648..] AS y, [1, 2, 3][2147483648] AS z', [[[1n, 2n, 3n], [1n, 2n, 3n], null]]],
  // trim() and toBoolean() take off Java's white space: not the no-break spaces, U+0085 or U+FEFF.
  [
    "RETURN size(trim('\\u00A0x\\u00A0')) AS a, size(trim('\\u2007x')) AS b, size(trim('\\u2003x\\u2028')) AS c, size(ltrim('\\u001Cx')) AS d, size(rtrim('x\\uFEFF')) AS e, size(btrim('\\u0085x')) AS f",
    [[3n, 2n, 1n, 1n, 2n, 2n]],
  ],
  ["RETURN toBoolean('\\u00A0true') AS a, toBoolean('\\u2003true') AS b, trim(LEADING FROM '\\u202F x') AS c", [[null, true, '\u202f x']]],
  // =~ matches the whole string, whatever the flags: (?m) lets ^ and $ match at line ends inside it.
  [
    "RETURN 'line1\\nline2' =~ '(?m)^line2$' AS a, 'line1\\nline2' =~ '(?m)line1$\\\\nline2' AS b, 'a\\n' =~ 'a$' AS c, 'ab' =~ 'a|ab' AS d",
    [[false, true, false, true]],
  ],
  // (?i) folds ASCII letters only, as Java without UNICODE_CASE; (?iu) folds every letter.
  [
    "RETURN 'ÄB' =~ '(?i)äb' AS a, 'ÄB' =~ '(?iu)äb' AS b, 'HELLO' =~ '(?i)h[a-z]llo' AS c, 'Hello World' =~ '(?i)HELLO\\\\sworld' AS d, 'ABC' =~ '(?i)\\\\p{Lu}bc' AS e, 'xY' =~ '(?i)(?<first>x)y' AS f, 'K' =~ '(?i)\\\\u006b' AS g, 'café' =~ '(?i)CAFÉ' AS h, 'Q' =~ '(?i)[^q]' AS i",
    [[false, true, true, true, true, true, true, false, false]],
  ],
  // The extended simple CASE (Neo4j 5): several values, comparison operators, predicates.
  [
    "UNWIND [1, 5, 'abc', null, 2.5] AS x RETURN x, CASE x WHEN = 1, 2.5 THEN 'a' WHEN IS NULL THEN 'n' WHEN STARTS WITH 'a' THEN 's' WHEN > 3 THEN 'g' END AS c ORDER BY c, x",
    [
      [1n, 'a'],
      [2.5, 'a'],
      [5n, 'g'],
      [null, 'n'],
      ['abc', 's'],
    ],
  ],
  [
    "RETURN CASE 'abc' WHEN =~ 'a.*' THEN 1 END AS a, CASE 'abc' WHEN ENDS WITH 'c' THEN 1 END AS b, CASE 1 WHEN :: INTEGER THEN 1 END AS c, CASE 1 WHEN IS TYPED STRING THEN 1 ELSE 2 END AS d, CASE 1 WHEN IS NOT TYPED STRING THEN 1 ELSE 2 END AS e",
    [[1n, 1n, 1n, 2n, 1n]],
  ],
  [
    "RETURN CASE 'a' WHEN IS NOT NFD NORMALIZED THEN 1 ELSE 2 END AS a, CASE 'a' WHEN IS NORMALIZED THEN 1 ELSE 2 END AS b, CASE 1 WHEN IS NOT NULL THEN 'y' END AS c, CASE [1] WHEN = [1] THEN 'y' END AS d",
    [[2n, 1n, 'y', 'y']],
  ],
  [
    'RETURN CASE 3 WHEN < 2 + 2 THEN 1 END AS a, CASE 3 WHEN <> 3 THEN 1 ELSE 0 END AS b, CASE null WHEN <> 3 THEN 1 ELSE 0 END AS c, CASE 3 WHEN >= 3, <= 1 THEN 1 ELSE 0 END AS d, CASE 3 WHEN < 4 IS NULL THEN 1 ELSE 0 END AS e',
    [[1n, 0n, 0n, 1n, 0n]],
  ],
  [
    "RETURN CASE 2 WHEN 1 THEN 'a' WHEN 2, 3 THEN 'b' END AS a, CASE 2 WHEN < CASE 5 WHEN > 4 THEN 10 END THEN 'in' END AS b, CASE 1 WHEN = 1 + 1 THEN 1 ELSE 0 END AS c",
    [['b', 'in', 0n]],
  ],
  [
    "UNWIND [0, 2, 7, 15, null] AS age RETURN age, CASE age WHEN IS NULL, IS NOT TYPED INTEGER THEN 'unknown' WHEN = 0, = 1, = 2 THEN 'baby' WHEN <= 13 THEN 'child' ELSE 'older' END AS band ORDER BY age",
    [
      [0n, 'baby'],
      [2n, 'baby'],
      [7n, 'child'],
      [15n, 'older'],
      [null, 'unknown'],
    ],
  ],
  // Relationship type expressions: negation, conjunction, the wildcard, parentheses.
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b) WITH a MATCH (a)-[r:!R]->() RETURN type(r) AS t ORDER BY t', [['S'], ['T']]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b) WITH a MATCH (a)-[r:R|S&T]->() RETURN type(r) AS t', [['R']]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b) WITH a MATCH (a)-[r:(R|S)&!S]->() RETURN type(r) AS t', [['R']]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b) WITH a MATCH (a)-[r:%]->() RETURN count(r) AS c', [[3n]]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b) WITH a MATCH (a)-[r:!R&!S]->() RETURN type(r) AS t', [['T']]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b) WITH a MATCH (a)-[r:R&S]->() RETURN count(r) AS c', [[0n]]],
  ['CREATE (a)-[:R]->(b)-[:S]->(c)-[:T]->(d) WITH a MATCH (a)-[r:!T]->+(x) RETURN size(r) AS n ORDER BY n', [[1n], [2n]]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b) WITH a MATCH (a)-[:R|:S]->(x) RETURN count(*) AS c', [[2n]]],
  ['CREATE (a:RtE)-[:R]->(b:RtE) WITH a MERGE (a)-[r:(R)]->(b:RtE) RETURN count(r) AS c', [[1n]]],
  ['CREATE (a)-[:R]->(b)-[:S]->(c) WITH a MATCH p = SHORTEST 1 (a)-[:!T]-+(c) RETURN length(p) AS l ORDER BY l', [[1n], [2n]]],
  ['CREATE (a)-[:R]->(b), (a)-[:S]->(b) WITH a MATCH (a)-[r]->() WHERE r:!R RETURN type(r) AS t', [['S']]],
  // Maps in order and compared as Neo4j 5.26 has them: fewer keys first, then keys, then values.
  [
    "UNWIND [{a: 2}, {b: 1}, {a: 1, b: 1}, {a: 1}, {}, {a: 'x'}, {a: null}, {a: [1]}, {a: 2, c: 0}, {a: 1, c: 5}, {b: 0, a: 9}] AS m RETURN m ORDER BY m",
    [
      [{}],
      [{ a: [1n] }],
      [{ a: 'x' }],
      [{ a: 1n }],
      [{ a: 2n }],
      [{ a: null }],
      [{ b: 1n }],
      [{ a: 1n, b: 1n }],
      [{ a: 9n, b: 0n }],
      [{ a: 1n, c: 5n }],
      [{ a: 2n, c: 0n }],
    ],
  ],
  [
    "RETURN {a: null} < {a: 1} AS a, {a: 1} < {a: 'x'} AS b, {a: 1} < {a: 1.5} AS c, {} < {a: 1} AS d, {a: [1, 2]} < {a: [1, 3]} AS e, {a: 1} < 1 AS f, {b: 1} > {a: 1} AS g, {a: 2, c: 1} > {a: 1, b: 9} AS h, {a: 1, b: 'x'} < {a: 2, b: 1} AS i, {a: 1} <= {a: null} AS j",
    [[null, null, true, true, true, null, true, true, true, null]],
  ],
  // CALL { … } sees the outer variables through an importing WITH only.
  ['WITH 1 AS a CALL { WITH * RETURN a AS b } RETURN b', [[1n]]],
  ['WITH 1 AS a CALL { WITH a AS a RETURN a AS b } RETURN b', [[1n]]],
  ['WITH 1 AS a CALL { WITH 2 AS z RETURN z } RETURN a + z AS s', [[3n]]],
  ['WITH 1 AS a CALL { WITH a RETURN a AS b UNION RETURN 2 AS b } RETURN b ORDER BY b', [[1n], [2n]]],
  ['WITH 1 AS a CALL (a) { WITH a AS b RETURN b } RETURN b', [[1n]]],
  // SHORTEST 1 GROUPS is ALL SHORTEST (found breadth-first, not by listing every trail).
  [
    'CREATE (a:C {n: 1})-[:R]->(b:C {n: 2})-[:R]->(d:C {n: 4}), (a)-[:R]->(c:C {n: 3})-[:R]->(d), (a)-[:R]->(d) WITH a MATCH p = SHORTEST 1 GROUPS (a)-[:R]-+(x) RETURN x.n AS n, length(p) AS l, count(*) AS c ORDER BY n',
    [
      [1n, 3n, 4n],
      [2n, 1n, 1n],
      [3n, 1n, 1n],
      [4n, 1n, 1n],
    ],
  ],
  ['CREATE (a:C {n: 1})-[:R]->(b:C {n: 2})-[:R]->(a) WITH a MATCH p = SHORTEST 1 GROUPS (a)-[:R]->+(a) RETURN length(p) AS l, count(*) AS c', [[2n, 1n]]],
  // SHORTEST k, ANY k and SHORTEST k GROUPS with an unbounded quantifier towards an end node not
  // bound before, searched breadth-first per end node: on the 7 nodes and 21 relationships of a
  // complete graph, listing every trail first (as before) does not finish.
  [
    'UNWIND range(1, 7) AS i CREATE (:Kq1 {n: i}) WITH count(*) AS made MATCH (a:Kq1), (b:Kq1) WHERE a.n < b.n CREATE (a)-[:R]->(b) WITH count(*) AS linked MATCH (s:Kq1 {n: 1}) MATCH p = SHORTEST 2 (s)-[:R]-+(x) RETURN x.n AS n, count(*) AS c, min(length(p)) AS lo, max(length(p)) AS hi ORDER BY n',
    [
      [1n, 2n, 3n, 3n],
      [2n, 2n, 1n, 2n],
      [3n, 2n, 1n, 2n],
      [4n, 2n, 1n, 2n],
      [5n, 2n, 1n, 2n],
      [6n, 2n, 1n, 2n],
      [7n, 2n, 1n, 2n],
    ],
  ],
  [
    'UNWIND range(1, 7) AS i CREATE (:Kq2 {n: i}) WITH count(*) AS made MATCH (a:Kq2), (b:Kq2) WHERE a.n < b.n CREATE (a)-[:R]->(b) WITH count(*) AS linked MATCH (s:Kq2 {n: 1}) MATCH p = ANY 2 (s)-[:R]-+(x:Kq2) RETURN x.n AS n, count(*) AS c, min(length(p)) AS lo, max(length(p)) AS hi ORDER BY n',
    [
      [1n, 2n, 3n, 3n],
      [2n, 2n, 1n, 2n],
      [3n, 2n, 1n, 2n],
      [4n, 2n, 1n, 2n],
      [5n, 2n, 1n, 2n],
      [6n, 2n, 1n, 2n],
      [7n, 2n, 1n, 2n],
    ],
  ],
  [
    'UNWIND range(1, 7) AS i CREATE (:Kq3 {n: i}) WITH count(*) AS made MATCH (a:Kq3), (b:Kq3) WHERE a.n < b.n CREATE (a)-[:R]->(b) WITH count(*) AS linked MATCH (s:Kq3 {n: 1}) MATCH p = SHORTEST 2 GROUPS (s)-[:R]-+(x) RETURN x.n AS n, count(*) AS c, min(length(p)) AS lo, max(length(p)) AS hi ORDER BY n',
    [
      [1n, 150n, 3n, 4n],
      [2n, 6n, 1n, 2n],
      [3n, 6n, 1n, 2n],
      [4n, 6n, 1n, 2n],
      [5n, 6n, 1n, 2n],
      [6n, 6n, 1n, 2n],
      [7n, 6n, 1n, 2n],
    ],
  ],
  // From every start node to an end node with a property; and searched back from that end, bound
  // before, the start not bound.
  [
    'UNWIND range(1, 7) AS i CREATE (:Kq4 {n: i}) WITH count(*) AS made MATCH (a:Kq4), (b:Kq4) WHERE a.n < b.n CREATE (a)-[:R]->(b) WITH count(*) AS linked MATCH p = SHORTEST 3 (x)-[:R]->{2,}(e:Kq4 {n: 7}) RETURN x.n AS n, count(*) AS c, min(length(p)) AS lo, max(length(p)) AS hi ORDER BY n',
    [
      [1n, 3n, 2n, 2n],
      [2n, 3n, 2n, 2n],
      [3n, 3n, 2n, 2n],
      [4n, 3n, 2n, 3n],
      [5n, 1n, 2n, 2n],
    ],
  ],
  [
    'UNWIND range(1, 7) AS i CREATE (:Kq5 {n: i}) WITH count(*) AS made MATCH (a:Kq5), (b:Kq5) WHERE a.n < b.n CREATE (a)-[:R]->(b) WITH count(*) AS linked MATCH (e:Kq5 {n: 7}) MATCH p = SHORTEST 3 (x)-[:R]->{2,}(e) RETURN x.n AS n, count(*) AS c, min(length(p)) AS lo, max(length(p)) AS hi ORDER BY n',
    [
      [1n, 3n, 2n, 2n],
      [2n, 3n, 2n, 2n],
      [3n, 3n, 2n, 2n],
      [4n, 3n, 2n, 3n],
      [5n, 1n, 2n, 2n],
    ],
  ],
  // An inline WHERE that reads another variable of the pattern holds for the whole pattern (it
  // met the other variable unbound where it is written, and refused every row).
  [
    'CREATE (a:Lf1 {x: 1})-[:R {w: 1}]->(b:Lf1 {x: 1})-[:R {w: 2}]->(c:Lf1 {x: 2}), (a)-[:R {w: 2}]->(c) WITH count(*) AS made MATCH (a:Lf1 WHERE a.x = b.x)-[:R]->(b) RETURN a.x AS a, b.x AS b',
    [[1n, 1n]],
  ],
  [
    'CREATE (a:Lf2 {x: 1})-[:R {w: 1}]->(b:Lf2 {x: 1})-[:R {w: 2}]->(c:Lf2 {x: 2}), (a)-[:R {w: 2}]->(c) WITH count(*) AS made MATCH (a:Lf2)-[r:R WHERE r.w = b.x]->(b) RETURN a.x AS a, b.x AS b, r.w AS w ORDER BY b, w',
    [
      [1n, 1n, 1n],
      [1n, 2n, 2n],
      [1n, 2n, 2n],
    ],
  ],
  [
    'CREATE (a:Lf3 {x: 1})-[:R {w: 1}]->(b:Lf3 {x: 1})-[:R {w: 2}]->(c:Lf3 {x: 2}), (a)-[:R {w: 2}]->(c) WITH count(*) AS made MATCH p = SHORTEST 2 (a:Lf3 WHERE a.x = b.x)-[:R]->+(b) RETURN a.x AS a, b.x AS b, length(p) AS l',
    [[1n, 1n, 1n]],
  ],
  // A stored list of numbers with a FLOAT in it is a FLOAT list.
  ['CREATE (a {l: [1, 2.5]}) RETURN a.l AS l, a.l[0] IS :: FLOAT AS f', [[[1, 2.5], true]]],
  [
    'CREATE (a)-[r:R {l: [2.5, 1]}]->(b) SET a.m = [1.0] + [2] RETURN r.l AS l, a.m AS m',
    [
      [
        [2.5, 1],
        [1, 2],
      ],
    ],
  ],
  // What the same analysis lets through: a list literal's mixed elements, an INTEGER list and a
  // FLOAT list, a type of which one member fits.
  ["RETURN abs([1, 'a'][0]) AS a, abs(([1, 2] + [2.5])[1]) AS b, sqrt(([1] + [2.5])[0]) AS c, abs(([1] + [1.5, 'a'])[0]) AS d", [[1n, 2n, 1, 1n]]],
  ["WITH ['x'] AS t RETURN toUpper((split('a', '') + t)[0]) AS a, ([1] + ['a'])[1] STARTS WITH 'a' AS b, ([1] + ['a'])[0] + [1] AS c", [['A', true, [1n, 1n]]]],
  // Number literals are folded before the query runs, as Neo4j's planner does: `=`, `<` and `>`
  // of an INTEGER and a FLOAT literal compare as FLOATs (`<=`, `>=`, `<>` run, and compare exactly);
  // a FLOAT literal over the literal 0 is Infinity or NaN (at run time it fails); `0 > -0.0` is
  // false (at run time -0.0 orders below 0); literal factors of a product multiply first.
  [
    'RETURN 9007199254740993 = 9007199254740992.0 AS a, 9007199254740993 <> 9007199254740992.0 AS b, 9007199254740993 <= 9007199254740992.0 AS c, 9007199254740993 > 9007199254740992.0 AS d, 9007199254740992.0 < 9007199254740993 AS e, 9223372036854775807 + 1.0 = 9223372036854775807 AS f',
    [[true, true, false, false, false, true]],
  ],
  ['WITH 9007199254740993 AS i RETURN i = 9007199254740992.0 AS a, i > 9007199254740992.0 AS b', [[false, true]]],
  [
    'RETURN 5.0 / 0 AS a, 5 / 0.0 AS b, -5.0 / 0 AS c, (1.5 / 0) * 2 AS d, -(1.5 / 0) AS e, 1.5 / 0 IS :: FLOAT AS f, [1.5 / 0] AS g',
    [[Infinity, Infinity, -Infinity, Infinity, -Infinity, true, [Infinity]]],
  ],
  ['WITH 1 AS one RETURN 1.5 / 0 + one AS a, 0.0 / 0 = 0.0 / 0 AS b, 5.0 % 0 = 5.0 % 0 AS c', [[Infinity, false, false]]],
  ['RETURN 0 <= -0.0 AS a, 0 >= -0.0 AS b, 0 > -0.0 AS c, -0.0 < 0 AS d, -0.0 >= 0 AS e', [[false, true, false, false, false]]],
  ['WITH -0.0 AS z RETURN 0 > z AS a, z < 0 AS b, z = 0 AS c', [[true, true, true]]],
  ['UNWIND [10] AS x RETURN x * 1e308 * 0.1 AS a, 1e308 * x * 0.1 AS b, 0.1 * (x * 1e308) AS c, x * 3 * 5 AS d', [[1e308, 1e308, 1e308, 150n]]],
  ['UNWIND [9223372036854775807] AS x RETURN x * 2 * 0.5 AS a', [[2 ** 63]]],
  [
    'RETURN 1 < 2.0 < 3 AS a, 9007199254740993 > 9007199254740992.0 > 1 AS b, -9223372036854775808 / -1 AS c, -9223372036854775808 % -1 AS d',
    [[true, false, -9223372036854775808n, 0n]],
  ],
  // Java's long division at run time: MIN / -1 wraps round to MIN. The largest INTEGER equals
  // 2^63 as a FLOAT (Java's cast of 2^63 to a long stops at it), in = and in DISTINCT, not in <.
  ['WITH -9223372036854775808 AS m RETURN m / -1 AS a, m % -1 AS b', [[-9223372036854775808n, 0n]]],
  [
    'WITH 9223372036854775807 AS i RETURN i = 9223372036854775807.0 AS a, i <> 9223372036854775807.0 AS b, i = 1e19 AS c, i < 9223372036854775807.0 AS d, 9223372036854775807.0 IN [i] AS e',
    [[true, false, false, true, true]],
  ],
  ['UNWIND [9223372036854775807, 9223372036854775807.0, 9223372036854775806] AS x RETURN count(DISTINCT x) AS a', [[2n]]],
];

export const DIALECT_ERRORS: SyntaxErrorExpectation[] = [
  ['CREATE (a)-[:!R]->(b)', 13, 'Relationship type expressions in patterns are not allowed in a CREATE clause, but only in a MATCH clause'],
  ['CREATE (a)-[:%]->(b)', 13, 'Relationship type expressions in patterns are not allowed in a CREATE clause, but only in a MATCH clause'],
  ['MATCH (a)-[:R:S]->(b) RETURN 1', 13, "Relationship types in a relationship type expressions may not be combined using ':'"],
  ['MATCH (a)-[r:!R*1..2]->(b) RETURN 1', 13, 'Variable length relationships must not use relationship type expressions.'],
  ['MATCH p = shortestPath((a)-[:!T]-(c)) RETURN p', 29, 'Variable length relationships must not use relationship type expressions.'],
  ['MATCH (a)-[r:R|:S]->(b) RETURN 1', 14, 'The semantics of using colon in the separation of alternative relationship types'],
  ['MATCH (a)-[:R|:S&T]->(b) RETURN 1', 13, 'The semantics of using colon in the separation of alternative relationship types'],
  ['RETURN CASE 3 WHEN != 3 THEN 1 END', 19, "Unknown operation '!='"],
  ['WITH 1 AS a CALL { RETURN a AS c } RETURN c', 26, 'Variable `a` not defined'],
  ['WITH 1 AS a CALL { UNWIND [1] AS x WITH a RETURN a AS b } RETURN b', 40, 'Variable `a` not defined'],
  ['UNWIND [1] AS a CALL { WITH a CALL { RETURN a AS q } RETURN q } RETURN q', 44, 'Variable `a` not defined'],
  [
    'WITH 1 AS a CALL { WITH a AS b RETURN b } RETURN b',
    19,
    'Importing WITH should consist only of simple references to outside variables. Aliasing or expressions are not supported.',
  ],
  ['WITH 1 AS a CALL { WITH a, 2 AS z RETURN a + z AS b } RETURN b', 19, 'Aliasing or expressions are not supported.'],
  [
    'WITH 1 AS a CALL { WITH a WHERE a > 0 RETURN a AS b } RETURN b',
    19,
    'Importing WITH should consist only of simple references to outside variables. WHERE is not allowed.',
  ],
  ['WITH 1 AS a CALL { WITH a ORDER BY a RETURN a AS b } RETURN b', 19, 'ORDER BY is not allowed.'],
  ['WITH 1 AS a CALL { WITH DISTINCT a RETURN a AS b } RETURN b', 19, 'DISTINCT is not allowed.'],
  ['WITH 1 AS a CALL { WITH a LIMIT 1 RETURN a AS b } RETURN b', 19, 'LIMIT is not allowed.'],
  ['WITH 1 AS a CALL { WITH a RETURN a AS b UNION WITH a, 1 AS q RETURN q AS b } RETURN b', 46, 'Aliasing or expressions are not supported.'],
  // Patterns that write take a conjunction of labels; FOREACH takes updating clauses only.
  ['CREATE (a:!A) RETURN a', 10, 'Label expressions in patterns are not allowed in a CREATE clause, but only in a MATCH clause and in expressions'],
  ['CREATE (a:%) RETURN a', 10, 'Label expressions in patterns are not allowed in a CREATE clause'],
  ['FOREACH (x IN [1] | RETURN x)', 20, 'Invalid use of RETURN inside FOREACH'],
  ['FOREACH (x IN [1] | MATCH (n) DELETE n)', 20, 'Invalid use of MATCH inside FOREACH'],
  ['FOREACH (x IN [1] | WITH x CREATE (:Q))', 20, 'Invalid use of WITH inside FOREACH'],
  ['FOREACH (x IN [1] | UNWIND [1] AS y CREATE (:Q))', 20, 'Invalid use of UNWIND inside FOREACH'],
  ['FOREACH (x IN [1] | CALL { CREATE (:Q) })', 20, 'Invalid use of CALL inside FOREACH'],
  // A generic CASE tests conditions: one the text proves is no boolean is refused.
  ["RETURN CASE WHEN 1 THEN 'a' END AS x", 17, 'Type mismatch: expected Boolean but was Integer'],
  ["WITH 1 AS v RETURN CASE WHEN v THEN 'a' END AS x", 29, 'Type mismatch: expected Boolean but was Integer'],
  // List concatenation types its elements as Neo4j's semantic analysis does: elements of two
  // kinds are of the type Any itself (a list literal's mixed elements are not), an INTEGER list
  // and a FLOAT of the type Number, a STRING list and an unknown value Any or String; a function
  // or operator none of whose types fits refuses it (at the subscript's index, as Neo4j places it).
  ['RETURN abs(([1, 2] + [true])[1]) AS a', 29, 'Type mismatch: expected Float or Integer but was Any'],
  ["RETURN sqrt(([1] + ['a'])[0]) AS a", 26, 'expected Float but was Any'],
  ['RETURN abs(([1, 2] + 2.5)[1]) AS a', 26, 'Type mismatch: expected Float or Integer but was Number'],
  ["MATCH (n) RETURN abs((split('a', '') + n.tags)[0]) AS a", 47, 'Type mismatch: expected Float or Integer but was Any or String'],
  ["MATCH (n) RETURN n.x - reverse(split(n.name, 'ß') + n.tags)[1] AS a", 60, 'but was Any or String'],
  ["RETURN ([1] + ['a'])[1] + 1 AS a", 26, 'Type mismatch: expected List<T> but was Integer'],
  ["RETURN toUpper(([1] + ['a'])[1]) AS a", 29, 'Type mismatch: expected String but was Any'],
  ["MATCH (n) RETURN percentileDisc(reverse([x IN split(n.name, '') + n.tags WHERE n.flag])[0], 1.0) AS a", 88, 'but was Any or String'],
  ["RETURN abs(head([1] + ['a'])) AS a", 11, 'Type mismatch: expected Float or Integer but was Any'],
  // A property of a node is a property value: DELETE refuses it before running.
  ['CREATE (a) DELETE a.x', 18, 'Type mismatch: expected Node, Path or Relationship but was'],
];

export const DIALECT_RUNTIME_ERRORS: [string, string][] = [
  ['CREATE (a {l: [1, null]}) RETURN a.l', 'Collections containing null values can not be stored in properties'],
  ["CREATE (a) SET a += {l: [null, 'x']} RETURN a.l", 'Collections containing null values can not be stored in properties'],
  ['MERGE (a:DialectMerge {l: [1, null]}) RETURN a.l', 'Collections containing null values can not be stored in properties'],
  [
    "CREATE (a) SET a.l = [date('2020-01-01'), datetime()] RETURN a.l",
    'Neo4j only supports a subset of Cypher types for storage as singleton or array properties.',
  ],
  ['CREATE (a {x: 1}) SET a = null RETURN a.x', 'to be a map, but it was'],
  [
    "RETURN substring('abc', 2147483648) AS s",
    "Invalid input for start value in function 'substring()': Expected an integer between -2147483648 and 2147483647",
  ],
  ["RETURN substring('abc', 1, 9223372036854775807) AS s", "Invalid input for length value in function 'substring()'"],
  ['WITH [1, 2, 3] AS l RETURN l[1..2147483648] AS x', 'Expected an integer between -2147483648 and 2147483647, but got: 2147483648'],
  ["RETURN split('abc', '')[-2147483649..] AS x", 'Expected an integer between -2147483648 and 2147483647, but got: -2147483649'],
  ['CREATE (a {x: 1}) SET a += null RETURN a.x', 'to be a map, but it was'],
  ['CREATE (a) SET a.l = [1, true] RETURN a.l', 'Neo4j only supports a subset of Cypher types for storage as singleton or array properties.'],
  // What folding leaves alone runs, and fails, as written: a FLOAT over an INTEGER zero through a
  // variable, an INTEGER division by zero, a product whose literal factors overflow when they
  // multiply first (0 * MAX * 2 is MAX * 2 * 0 on Neo4j).
  ['WITH 5.0 AS x RETURN x / 0 AS a', '/ by zero'],
  ['RETURN 5 / 0 AS a', '/ by zero'],
  ['UNWIND [0] AS x RETURN x * 9223372036854775807 * 2 AS a', 'overflow'],
];
