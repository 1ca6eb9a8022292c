// Neo4j 5 query syntax beyond openCypher, with the rows Neo4j 5.26 was seen to give: shared by
// the engine's specification (neo4j5-syntax.test.ts) and the run on a real server
// (test/neo4j/syntax-parity.test.ts). A query that needs a graph creates it and matches from
// the nodes it created, so data left on the server by other queries cannot change its rows.

import type { CypherValue } from '../../../src/cypher/values.js';

/** [query, rows]: each row the list of its column values. */
export type RowsExpectation = [string, CypherValue[][]];
/** [query, 0-based offset of the fault, a phrase both engines' messages share]. */
export type SyntaxErrorExpectation = [string, number, string];

export const TYPE_PREDICATES: RowsExpectation[] = [
  // A nullable type holds null; NOT NULL types, NOTHING do not; NULL holds only null.
  [
    'RETURN null IS :: INTEGER, null IS :: INTEGER NOT NULL, null IS :: NOTHING, null IS :: NULL, 1 IS :: NULL, null IS :: ANY',
    [[true, false, false, true, false, true]],
  ],
  ['RETURN 1 IS :: INTEGER | STRING, 1.0 IS :: INTEGER | STRING, null IS :: INTEGER | NULL', [[true, false, true]]],
  [
    "RETURN [1, null] IS :: LIST<INTEGER>, [1, null] IS :: LIST<INTEGER NOT NULL>, [] IS :: LIST<NOTHING>, [1, 'a'] IS :: LIST<INTEGER | STRING>",
    [[true, false, true, true]],
  ],
  [
    'RETURN [null] IS :: LIST<NULL>, [1] IS :: LIST<NOTHING>, [] IS :: LIST<INTEGER NOT NULL>, null IS :: LIST<INTEGER>, [[1]] IS :: LIST<LIST<INTEGER>>, 1 IS :: LIST<INTEGER>',
    [[true, false, true, true, true, false]],
  ],
  [
    'RETURN 1 IS NOT :: STRING NOT NULL, null IS NOT :: STRING NOT NULL, null IS NOT :: STRING, 1 :: INTEGER, 1 IS TYPED INTEGER',
    [[true, true, false, true, true]],
  ],
  [
    "RETURN [1] IS :: LIST<ANY>, [1] IS :: PROPERTY VALUE, [1, 'a'] IS :: PROPERTY VALUE, {a: 1} IS :: MAP, {a: 1} IS :: PROPERTY VALUE, date() IS :: DATE",
    [[true, true, false, true, false, true]],
  ],
  // Synonyms.
  [
    "RETURN 1 IS :: INT, true IS :: BOOL, 'x' IS :: VARCHAR, [1] IS :: INTEGER LIST, [1] IS :: ARRAY<INT>, 1 IS :: ANY<INTEGER | FLOAT>, 1 IS :: INTEGER!, 1 IS :: SIGNED INTEGER",
    [[true, true, true, true, true, true, true, true]],
  ],
  [
    "RETURN localtime() IS :: TIME WITHOUT TIME ZONE, time() IS :: TIME WITH TIME ZONE, datetime() IS :: TIMESTAMP WITH TIME ZONE, localdatetime() IS :: TIMESTAMP WITHOUT TIME ZONE, duration('P1D') IS :: DURATION",
    [[true, true, true, true, true]],
  ],
  [
    'RETURN 1 IS :: ANY VALUE, 1 IS :: ANY NOT NULL, null IS :: ANY NOT NULL, null IS :: PROPERTY VALUE, null IS :: NULL NOT NULL',
    [[true, true, false, true, false]],
  ],
  ['CREATE (n:TypeProbe)-[r:T]->(m) RETURN n IS :: NODE, r IS :: RELATIONSHIP, n IS :: ANY NODE, r IS :: EDGE, n IS :: MAP', [[true, true, true, true, false]]],
  // As a filter, the way a type check is usually written.
  ["UNWIND [1, 'a', 2.5, null, [1]] AS x WITH x WHERE x IS :: INTEGER NOT NULL | FLOAT NOT NULL RETURN collect(x)", [[[1n, 2.5]]]],
  // Normal forms: a value that is not a string gives null.
  [
    "RETURN 'é' IS NORMALIZED, normalize('é', NFD) IS NFD NORMALIZED, normalize('é', NFD) IS NORMALIZED, null IS NORMALIZED, 'é' IS NOT NFKC NORMALIZED, 1 IS NORMALIZED",
    [[true, true, false, null, false, null]],
  ],
  ["RETURN normalize('ﬁ', NFKC), normalize(null), size(normalize('é', NFD)), normalize('é') = 'é'", [['fi', null, 2n, true]]],
  // trim() with a side and a character.
  [
    "RETURN trim(BOTH 'x' FROM 'xxaxx'), trim(LEADING 'x' FROM 'xxaxx'), trim(TRAILING 'x' FROM 'xxaxx'), trim('  a '), trim(LEADING FROM '  a '), trim('x' FROM 'xax'), trim(BOTH FROM ' a ')",
    [['a', 'axx', 'xxa', 'a', 'a ', 'a', 'a']],
  ],
  ["RETURN trim(BOTH null FROM 'xxaxx'), trim(null), trim(BOTH 'x' FROM null)", [[null, null, null]]],
];

export const TYPE_PREDICATE_ERRORS: SyntaxErrorExpectation[] = [
  ['RETURN null IS :: INTEGER NOT NULL | FLOAT', 18, 'must be nullable, or be appended with'],
  ['RETURN [1] IS :: LIST<INTEGER | STRING NOT NULL>', 22, 'must be nullable, or be appended with'],
  ['RETURN 1 IS :: ANY<INTEGER | FLOAT> NOT NULL', 36, 'can not be appended with'],
  ['RETURN 1 IS :: BOGUS', 15, "Invalid input 'BOGUS'"],
  ["RETURN normalize('a', 'NFC')", 22, 'Invalid normal form, expected NFC, NFD, NFKC, NFKD'],
];

export const TYPE_PREDICATE_RUNTIME_ERRORS: [string, string][] = [["RETURN trim(BOTH 'xy' FROM 'xxaxx')", 'must be of length 1']];

/**
 * The graph the pattern queries below run on, created at the start of each: a chain
 * 1 -R-> 2 -R-> 3 -R-> 4 (weights 1, 2, 3), a short cut 1 -R-> 4 (weight 9) and 2 -S-> 3.
 */
export const QPP_GRAPH =
  'CREATE (a:Q {n: 1})-[:R {w: 1}]->(b:Q {n: 2})-[:R {w: 2}]->(c:Q {n: 3})-[:R {w: 3}]->(d:Q:End {n: 4}), (a)-[:R {w: 9}]->(d), (b)-[:S]->(c)';

/** Quantified relationships, quantified path patterns with group variables, path selectors: after QPP_GRAPH. */
export const QUANTIFIED_PATTERNS: RowsExpectation[] = [
  // One relationship between anonymous nodes: matched as a quantified relationship.
  [
    'WITH a MATCH p = (a) (()-[r:R WHERE r.w < 3]->()){1,} (z) RETURN z.n, size(r), length(p) ORDER BY z.n',
    [
      [2n, 1n, 1n],
      [3n, 2n, 2n],
    ],
  ],
  [
    'WITH a MATCH (a)-[r:R]->{1,2}(x) RETURN x.n, size(r) ORDER BY x.n',
    [
      [2n, 1n],
      [3n, 2n],
      [4n, 1n],
    ],
  ],
  ['WITH a MATCH (a)-[r:R WHERE r.w < 3]->+(x) RETURN x.n ORDER BY x.n', [[2n], [3n]]],
  ['WITH a MATCH (a)-[:R]->*(x) RETURN x.n ORDER BY x.n', [[1n], [2n], [3n], [4n], [4n]]],
  ['WITH a MATCH (a)-[:R]->{0,1}(z) RETURN z.n ORDER BY z.n', [[1n], [2n], [4n]]],
  [
    'WITH a MATCH (a)-[r:R]-{2}(z) RETURN z.n, [x IN r | x.w] AS ws ORDER BY z.n, ws',
    [
      [3n, [1n, 2n]],
      [3n, [9n, 3n]],
    ],
  ],
  ['WITH a MATCH (a)-[:R WHERE false]->+(z) RETURN count(*)', [[0n]]],
  ['WITH a MATCH p = (a) ((x)-[r:R]->(y) WHERE r.w > x.n - 1){2} (z) RETURN [v IN x | v.n], [v IN y | v.n], z.n, length(p)', [[[1n, 2n], [2n, 3n], 3n, 2n]]],
  [
    'WITH a MATCH (a) ((x)-[:R]->(y)){0,} (z) RETURN size(x), z.n ORDER BY z.n, size(x)',
    [
      [0n, 1n],
      [1n, 2n],
      [2n, 3n],
      [1n, 4n],
      [3n, 4n],
    ],
  ],
  ['WITH d MATCH (s:Q) ((x)-[:R]->(y)){2} (d) RETURN s.n, [v IN x | v.n] ORDER BY s.n', [[2n, [2n, 3n]]]],
  ['WITH a MATCH p = (a) ((x)-[:R|S]->(y)){1,3} (z {n: 3}) RETURN [n IN nodes(p) | n.n] AS ns ORDER BY ns', [[[1n, 2n, 3n]], [[1n, 2n, 3n]]]],
  ['WITH a, d MATCH (a) ((x)-[r:R]->(y) WHERE r.w < y.n){1,} (d) RETURN [v IN y | v.n] AS ys ORDER BY ys', [[[2n, 3n, 4n]]]],
  ['WITH a MATCH (a) ((x:Q)-[:R]->(y:Q WHERE y.n > x.n) WHERE x.n < 3)+ (z) RETURN z.n ORDER BY z.n', [[2n], [3n], [4n]]],
  ['WITH a OPTIONAL MATCH (a)<-[:R]-+(z) RETURN a.n, z', [[1n, null]]],
  ['WITH a RETURN COUNT { (a)-[:R]->{1,3}() } AS c, EXISTS { (a)-[:R]->{3}(:End) } AS e', [[4n, true]]],
  [
    'WITH a MATCH p = (a)-[:R]->(b)-[:R]->+(z) RETURN b.n, z.n, length(p) ORDER BY z.n',
    [
      [2n, 3n, 2n],
      [2n, 4n, 3n],
    ],
  ],
  ['WITH a MATCH (a) ((x)-[:R]->(y) WHERE x.n + 1 = y.n)* (z) WHERE z.n > 2 RETURN z.n ORDER BY z.n', [[3n], [4n]]],
  ['WITH a MATCH (a) ((x)-[:R]->(y)){2} RETURN x[0].n, y[1].n', [[1n, 3n]]],
  ['WITH a, d MATCH p = SHORTEST 1 (a)-[:R]->+(d) RETURN [n IN nodes(p) | n.n]', [[[1n, 4n]]]],
  ['WITH a, d MATCH p = SHORTEST 2 (a)-[:R]->+(d) RETURN length(p) ORDER BY length(p)', [[1n], [3n]]],
  ['WITH a, d MATCH p = ALL SHORTEST (a) ((x)-[:R|S]->(y))+ (d) RETURN length(p)', [[1n]]],
  ['WITH a, d MATCH p = ANY (a)-[:R]->+(d) RETURN length(p)', [[1n]]],
  ['WITH a MATCH p = SHORTEST 2 GROUPS (a)-[:R|S]->+(z:End) RETURN length(p) ORDER BY length(p)', [[1n], [3n], [3n]]],
  ['WITH a MATCH p = ANY 1 (a)-[:R]->{2}(z) RETURN z.n, length(p) ORDER BY z.n', [[3n, 2n]]],
  ['WITH a, d MATCH p = SHORTEST 3 PATHS (a)-[:R|S]->+(d) RETURN length(p) ORDER BY length(p)', [[1n], [3n], [3n]]],
  // The MATCH's WHERE holds after the selection; a WHERE inside the parentheses, before it.
  ['WITH a, d MATCH p = SHORTEST 1 (a)-[rs:R]->+(d) WHERE all(r IN rs WHERE r.w < 5) RETURN length(p)', []],
  ['WITH a, d MATCH p = SHORTEST 1 ((a)-[rs:R]->+(d) WHERE all(r IN rs WHERE r.w < 5)) RETURN length(p)', [[3n]]],
  ['WITH a MATCH p = ((a)-[:R]->(x) WHERE x.n > 1) RETURN x.n ORDER BY x.n', [[2n], [4n]]],
  [
    'WITH a MATCH p = SHORTEST 1 (a)-[:R]->*(x) RETURN x.n, length(p) ORDER BY x.n',
    [
      [1n, 0n],
      [2n, 1n],
      [3n, 2n],
      [4n, 1n],
    ],
  ],
  ['WITH a MATCH SHORTEST 1 (a)-[:R]->{1,}(x) RETURN x.n ORDER BY x.n', [[2n], [3n], [4n]]],
  ['WITH a MATCH p = ANY SHORTEST (a)-[:R]->{1,}(x) RETURN x.n ORDER BY x.n', [[2n], [3n], [4n]]],
];

/** Shortest paths on graphs of their own: a cycle back to the start, two paths of one length. */
export const SHORTEST_PATHS: RowsExpectation[] = [
  // An undirected cycle of three: straight back along the same relationship is no cycle of two.
  [
    'CREATE (a:Tri {n: 1})-[:R]->(b:Tri {n: 2})-[:R]->(c:Tri {n: 3}), (c)-[:R]->(a) WITH a MATCH p = ALL SHORTEST (a)-[:R]-+(a) RETURN [x IN nodes(p) | x.n] AS ns ORDER BY ns',
    [[[1n, 2n, 3n, 1n]], [[1n, 3n, 2n, 1n]]],
  ],
  ['CREATE (a:C {n: 1})-[:R]->(b:C {n: 2})-[:R]->(a), (b)-[:R]->(c:C {n: 3})-[:R]->(a) WITH a MATCH p = SHORTEST 1 (a)-[:R]->+(a) RETURN length(p)', [[2n]]],
  [
    'CREATE (a:C {n: 1})-[:R]->(b:C {n: 2})-[:R]->(d:C {n: 4}), (a)-[:R]->(c:C {n: 3})-[:R]->(d) WITH a, d MATCH p = ALL SHORTEST (a)-[:R]-+(d) RETURN [x IN nodes(p) | x.n] AS ns ORDER BY ns',
    [[[1n, 2n, 4n]], [[1n, 3n, 4n]]],
  ],
  [
    'CREATE (a:C {n: 1})-[:R]->(b:C {n: 2})-[:R]->(d:C {n: 4}), (a)-[:R]->(c:C {n: 3})-[:R]->(d) WITH a, d MATCH p = SHORTEST 1 (a)-[:R]-{2,}(d) RETURN length(p)',
    [[2n]],
  ],
  [
    'CREATE (a:C {n: 1})-[:R]->(b:C {n: 2})-[:R]->(d:C {n: 4}), (a)-[:R]->(c:C {n: 3})-[:R]->(d) WITH a MATCH p = SHORTEST 1 (a)-[:R]->+(x) WHERE x.n > 2 RETURN x.n, length(p) ORDER BY x.n',
    [
      [3n, 1n],
      [4n, 2n],
    ],
  ],
];

export const QUANTIFIED_PATTERN_ERRORS: SyntaxErrorExpectation[] = [
  ['MATCH (a)-[:R*1..2]->{1,2}(x) RETURN x', 9, 'Variable length relationships cannot be part of a quantified path pattern'],
  ['MATCH (a) ((x)-->(y)){3,1} RETURN x', 21, 'must not have a lower bound which exceeds its upper bound'],
  ['MATCH (a)-[:R]->{,0}(b) RETURN b', 16, 'must not be limited by 0'],
  ['MATCH (a) ((x)){1,2} RETURN x', 10, 'needs to have at least one relationship'],
  ['MATCH (a) ((a)-->(y)){1,2} RETURN 1', 10, 'occurs both inside and outside a quantified path pattern'],
  ['MATCH (a)-[r:R]->{1,2}(b) RETURN r.w', 33, 'Type mismatch'],
  ['CREATE (a)-[:R]->{2}(b)', 10, 'Quantified path patterns cannot be used in a CREATE clause, but only in a MATCH clause'],
  ['CREATE (a) ((x)-[:R]->(y)){2} (b)', 11, 'Quantified path patterns cannot be used in a CREATE clause, but only in a MATCH clause'],
  ['MERGE (a)-[:R]->+(b)', 9, 'Quantified path patterns cannot be used in a MERGE clause, but only in a MATCH clause'],
  ['MATCH p = shortestPath((a)-[:R]->{1,3}(b)) RETURN p', 26, 'shortestPath(...) contains quantified pattern. This is currently not supported'],
  [
    'MATCH (a)-[:R]->(m), p = SHORTEST 1 (m)-[:R]->+(z) RETURN 1',
    21,
    'Multiple path patterns cannot be used in the same clause in combination with a selective path selector',
  ],
];

/** OPTIONAL CALL, CALL { … } IN TRANSACTIONS, FINISH, and subquery expressions in every position. */
export const CLAUSES: RowsExpectation[] = [
  [
    'UNWIND [1, 2] AS x OPTIONAL CALL (x) { WITH x WHERE x > 1 RETURN x * 10 AS y } RETURN x, y ORDER BY x',
    [
      [1n, null],
      [2n, 20n],
    ],
  ],
  [
    'UNWIND [1, 2] AS x OPTIONAL CALL (x) { UNWIND range(1, x - 1) AS z RETURN z } RETURN x, z ORDER BY x, z',
    [
      [1n, null],
      [2n, 1n],
    ],
  ],
  ['UNWIND [1, 2] AS x CALL (x) { WITH x WHERE x > 1 RETURN x * 10 AS y } RETURN x, y ORDER BY x', [[2n, 20n]]],
  ["OPTIONAL CALL db.labels() YIELD label WITH label WHERE label = 'NoSuchLabelHere' RETURN count(*)", [[0n]]],
  ['UNWIND range(1, 5) AS i CALL (i) { CREATE (:TxBatch {i: i}) } IN TRANSACTIONS OF 2 ROWS RETURN count(*)', [[5n]]],
  ['UNWIND range(1, 3) AS i CALL (i) { CREATE (t:TxBatch {i: i}) RETURN t } IN TRANSACTIONS RETURN sum(t.i)', [[6n]]],
  ['UNWIND range(1, 3) AS i CALL (i) { CREATE (t:TxBatch {i: i}) RETURN t.i AS v } IN TRANSACTIONS OF 1 ROW ON ERROR FAIL RETURN collect(v)', [[[1n, 2n, 3n]]]],
  ['CREATE (:Fin) FINISH', []],
  ['UNWIND [1, 2] AS x WITH x FINISH', []],
  ['WITH 1 AS x ORDER BY COUNT { UNWIND [1, 2] AS y RETURN y } RETURN x', [[1n]]],
  ['WITH COLLECT { UNWIND [1, 2] AS y RETURN y } AS c RETURN c', [[[1n, 2n]]]],
  ['CREATE (n:Col) SET n.c = COUNT { UNWIND [1, 2, 3] AS y RETURN y } RETURN n.c', [[3n]]],
  ["RETURN CASE WHEN EXISTS { UNWIND [1] AS y RETURN y } THEN 'yes' END AS r", [['yes']]],
  ['RETURN [x IN [1, 2] | COUNT { UNWIND range(1, x) AS y RETURN y }] AS r', [[[1n, 2n]]]],
  ['RETURN COLLECT { UNWIND [3, 1, 2] AS y RETURN y ORDER BY y } AS r', [[[1n, 2n, 3n]]]],
  ['UNWIND [1, 2] AS x WITH x WHERE EXISTS { WITH x WHERE x > 1 RETURN 1 } RETURN x', [[2n]]],
  ['RETURN sum(COUNT { UNWIND [1, 2] AS y RETURN y }) AS s', [[2n]]],
  ['UNWIND [3, 1] AS x RETURN x ORDER BY COLLECT { UNWIND range(1, x) AS y RETURN y } DESC', [[3n], [1n]]],
  ['RETURN {a: COUNT { UNWIND [1] AS y RETURN y }} AS m', [[{ a: 1n }]]],
  [
    'UNWIND [1, 2] AS x RETURN x, COUNT { UNWIND range(1, x) AS y RETURN y } AS c ORDER BY x',
    [
      [1n, 1n],
      [2n, 2n],
    ],
  ],
  // ORDER BY, SKIP / OFFSET and LIMIT as clauses of their own; INSERT, GQL's CREATE.
  ['UNWIND [3, 1, 2] AS x ORDER BY x DESC LIMIT 2 RETURN x', [[3n], [2n]]],
  ['UNWIND [3, 1, 2] AS x SKIP 1 RETURN x', [[1n], [2n]]],
  ['UNWIND [3, 1, 2] AS x OFFSET 2 RETURN x', [[2n]]],
  ['UNWIND [3, 1, 2] AS x LIMIT 1 RETURN x', [[3n]]],
  ['UNWIND [3, 1, 2] AS x ORDER BY x SKIP 1 LIMIT 1 RETURN x', [[2n]]],
  ['ORDER BY 1 RETURN 1', [[1n]]],
  ['INSERT (n:Ins {k: 1}) RETURN n.k', [[1n]]],
  ['WITH 1 AS insert, 2 AS finish RETURN insert + finish AS s', [[3n]]],
  // exists() of a pattern: whether it has a match.
  ['CREATE (a:Ex)-[:R]->(b:Ex) WITH a, b MATCH (n:Ex) WHERE n IN [a, b] AND exists((n)-->()) RETURN n = a AS isA', [[true]]],
  ['INSERT (n:InsA&InsB) RETURN n:InsA AND n:InsB, size(labels(n))', [[true, 2n]]],
  ['INSERT (a:InsC)-[r:R]->(b:InsC) RETURN type(r)', [['R']]],
  // IN CONCURRENT TRANSACTIONS: the embedded engine runs the batches one after another.
  ['UNWIND [1, 2] AS i CALL (i) { CREATE (:Conc {i: i}) } IN 2 CONCURRENT TRANSACTIONS OF 1 ROW RETURN count(*)', [[2n]]],
  ['UNWIND [1, 2, 3] AS i CALL (i) { CREATE (c:Conc {i: i}) RETURN c.i AS v } IN CONCURRENT TRANSACTIONS RETURN sum(v)', [[6n]]],
  // CALL subqueries in each scope form (the TCK has none).
  ['CALL { RETURN 1 AS one } RETURN one', [[1n]]],
  ['WITH 1 AS a, 2 AS b CALL (*) { RETURN a + b AS c } RETURN c', [[3n]]],
  ['MATCH (n:NoSuchLabelAnywhere) WITH count(n) AS c CALL (c) { RETURN c + 1 AS d } RETURN d', [[1n]]],
  // || concatenates strings and lists; FOREACH writes per element.
  ["RETURN 'a' || 'b' AS s, [1] || [2, 3] AS l, 'a' || null AS n", [['ab', [1n, 2n, 3n], null]]],
  ['CREATE (a:Fe) FOREACH (i IN [1, 2, 3] | CREATE (a)-[:HAS]->(:FeItem {i: i})) WITH a MATCH (a)-[:HAS]->(x) RETURN sum(x.i)', [[6n]]],
  // Query options: checked, then ignored (one runtime, one planner).
  ['CYPHER 5 RETURN 1 AS x', [[1n]]],
  ['CYPHER runtime=slotted RETURN 2 AS x', [[2n]]],
  ['CYPHER 5 runtime=pipelined EXPLAIN RETURN 3 AS x', []],
];

export const CLAUSE_ERRORS: SyntaxErrorExpectation[] = [
  ['UNWIND [1] AS x ORDER BY y RETURN x', 25, 'Variable `y` not defined'],
  ['UNWIND [1, 2] AS i CALL (i) { CREATE (:TxBatch) } IN TRANSACTIONS OF 0 ROWS', 69, "Invalid input. '0' is not a valid value. Must be a positive integer."],
  ['FINISH RETURN 1', 0, 'FINISH can only be used at the end of the query'],
  ['MATCH (a) WHERE exists(a.name) RETURN count(a)', 16, 'The property existence syntax `... exists(variable.property)` is no longer supported'],
  ['RETURN exists(null) AS x', 14, 'Argument to exists(...) is not a pattern'],
  ['CYPHER 25 RETURN 1 AS x', 0, '25 is not a valid option for cypher version. Valid options are: 5'],
  ['CYPHER runtime=bogus RETURN 1 AS x', 0, 'bogus is not a valid option for runtime'],
  ['RETURN 1 FINISH', 0, 'RETURN can only be used at the end of the query'],
  [
    'MERGE (n:Col2 {k: 1}) ON CREATE SET n.c = COLLECT { UNWIND [1, 2] AS y RETURN y } RETURN n.c',
    42,
    'Subquery expressions are not allowed in a MERGE clause',
  ],
];

/**
 * Dynamic labels and types, `$(expr)` / `$all(expr)` / `$any(expr)`, in MATCH, CREATE, MERGE,
 * SET and REMOVE. (Labels are compared as a set: Neo4j lists them in its token order.)
 */
export const DYNAMIC_LABELS: RowsExpectation[] = [
  ["WITH 'DynA' AS l CREATE (n:$(l) {k: 1}) RETURN labels(n)", [[['DynA']]]],
  ["CREATE (n:$(['DynB', 'DynC'])) RETURN n:DynB AND n:DynC AS both, size(labels(n)) AS count", [[true, 2n]]],
  ['CREATE (n:$([])) RETURN labels(n)', [[[]]]],
  ["WITH {l: 'DynW'} AS m CREATE (n:$(m.l)) RETURN labels(n)", [[['DynW']]]],
  ["CREATE (a:DynD)-[r:$('DYN_T')]->(b) RETURN type(r)", [['DYN_T']]],
  ["CREATE (a:DynE) WITH a MATCH (n:$('DynE')) WHERE n = a RETURN count(n)", [[1n]]],
  ["CREATE (a:DynF:DynG) WITH a MATCH (n:$all(['DynF', 'DynG'])) WHERE n = a RETURN count(n)", [[1n]]],
  ["CREATE (a:DynH) WITH a MATCH (n:$any(['DynH', 'Nope'])) WHERE n = a RETURN count(n)", [[1n]]],
  ['CREATE (n:Dx) WITH n MATCH (m:$([])) WHERE m = n RETURN count(*)', [[1n]]],
  ['CREATE (n:Dx) WITH n MATCH (m:$any([])) WHERE m = n RETURN count(*)', [[0n]]],
  ["CREATE (n:Dx:Dy) WITH n MATCH (m:Dx:$('Dy')) WHERE m = n RETURN count(*)", [[1n]]],
  ["CREATE (n:Dx) WITH n MATCH (m:Dx|$('Dy')) WHERE m = n RETURN count(*)", [[1n]]],
  ["CREATE (n:Dx) WITH n MATCH (m:$('Dx') WHERE m = n) RETURN count(*)", [[1n]]],
  ["CREATE (n:Dx) WITH n, 'Dx' AS l MATCH (m:!$(l)) WHERE m = n RETURN count(*)", [[0n]]],
  ["CREATE (a:DynI)-[:T1]->(b) WITH a MATCH (a)-[r:$any(['T1', 'T2'])]->() RETURN type(r)", [['T1']]],
  ["CREATE (a:Dz)-[:T1]->(b) WITH a MATCH (a)-[r:$(['T1', 'T2'])]->() RETURN count(r)", [[0n]]],
  ["CREATE (a:Dz)-[:T1]->(b)-[:T1]->(c) WITH a MATCH (a)-[r:$('T1')*1..2]->() RETURN count(r)", [[2n]]],
  ["CREATE (a:Dz)-[:T1]->(b)-[:T2]->(c) WITH a MATCH (a)-[r:$any(['T1', 'T2'])]->+() RETURN count(r)", [[2n]]],
  ["CREATE (a:Dz)-[:T1]->(b)-[:T2]->(c) WITH a MATCH (a)-[:T3|$('T1')]->(x)-[:$('T2')]->(y) RETURN count(*)", [[1n]]],
  ["CREATE (n:Dq) SET n:$(['P', 'Q']) RETURN n:Dq AND n:P AND n:Q AS all3, size(labels(n)) AS count", [[true, 3n]]],
  ["CREATE (n:Dq:P) REMOVE n:$(['P', 'Nope']) RETURN labels(n)", [[['Dq']]]],
  ["CREATE (n:Dq) WITH n, 'Dr' AS l SET n:$(l) REMOVE n:$('Dq') RETURN labels(n)", [[['Dr']]]],
  ["UNWIND ['DynMergeOne', 'DynMergeTwo'] AS l MERGE (n:$(l) {k: 7}) RETURN labels(n) ORDER BY labels(n)[0]", [[['DynMergeOne']], [['DynMergeTwo']]]],
  // Keyed by the new node's own id, so that nodes left by earlier runs cannot match.
  ["CREATE (a:DynMergeThree) SET a.k = elementId(a) WITH a MERGE (b:$('DynMergeThree') {k: a.k}) RETURN a = b", [[true]]],
  ["CREATE (a:DynMergeFour) MERGE (a)-[r:$('DYN_MERGED')]->(b:DynMergeFour) RETURN type(r)", [['DYN_MERGED']]],
];

export const DYNAMIC_LABEL_ERRORS: SyntaxErrorExpectation[] = [
  ['CREATE (n:$(1)) RETURN labels(n)', 12, 'Type mismatch: expected String or List<String> but was Integer'],
  ["CREATE (n:$any(['A'])) RETURN labels(n)", 10, 'Dynamic labels using `$any()` are not allowed in CREATE or MERGE'],
  ["CREATE (a)-[r:$any(['A'])]->(b) RETURN type(r)", 14, 'Dynamic types using `$any()` are not allowed in CREATE or MERGE'],
  ["CREATE (n:Dq) SET n:$any(['P']) RETURN labels(n)", 21, "Invalid input 'any'"],
  ["MATCH (n) WHERE n:$('X') RETURN n", 16, 'Dynamic Label and Types are only allowed in MATCH, CREATE, MERGE, SET and REMOVE clauses'],
];

/** Names found unusable only once computed (Neo4j reports some of them as syntax errors). */
export const DYNAMIC_LABEL_RUNTIME_ERRORS: [string, string][] = [
  ['CREATE (n:$(null)) RETURN labels(n)', 'Null is not a valid token name. Token names cannot be empty or contain any null-bytes.'],
  ["CREATE (n:Dq) SET n:$('') RETURN labels(n)", "'' is not a valid token name. Token names cannot be empty or contain any null-bytes."],
  ['CREATE (n:Dx) WITH n MATCH (m:$(null)) WHERE m = n RETURN count(*)', 'Null is not a valid token name.'],
  ["CREATE (a)-[r:$(['A', 'B'])]->(b) RETURN type(r)", 'A single relationship type must be specified for CREATE'],
];

/**
 * Functions Neo4j 5.26 lists (SHOW FUNCTIONS) that were missing: vector similarities, in 32-bit
 * floats. Inputs whose results are exact in a float: Neo4j's vectorised sums can differ from a
 * plain float sum in the last bit on others.
 */
export const FUNCTIONS: RowsExpectation[] = [
  ['RETURN vector.similarity.cosine([1, 2, 3], [1, 2, 4]), vector.similarity.euclidean([1, 2, 3], [1, 2, 4])', [[0.9957300424575806, 0.5]]],
  [
    'RETURN vector.similarity.cosine([1.0, 0.0], [0.0, 1.0]), vector.similarity.cosine([1, 0], [-1, 0]), vector.similarity.euclidean([0, 0], [3, 4])',
    [[0.5, 0, 0.03846153989434242]],
  ],
  ['RETURN vector.similarity.cosine(null, [1]), vector.similarity.euclidean([1], null)', [[null, null]]],
  // Other functions of 5.x (the TCK has none of them).
  ["RETURN isEmpty([]) AS a, isEmpty('') AS b, isEmpty({}) AS c, isEmpty([1]) AS d, isEmpty(null) AS e", [[true, true, true, false, null]]],
  [
    "RETURN toStringList([1, 'a', null]) AS a, toIntegerList(['1', 'x']) AS b, toFloatList([1, '2.5']) AS c, toBooleanList(['true', 1, 'no']) AS d",
    [
      [
        ['1', 'a', null],
        [1n, null],
        [1, 2.5],
        [true, true, null],
      ],
    ],
  ],
  ["RETURN nullIf(1, 1) AS a, nullIf(1, 2) AS b, char_length('abc') AS c, character_length('ab') AS d", [[null, 1n, 3n, 2n]]],
  ['UNWIND [1, 2, 3, 4] AS x RETURN percentileCont(x, 0.5) AS c, percentileDisc(x, 0.5) AS d', [[2.5, 2n]]],
  ["RETURN lower('AbC') AS a, upper('aBc') AS b, reverse('abc') AS c, reverse([1, 2]) AS d", [['abc', 'ABC', 'cba', [2n, 1n]]]],
  ["RETURN duration.inDays(date('2024-01-01'), date('2024-03-01')).days AS d, datetime.fromepoch(0, 0) = datetime('1970-01-01T00:00Z') AS e", [[60n, true]]],
  ['RETURN size(randomUUID()) AS s', [[36n]]],
];

export const FUNCTION_RUNTIME_ERRORS: [string, string][] = [
  ['RETURN vector.similarity.cosine([1, 2], [1, 2, 3])', 'The supplied vectors do not have the same number of dimensions'],
  ['RETURN vector.similarity.cosine([0, 0], [1, 2])', 'Argument a is not a valid vector for this similarity function'],
  ['RETURN vector.similarity.cosine([1, null], [1, 2])', 'Argument a is not a valid vector for this similarity function'],
  ['RETURN vector.similarity.euclidean([], [])', 'Argument a is not a valid vector for this similarity function'],
];

/**
 * The features together, as an analyst would write them, on a graph of their own (MIXED_GRAPH
 * first): type checks on properties, quantified paths with path functions, selectors under
 * OPTIONAL MATCH and in WITH, dynamic types from UNWIND, subqueries over quantified paths.
 */
export const MIXED_GRAPH =
  "CREATE (a:Z {n: 1, s: 'x', f: 1.5, l: [1, 2]})-[:R {w: 1}]->(b:Z {n: 2, s: 'y'})-[:R {w: 2}]->(c:Z {n: 3})-[:S {w: 3}]->(d:Z:End {n: 4}), (a)-[:S {w: 9}]->(d)";

export const MIXED: RowsExpectation[] = [
  [
    'WITH a MATCH (a)-[*0..]->(m) RETURN m.n, m.s IS :: STRING NOT NULL AS hasS, m.f IS :: FLOAT, m.l IS :: LIST<INTEGER NOT NULL> ORDER BY m.n',
    [
      [1n, true, true, true],
      [2n, true, true, true],
      [3n, false, true, true],
      [4n, false, true, true],
      [4n, false, true, true],
    ],
  ],
  [
    'WITH a MATCH (a) ((x)-[r]->(y))+ (z:End) RETURN [e IN r | type(e)] AS ts, [v IN x | v.n] AS xs ORDER BY size(ts), ts',
    [
      [['S'], [1n]],
      [
        ['R', 'R', 'S'],
        [1n, 2n, 3n],
      ],
    ],
  ],
  ['WITH a MATCH p = SHORTEST 1 (a)-[:R|S]->+(z:End) RETURN [n IN nodes(p) | n.n] AS ns, [r IN relationships(p) | r.w] AS ws', [[[1n, 4n], [9n]]]],
  ['WITH a OPTIONAL MATCH p = SHORTEST 1 (a)<-[:R]-+(z) RETURN p', [[null]]],
  [
    "WITH a UNWIND ['R', 'S'] AS t MATCH (a)-[r:$(t)]->(x) RETURN t, x.n ORDER BY t",
    [
      ['R', 2n],
      ['S', 4n],
    ],
  ],
  [
    "WITH a UNWIND ['Z', 'End'] AS l MATCH (x:$(l)) WHERE (a)-[*0..3]->(x) RETURN l, count(x) ORDER BY l",
    [
      ['End', 1n],
      ['Z', 4n],
    ],
  ],
  ['WITH a RETURN COUNT { (a) ((x)-[:R]->(y) WHERE y.n > x.n)+ (z) } AS c, COLLECT { MATCH (a)-[:R]->{2}(z) RETURN z.n } AS zs', [[2n, [3n]]]],
  ['WITH a, d MATCH p = ANY SHORTEST (a)-->+(d) WITH p, length(p) AS l RETURN l, size(nodes(p))', [[1n, 2n]]],
  ['WITH a MATCH (a)-[:R]->(b) OPTIONAL CALL (b) { MATCH (b)-[:NOPE]->(q) RETURN q } RETURN b.n, q', [[2n, null]]],
  ['WITH a CALL (a) { MATCH (a)-[r]->+(z) RETURN count(z) AS reach } RETURN reach', [[4n]]],
  ['WITH a MATCH (a)-[r]->{1,3}(z) WITH z, r ORDER BY size(r) DESC LIMIT 1 RETURN z.n, size(r)', [[4n, 3n]]],
  ['WITH a MATCH (a) ((x)-[]->(y)){2} (z) RETURN x[0] = a AS first, y[-1] = z AS last', [[true, true]]],
  ['WITH a MATCH (a)-[r:R]->{1,2}(z) RETURN reduce(s = 0, e IN r | s + e.w) AS total ORDER BY total', [[1n], [3n]]],
  ['WITH a MATCH (a) ((x WHERE x.n < 3)-[]->(y)){1,3} (z) RETURN z.n ORDER BY z.n', [[2n], [3n], [4n]]],
  ['WITH a MATCH (a)-[:R]->+(m)-[:S]->(z) RETURN m.n, z.n ORDER BY m.n, z.n', [[3n, 4n]]],
  ['WITH a, d MATCH p = SHORTEST 2 GROUPS (a)-->+(d) RETURN length(p) ORDER BY length(p)', [[1n], [3n]]],
  ['WITH a MATCH (a)-->(b) RETURN b.n IS :: INTEGER AND b.s IS :: STRING AS t ORDER BY b.n', [[true], [true]]],
  ['RETURN valueType(a.l) AS v, a.l IS :: LIST<ANY> AS x', [['LIST<INTEGER NOT NULL> NOT NULL', true]]],
  [
    'WITH a MATCH (a)-[r:R]->+(z) RETURN z.n, r[0].w AS firstW ORDER BY z.n',
    [
      [2n, 1n],
      [3n, 1n],
    ],
  ],
];
