// What the random differential test (test/differential/) found the engine doing unlike Neo4j
// 5.26, each read off the real server: shared by the engine's specification
// (found-differences.test.ts) and test/neo4j/found-differences-parity.test.ts, which runs the
// same statements on a real Neo4j.

import type { CypherValue } from '../../../src/cypher/values.js';

/** Statements run in order on an empty graph; the last one's rows are the expectation. */
export type StatementsExpectation = [name: string, statements: string[], rows: CypherValue[][]];

export const FOUND_ROWS: StatementsExpectation[] = [
  // labels(n) lists labels by label-token id: the order the database first met each label,
  // not the order written; a token outlives the nodes that had it.
  ['labels in first-met order', ['CREATE (:DfLb1)', 'CREATE (:DfLa1)', 'CREATE (n:DfLa1:DfLc1:DfLb1) RETURN labels(n)'], [[['DfLb1', 'DfLa1', 'DfLc1']]]],
  ['labels of a deleted node still order later ones', ['CREATE (n:DfLz2) DELETE n', 'CREATE (n:DfLy2:DfLz2) RETURN labels(n)'], [[['DfLz2', 'DfLy2']]]],
  ['SET adds a label in token order', ['CREATE (:DfLq3)', 'CREATE (:DfLp3)', 'CREATE (n:DfLp3) SET n:DfLq3 RETURN labels(n)'], [[['DfLq3', 'DfLp3']]]],
  // stDev() and stDevP() of no value at all are null (of one value 0).
  ['stDev of nothing', ['UNWIND [] AS x RETURN stDev(x), stDevP(x)'], [[null, null]]],
  ['stDev of nulls', ['UNWIND [null, null] AS x RETURN stDev(x), stDevP(x)'], [[null, null]]],
  ['stDev of one value', ['UNWIND [4] AS x RETURN stDev(x), stDevP(x)'], [[0, 0]]],
  // percentileCont() on an element gives that element (an INTEGER stays one); between two it
  // weighs them as a * (ceil - i) + b * (i - floor).
  ['percentileCont on an element', ['UNWIND [1, 2, 3] AS x RETURN percentileCont(x, 0.5), percentileCont(x, 1.0), percentileCont(x, 0.25)'], [[2n, 3n, 1.5]]],
  ['percentileCont between two', ['UNWIND [0.1, 0.7] AS x RETURN percentileCont(x, 0.3)'], [[0.27999999999999997]]],
  // split() of the empty string is one empty string, whatever the separator.
  ['split of the empty string', ["RETURN split('', ''), split('', 'x'), split('', ['', 'x'])"], [[[''], [''], ['']]]],
  // sign(NaN) is 0.
  ['sign of NaN', ['RETURN sign(0.0 / 0.0), sign(-0.0)'], [[0n, 0n]]],
  // A written shortestPath() finds no cycle; SHORTEST 1 does.
  [
    'SHORTEST 1 back to the start',
    ['CREATE (a:DfC {id: 1})-[:R]->(:DfC {id: 2})-[:R]->(a)', 'MATCH (a:DfC {id: 1}) MATCH p = SHORTEST 1 (a)-[:R]->+(a) RETURN length(p)'],
    [[2n]],
  ],
  // round() never gives -0.0, and round(x) saturates at ±2^63 as Java's Math.round does.
  [
    'round without -0.0, saturated',
    ["RETURN toString(round(-0.4)), toString(round(-0.0, 2)), toString(round(-0.001, 2, 'DOWN')), round(1.0e300), round(-1.0e300)"],
    [['0.0', '0.0', '0.0', 2 ** 63, -(2 ** 63)]],
  ],
  // Slicing a value that is not a list slices the list of that one value.
  ['slicing a number', ["CREATE (:DfSl {num: 5, s: 'abc'})", 'MATCH (n:DfSl) RETURN n.num[0..1], n.s[0..1], n.num[1..]'], [[[5n], ['abc'], []]]],
  // A pattern expression is a predicate inside AND / OR / XOR / NOT anywhere, not only in WHERE.
  [
    'pattern expression under AND in RETURN',
    ['CREATE (:DfPe {id: 1})-[:R]->(:DfPe {id: 2})', 'MATCH (n:DfPe) RETURN n.id, n.id IS NOT NULL AND (n)-->(), NOT (n)-->() ORDER BY n.id'],
    [
      [1n, true, false],
      [2n, false, true],
    ],
  ],
  // `a >= b` is `a = b OR a > b`: equal durations and maps are >= and <= each other, never > or <.
  [
    'equal values without an order',
    ["WITH duration('PT90M') AS d RETURN d >= d, d <= d, d > d, d >= duration('P1D'), {a: 1} >= {a: 1}"],
    [[true, true, null, null, true]],
  ],
  // A predicate that reads no variable and fails raises nothing when no row reaches it.
  ['a failing constant predicate with no match', ['CREATE (:DfK {id: 3})', 'MATCH (n:DfK {id: 7}) WHERE 1 > --9223372036854775808 RETURN count(*)'], [[0n]]],
  // reverse() takes a list built in the query, also from a stored one, but not the stored one itself.
  [
    'reverse of lists built from a stored one',
    [
      "CREATE (:DfRv {tags: ['a', 'b']})",
      "MATCH (n:DfRv) RETURN reverse(n.tags[0..]), reverse(tail(n.tags)), reverse([x IN n.tags | x]), reverse(n.tags + 'c')",
    ],
    [[['b', 'a'], ['b'], ['b', 'a'], ['c', 'b', 'a']]],
  ],
  // COLLECT { … }[i] and COLLECT { … }[a..i] with a literal i run the subquery with LIMIT i + 1.
  [
    'COLLECT subquery indexed and sliced',
    [
      'CREATE (a:DfCo {id: 0})-[:R]->(:DfCo {id: 1}), (a)-[:R]->(:DfCo {id: 2}), (a)-[:R]->(:DfCo {id: 3}), (a)-[:R]->(:DfCo {id: 4})',
      'MATCH (a:DfCo {id: 0}) WITH a, COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id } AS all ' +
        'RETURN COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id }[-1], all[-1], ' +
        'COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id }[-2..2], COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id }[-2..-1], ' +
        'COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id }[1..3], COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id }[-1..], ' +
        'COLLECT { MATCH (a)-->(m) RETURN m.id ORDER BY m.id }[3]',
    ],
    [[null, 4n, [2n], [], [2n, 3n], [4n], 4n]],
  ],
  // At run time -0.0 orders below 0.0 and 0 (equal all the same); a comparison of literals is
  // folded first, and there they are equal. ORDER BY puts -0.0 first.
  [
    'negative zero in comparisons',
    [
      'CREATE (:DfZ {id: 0, f: 0.0, nz: -0.0})',
      'MATCH (n:DfZ) RETURN n.id > -0.0, n.id = -0.0, n.f > n.nz, n.nz <= n.id, n.nz < n.id, 0 > -0.0, 1.0 * 0 > -0.0, 0.0 >= -0.0',
    ],
    [[true, true, true, true, true, false, false, true]],
  ],
  ['negative zero sorts first', ['UNWIND [0.0, -0.0, -1] AS x RETURN toString(x) ORDER BY x'], [['-1'], ['-0.0'], ['0.0']]],
  // Unary minus is 0 - x: -(0.0) is 0.0; a written -0.0 is the literal.
  [
    'unary minus of zero',
    ['CREATE (:DfZ2 {f: 0.0, nz: -0.0})', 'MATCH (n:DfZ2) RETURN toString(-n.f), toString(-n.nz), toString(-0.0), toString(-(0.0))'],
    [['0.0', '0.0', '-0.0', '0.0']],
  ],
  // A trailing trim with characters keeps the first character of a string held as UTF-8 (a
  // literal, a property), not of one a function builds.
  [
    'rtrim of literals, properties and built strings',
    [
      "CREATE (:DfTr {s: 'aa'})",
      "MATCH (n:DfTr) RETURN rtrim('a', 'ab'), rtrim(n.s, 'a'), rtrim(toLower('aa'), 'a'), rtrim('a' + '', 'ab'), btrim('aa', 'a'), trim(TRAILING 'a' FROM n.s), trim(TRAILING 'a' FROM normalize('aa'))",
    ],
    [['a', 'a', '', '', '', 'a', '']],
  ],
  // STRING + a temporal value met at run time concatenates its toString() form.
  [
    'string plus a temporal value at run time',
    [
      "CREATE (:DfSt {d: duration('PT90M'), t: localtime('12:34:56.789'), z: datetime('2024-01-01T10:00[Europe/London]')})",
      "MATCH (n:DfSt) RETURN 's' + n.d, n.t + 's', n.z + 's'",
    ],
    [['sPT1H30M', '12:34:56.789s', '2024-01-01T10:00:00Z[Europe/London]s']],
  ],
  // size() of a one-hop pattern comprehension (or COUNT { } of the pattern) from a bound node is
  // its degree, compared with a number taken as an INTEGER.
  [
    'a degree compared with numbers',
    [
      'CREATE (a:DfDg {id: 1})-[:R]->(:DfDg {id: 2}), (a)-[:R]->(:DfDg {id: 3})',
      'MATCH (n:DfDg {id: 1}) RETURN size([(n)-[:R]->(m) | 1]) < 2.5, size([(n)-->() | 1]) > null, COUNT { (n)-->() } >= 2.7, 1.5 < size([(n)-->() | 1])',
    ],
    [[false, null, true, true]],
  ],
  // An element read out of a list with a null in it is not proven a number: its =~ runs (null).
  ['regex match of a list element', ["RETURN [0, -42, null][0] =~ '.*b'"], [[null]]],
  // atan2() as Java's StrictMath computes it: past |y / x| > 2^60 with x < 0, an ulp from π/2.
  [
    'atan2 far from the axis',
    ['RETURN atan2(-1.7976931348623157e308, -42), atan2(1e20, -1), atan2(-1e308, 42)'],
    [[-1.5707963267948968, 1.5707963267948968, -1.5707963267948966]],
  ],
  // A part that can pass on no row runs nothing before it (planner/dead-end.ts): no error from a
  // shortestPath between one node.
  ...(
    [
      ['a false WITH WHERE after a grouping', 'WITH a.id AS k, count(*) AS c WHERE false RETURN k', []],
      ['a false WITH WHERE past an ORDER BY', 'WITH a.id AS k ORDER BY k WITH k WHERE NOT true RETURN k', []],
      ['a false WITH WHERE then an aggregation', 'WITH a, b WHERE 1 > 3.14159 RETURN count(*)', [[0n]]],
      ['LIMIT 0 after ORDER BY', 'RETURN a.id AS k ORDER BY k LIMIT 0', []],
      ['LIMIT 0 of an aggregation', 'RETURN count(*) AS k LIMIT 0', []],
    ] as [string, string, CypherValue[][]][]
  ).map(
    ([name, tail, rows]): StatementsExpectation => [
      name,
      ['CREATE (a:DfDe {id: 1})-[:R]->(a)', `MATCH (a:DfDe), (b:DfDe) MATCH p = shortestPath((a)-[:R*]->(b)) ${tail}`],
      rows,
    ],
  ),
  // Literals are folded before the query runs: a FLOAT over the literal 0 is Infinity, an INTEGER
  // and a FLOAT literal compare as FLOATs (at run time the first fails, the second is exact).
  ['a FLOAT literal over the literal 0, folded', ['RETURN 1.5 / 0 AS a, 9007199254740993 = 9007199254740992.0 AS b'], [[Infinity, true]]],
];

/** Statements run in order on an empty graph; the last one fails at run time with this message. */
export const FOUND_RUNTIME_ERRORS: [name: string, statements: string[], message: string][] = [
  // Neo4j 5 refuses a written shortestPath() whose two ends are one node (the default of
  // dbms.cypher.forbid_shortestpath_common_nodes) where the engine used to look for a cycle.
  [
    'shortestPath from a node to itself',
    ['CREATE (a:DfS {id: 1})-[:R]->(:DfS {id: 2})-[:R]->(a)', 'MATCH (a:DfS {id: 1}) MATCH p = shortestPath((a)-[:R*]->(a)) RETURN length(p)'],
    'The shortest path algorithm does not work when the start and end nodes are the same',
  ],
  ['a failing constant predicate with a match', ['CREATE (:DfK2 {id: 3})', 'MATCH (n:DfK2) WHERE 1 > --9223372036854775808 RETURN count(*)'], 'overflow'],
  // An INTEGER zero divisor fails before a null dividend is looked at.
  ['null divided by zero', ['WITH 0 AS z, null AS n RETURN n / z'], '/ by zero'],
  ['a float divided by an integer zero', ['WITH 0 AS z, 1.5 AS f RETURN f / z'], '/ by zero'],
  // reverse() refuses a list read straight from a property, passed on unchanged or not.
  ['reverse of a stored list', ["CREATE (:DfRv2 {tags: ['a', 'b']})", 'MATCH (n:DfRv2) RETURN reverse(n.tags)'], "Invalid input for function 'reverse()'"],
  [
    'reverse of a stored list through coalesce()',
    ['CREATE (:DfRv3 {tags: []})', 'MATCH (n:DfRv3) RETURN reverse(coalesce(n.tags, [1]))'],
    "Invalid input for function 'reverse()'",
  ],
  [
    'reverse of properties()',
    ["CREATE (:DfRv4 {tags: ['a']})", 'MATCH (n:DfRv4) RETURN reverse(properties(n).tags)'],
    "Invalid input for function 'reverse()'",
  ],
  // A degree compared with what is not a number fails (a list, a string), also for a null node.
  ['a degree compared with a string', ['CREATE (:DfDg2 {id: 1})', "MATCH (n:DfDg2) RETURN size([(n)-[:R]->(m) | m.id]) <= 'x'"], 'Expected a numeric value'],
  [
    'a degree of no node compared with a list',
    ['CREATE (:DfDg3 {id: 1})', 'OPTIONAL MATCH (n:DfDg3Not) RETURN COUNT { (n)-->() } = [1]'],
    'Expected a numeric value',
  ],
  // A negative index into COLLECT { } below -1 is a negative LIMIT.
  ['COLLECT subquery at -2', ['CREATE (:DfCo2 {id: 1})', 'MATCH (a:DfCo2) RETURN COLLECT { MATCH (m:DfCo2) RETURN m.id }[-2]'], "'-1' is not a valid value"],
  // What is not a dead end runs: a constant WITH WHERE after grouping by constants only, LIMIT 0
  // after SKIP, or sorting an aggregation.
  ...(
    [
      ['a false WITH WHERE after grouping by constants', 'WITH false AS k, count(*) AS c WHERE false RETURN k'],
      ['LIMIT 0 after SKIP', 'RETURN a.id AS k SKIP 1 LIMIT 0'],
      ['LIMIT 0 of a sorted aggregation', 'RETURN count(*) AS k ORDER BY k LIMIT 0'],
    ] as [string, string][]
  ).map(([name, tail]): [string, string[], string] => [
    name,
    ['CREATE (a:DfDe2 {id: 1})-[:R]->(a)', `MATCH (a:DfDe2), (b:DfDe2) MATCH p = shortestPath((a)-[:R*]->(b)) ${tail}`],
    'The shortest path algorithm does not work when the start and end nodes are the same',
  ]),
];

/** Queries Neo4j refuses at compile time, with its message. */
export const FOUND_ERRORS: [query: string, message: string][] = [
  // Neo4j's shortestPath() starts its search at length 0 or 1: a larger minimum is refused,
  // where the engine used to return the shortest path of any length.
  ['MATCH p = shortestPath((a)-[*2..3]->(b)) RETURN length(p)', 'shortestPath(...) does not support a minimal length different from 0 or 1'],
  ['MATCH p = allShortestPaths((a)-[*2]->(b)) RETURN p', 'allShortestPaths(...) does not support a minimal length different from 0 or 1'],
  // A predicate inside a variable-length relationship is refused (the engine used to ignore it);
  // the quantified relationship `-[r WHERE …]->{1,3}` is the form that takes one.
  ['MATCH (a)-[r*1..3 WHERE r.w = 1]->(b) RETURN b', 'Relationship pattern predicates are not supported for variable-length relationships.'],
  ['MATCH (a)-[r* WHERE r.w = 1]->(b) RETURN b', 'Relationship pattern predicates are not supported for variable-length relationships.'],
  ['MATCH p = shortestPath((a)-[r WHERE r.w = 1]->(b)) RETURN p', 'Relationship pattern predicates are not supported for variable-length relationships.'],
  // An argument the text proves of the wrong type is refused before any row is read.
  ['RETURN toUpper(range(1, 2)[0])', 'Type mismatch: expected String but was Integer'],
  ["RETURN left('a', 'b')", 'Type mismatch: expected Integer but was String'],
  ["RETURN replace('a', 1, 'b')", 'Type mismatch: expected String but was Integer'],
  ["RETURN split('a', 1)", 'Type mismatch: expected String or List<String> but was Integer'],
  ['RETURN reverse(1)', 'Type mismatch: expected String or List<T> but was Integer'],
  ["RETURN sqrt('a')", 'Type mismatch: expected Float but was String'],
  ['RETURN sign([1])', 'Type mismatch: expected Float or Integer but was List<Integer>'],
  ['UNWIND [1] AS x RETURN avg([x])', 'Type mismatch: expected Float, Integer or Duration but was List<Integer>'],
  ["UNWIND [1] AS x RETURN percentileCont('a', 0.5)", 'Type mismatch: expected Float but was String'],
  // reverse() and tail() keep their list's type: its elements are known.
  ["UNWIND [1] AS x RETURN stDev(reverse(['a', 'b'])[0])", 'Type mismatch: expected Float but was String'],
  ["RETURN split(tail([true, false])[0], '')", 'Type mismatch: expected String but was Boolean'],
  // An index into what the text proves is a string.
  ["RETURN 'abc'[0]", 'Type mismatch: expected List<T> but was String'],
  // A slice of what the text proves is no list.
  ['RETURN 2[0..1]', 'Type mismatch: expected List<T> but was Integer'],
  ["WITH 'abc' AS s RETURN s[0..1]", 'Type mismatch: expected List<T> but was String'],
  // String, list and null predicates do not chain (Neo4j 5's grammar has at most one).
  ["RETURN 'a' STARTS WITH 'a' IS NULL", "Invalid input 'IS'"],
  ['RETURN 1 IN [1] IN [true]', "Invalid input 'IN'"],
  ['RETURN 1 IS :: INTEGER IN [true]', "Invalid input 'IN'"],
  // Variable-length and quantified relationships in one MATCH are refused together.
  [
    'MATCH (a)<-[:R]-{,2}(b)-[:S*..3]->(c) RETURN c',
    "Mixing variable-length relationships ('-[*]-') with quantified relationships ('()-->*()') or quantified path patterns ('(()-->())*') is not allowed.",
  ],
  [
    'MATCH (a)-[*]->(b), (b) ((x)-->()){1,2} (c) RETURN c',
    "Mixing variable-length relationships ('-[*]-') with quantified relationships ('()-->*()') or quantified path patterns ('(()-->())*') is not allowed.",
  ],
  // A regular expression match of what the text proves is no string.
  ["RETURN [1] =~ 'a'", 'Type mismatch: expected String but was List<Integer>'],
  ["RETURN 1 =~ 'a'", 'Type mismatch: expected String but was Integer'],
  ["MATCH (n) RETURN labels(n) =~ 'x'", 'Type mismatch: expected String but was List<String>'],
  // btrim() and normalize() give strings, which do not subtract.
  ["MATCH (n) RETURN btrim(n.name, 'x') - 1", 'Type mismatch: expected'],
  // STRING + a temporal value the text builds.
  ["RETURN 'a' + duration('PT90M')", 'Type mismatch: expected Float, Integer, String or List<T> but was Duration'],
  // An element of a list concatenation of two kinds is of the type Any itself; of a STRING list
  // and an unknown value, of the type Any or a STRING (cases 8841, 2326 and 9149 of seed 1).
  ['RETURN abs(reverse([-9223372036854775808, -1, 100] + [false])[1]) AS c0', 'Type mismatch: expected Float or Integer but was Any'],
  ["MATCH (n0:Lb), (n4:Lc) RETURN percentileDisc(reverse([x8 IN split(n0.name, '') + n4.tags WHERE n0.flag])[0], 1.0) AS c2", 'but was Any or String'],
  ["MATCH (n0:Lb) UNWIND n0.tags AS x2 RETURN n0.id - reverse(split(n0.name, 'ß') + n0.tags)[1] AS c2", 'but was Any or String'],
];
