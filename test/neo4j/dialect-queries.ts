// 514 queries in Neo4j 5.26's dialect, as an analyst or a developer writes them against
// crimegraph's graph (F: over the fixtures' snapshot, loaded into Neo4j) or against a graph the
// query creates (S: in a transaction rolled back on Neo4j; A: auto-committed, for what Neo4j only
// runs outside an explicit transaction). test/neo4j/dialect-queries.test.ts runs each on both
// engines and compares the rows exactly; LEFT lists the ones that differ, and why.

import type { CypherValue } from '../../src/cypher/values.js';

export interface DialectQuery {
  id: string;
  graph: 'fixtures' | 'self' | 'autocommit';
  q: string;
  params?: Record<string, CypherValue>;
}

const F = (id: string, q: string, params?: Record<string, CypherValue>): DialectQuery => ({ id, graph: 'fixtures', q, ...(params ? { params } : {}) });
const S = (id: string, q: string, params?: Record<string, CypherValue>): DialectQuery => ({ id, graph: 'self', q, ...(params ? { params } : {}) });
const A = (id: string, q: string): DialectQuery => ({ id, graph: 'autocommit', q });

/**
 * Queries whose FLOATs are sums over many rows (avg(), stDev(), sum() of floats): the last
 * digits follow the order rows reach the aggregate, which Cypher leaves open (Neo4j scans in its
 * store's record order, which a clear and a reload can change). Compared to 12 significant digits.
 */
export const FLOATS_IN_ROW_ORDER: ReadonlySet<string> = new Set([
  'agg-avg-mentions',
  'agg-cooccur-weights',
  'agg-mixed-sum',
  'agg-per-newsletter',
  'agg-avg-text-words',
  'b2-items-text-stats',
  'b3-degree-percentiles',
  'b3-stdev-weights',
]);

/** Queries whose rows differ between the engines, with the reason (docs/cypher.md, "Queries in the dialect"). */
export const LEFT: Record<string, string> = {
  'agg-collect-distinct': 'collect(DISTINCT …) in the order rows arrive, which Cypher leaves open',
  'optional-chain': 'collect(DISTINCT …) in the order rows arrive, which Cypher leaves open',
  'b2-foreach-nested':
    "collect() in the order relationships are expanded, inside the creating transaction Neo4j's transaction-state order ([11, 21, 22] on one server, [22, 11, 21] on another)",
  'map-keys-props': "keys(n) of a stored node in Neo4j's property store order",
  'props-rel': "keys(r) of a stored relationship in Neo4j's property store order",
};

export const DIALECT_QUERIES: DialectQuery[] = [
  // --- aggregations and number formats, on the fixtures
  F('agg-avg-mentions', 'MATCH (b:Body) RETURN avg(b.mentionCount) AS a, stDev(b.mentionCount) AS s, stDevP(b.mentionCount) AS sp'),
  F(
    'agg-percentiles',
    'MATCH (e) WHERE e.mentionCount IS NOT NULL RETURN labels(e)[0] AS l, percentileCont(e.mentionCount, 0.9) AS p90, percentileDisc(e.mentionCount, 0.25) AS p25, percentileCont(e.mentionCount, 0.33) AS p33 ORDER BY l',
  ),
  F(
    'agg-cooccur-weights',
    'MATCH ()-[r:CO_OCCURS]->() RETURN sum(r.weight) AS s, avg(r.weight) AS a, min(r.weight) AS mn, max(r.weight) AS mx, stDev(r.weight) AS sd',
  ),
  F('agg-mixed-sum', 'MATCH (a:Act) RETURN sum(a.year) + sum(toFloat(a.mentionCount)) AS s, sum(coalesce(a.year, 0.5)) AS t, avg(coalesce(a.year, 0.5)) AS u'),
  F(
    'agg-per-newsletter',
    'MATCH (n:Newsletter)-[:HAS_ITEM]->(i:Item) RETURN n.published AS pub, count(i) AS items, avg(size(i.text)) AS avgLen, max(i.number) AS last ORDER BY pub',
  ),
  F(
    'agg-avg-text-words',
    'MATCH (i:Item) WITH i, size(split(i.text, " ")) AS words RETURN round(avg(words), 2) AS a, round(stDev(words), 3) AS s, percentileCont(words, 0.5) AS med',
  ),
  F(
    'agg-collect-distinct',
    'MATCH (p:Person)-[:MENTIONED_IN]->(i:Item)<-[:HAS_ITEM]-(n:Newsletter) RETURN p.name AS person, count(DISTINCT n) AS issues, collect(DISTINCT substring(n.published, 0, 4)) AS years ORDER BY issues DESC, person LIMIT 8',
  ),
  S('agg-overflow', 'UNWIND [9223372036854775807, 1] AS x RETURN sum(x)'),
  S('agg-avg-int-big', 'UNWIND [9223372036854775807, 9223372036854775807] AS x RETURN avg(x)'),
  S('agg-avg-small', 'UNWIND [0.1, 0.2, 0.3, 0.4, 0.7] AS x RETURN avg(x) AS a, sum(x) AS s, stDev(x) AS sd, stDevP(x) AS sp'),
  S('agg-mixed-int-float', 'UNWIND [1, 2.5, 3, null] AS x RETURN sum(x), avg(x), min(x), max(x), count(x), count(*)'),
  S('agg-mixed-types-minmax', "UNWIND [1, 'a', 2.0, true, [1], null] AS x RETURN min(x) AS mn, max(x) AS mx"),
  S(
    'agg-percentile-edges',
    'UNWIND [10, 20, 30] AS x RETURN percentileCont(x, 0) AS a, percentileCont(x, 1) AS b, percentileDisc(x, 0.5) AS c, percentileCont(x, 0.75) AS d',
  ),
  S('agg-duration-avg', "UNWIND [duration('P1D'), duration('PT12H'), duration('P1M')] AS d RETURN sum(d) AS s, avg(d) AS a"),
  S('int-div-mod', 'RETURN 7 / 2 AS a, -7 / 2 AS b, 7 % -3 AS c, -7 % 3 AS d, 7.5 % 2 AS e, 2 ^ 3 AS f, 2 ^ -1 AS g, 10 / 4.0 AS h'),
  S('int-overflow-mul', 'RETURN 9223372036854775807 * 2 AS x'),
  S('float-format', 'RETURN 1e20 AS a, 1.0e-7 AS b, 0.1 + 0.2 AS c, toFloat(9007199254740993) AS d, 100.0 AS e, 1.5e300 * 1e10 AS f'),
  S(
    'round-modes',
    "RETURN round(2.5) AS a, round(-2.5) AS b, round(2.345, 2) AS c, round(2.345, 2, 'HALF_EVEN') AS d, round(-1.5, 0, 'HALF_DOWN') AS e, round(1.11, 1, 'UP') AS f, round(-1.19, 1, 'FLOOR') AS g",
  ),
  S(
    'tointeger-strings',
    "RETURN toInteger('42') AS a, toInteger('42.9') AS b, toInteger('-0') AS c, toInteger('1e3') AS d, toInteger(' 7') AS e, toFloat('1e3') AS f, toFloat(' 2.5 ') AS g, toFloat('NaN') AS h, toFloat('Infinity') AS i",
  ),
  S(
    'toboolean',
    "RETURN toBoolean('TRUE') AS a, toBoolean(' true') AS b, toBoolean('yes') AS c, toBoolean(0) AS d, toBoolean(2) AS e, toBooleanOrNull(1.5) AS f",
  ),
  S(
    'tostringornull',
    "RETURN toStringOrNull([1]) AS a, toIntegerOrNull('x') AS b, toFloatOrNull(true) AS c, toString(1.0) AS d, toString(1e21) AS e, toString(-0.0) AS f, toString(true) AS g, toString(duration('P1Y2M')) AS h",
  ),
  // --- strings
  F('str-name-initials', "MATCH (p:Person) RETURN p.name AS name, reduce(s = '', w IN split(p.name, ' ') | s + left(w, 1)) AS initials ORDER BY name LIMIT 6"),
  F('str-acts-year-suffix', "MATCH (a:Act) WHERE a.name =~ '.*\\\\d{4}$' RETURN a.name, toInteger(right(a.name, 4)) = a.year AS yearMatches ORDER BY a.name"),
  F(
    'str-body-upper',
    'MATCH (b:Body) WHERE b.name STARTS WITH "National" OR b.name ENDS WITH "Agency" RETURN toUpper(b.name) AS up, size(b.name) AS n ORDER BY up',
  ),
  F('str-case-insensitive-regex', "MATCH (i:Item) WHERE i.title =~ '(?i).*police.*' RETURN count(i) AS c"),
  F('str-contains-case', "MATCH (i:Item) WHERE toLower(i.text) CONTAINS 'cyber' RETURN i.id ORDER BY i.id"),
  F(
    'str-newsletter-month',
    "MATCH (n:Newsletter) RETURN n.title AS t, trim(split(n.title, ':')[1]) AS month, substring(n.published, 5, 2) AS mm ORDER BY mm, t",
  ),
  S(
    'str-unicode',
    "RETURN size('héllo') AS a, size('👮‍♀️') AS b, substring('naïve café', 6) AS c, toUpper('straße') AS d, toLower('İSTANBUL') AS e, reverse('añb') AS f, left('日本語テキスト', 3) AS g, right('emoji👍', 2) AS h",
  ),
  S('str-split-edge', "RETURN split('a,,b,', ',') AS a, split('abc', '') AS b, split(',', ',') AS c, split('a-b_c', ['-', '_']) AS d, split(null, ',') AS e"),
  S('str-replace-edge', "RETURN replace('aaa', 'aa', 'b') AS a, replace('abc', 'b', '') AS b, replace('abc', '', 'x') AS c, replace('ABC', 'b', 'x') AS d"),
  S(
    'str-trim-family',
    "RETURN trim('\\t x \\n') AS a, ltrim('  x ') AS b, rtrim(' x  ') AS c, btrim('xxhixx', 'x') AS d, ltrim('abcx', 'ba') AS e, rtrim('xabc', 'cb') AS f, trim('\\u00A0x\\u00A0') AS g",
  ),
  S('str-substring-errs', "RETURN substring('abc', 1, 10) AS a, substring('abc', 5) AS b, left('abc', 10) AS c, right('abc', 0) AS d"),
  S('str-substring-neg', "RETURN substring('abc', -1)"),
  S('str-normalize', "RETURN normalize('Å', NFD) = 'Å' AS a, size(normalize('Å', NFD)) AS b, normalize('①', NFKC) AS c, 'Å' IS NFC NORMALIZED AS d"),
  S('str-compare', "RETURN 'a' < 'B' AS a, 'Z' < 'a' AS b, 'é' > 'z' AS c, '' < 'a' AS d, 'abc' >= 'abd' AS e, 'a' < 1 AS f"),
  S('str-concat-num', "RETURN 'n=' + 1 AS a, 'f=' + 1.0 AS b, 1 + 'x' AS c, 'l' + [1] AS d, [1] + 'l' AS e"),
  S(
    'str-regex-flags',
    "RETURN 'Hello\\nWorld' =~ '(?s)Hello.World' AS a, 'ABC' =~ 'abc' AS b, 'ABC' =~ '(?i)abc' AS c, 'a.b' =~ 'a\\\\.b' AS d, 'x' =~ 'x|' AS e, 'line1\\nline2' =~ '(?m)^line2$' AS f",
  ),
  S('str-regex-invalid', "RETURN 'a' =~ '(' AS x"),
  S('str-index', "RETURN 'abc'[1] AS x"),
  // --- lists, comprehensions, reduce
  F(
    'list-aliases',
    'MATCH (e) WHERE size(e.aliases) > 0 RETURN e.name AS name, e.aliases AS aliases, size(e.aliases) AS n, e.aliases[-1] AS last ORDER BY name',
  ),
  F('list-item-words', 'MATCH (i:Item {number: 1}) RETURN i.id, [w IN split(i.title, " ") WHERE size(w) > 4 | toLower(w)][0..3] AS words ORDER BY i.id'),
  F(
    'list-reduce-weights',
    'MATCH (p:Person)-[r:CO_OCCURS]-(o) WITH p, collect(r.weight) AS ws RETURN p.name AS name, reduce(t = 0, w IN ws | t + w) AS total, size(ws) AS deg ORDER BY total DESC, name LIMIT 5',
  ),
  S(
    'list-slices',
    'WITH [1, 2, 3, 4, 5] AS l RETURN l[-2..] AS a, l[..-2] AS b, l[1..-1] AS c, l[-10..2] AS d, l[3..1] AS e, l[-1] AS f, l[5] AS g, l[null..2] AS h',
  ),
  S(
    'list-functions',
    "RETURN head([]) AS a, last([1, 2]) AS b, tail([1]) AS c, range(0, 10, 3) AS d, range(5, 1, -2) AS e, size([[1, 2], [3]]) AS f, reverse([1, null, 'a']) AS g, [1, 2] + 3 AS h, 0 + [1] AS i",
  ),
  S(
    'list-in',
    "RETURN 2 IN [1, 2] AS a, null IN [1] AS b, 3 IN [1, null] AS c, [1] IN [[1], 2] AS d, 1 IN [1.0] AS e, 'a' IN [] AS f, [1, null] IN [[1, null]] AS g",
  ),
  S('list-compr-nested', 'RETURN [x IN range(1, 3) | [y IN range(1, x) WHERE y % 2 = 1 | x * y]] AS m, [x IN [[1, 2], [3]] | size(x)] AS s'),
  S(
    'list-reduce',
    "RETURN reduce(acc = [], x IN [3, 1, 2] | CASE WHEN x > 1 THEN acc + x ELSE acc END) AS a, reduce(s = 0.0, x IN [1, 2] | s + x) AS b, reduce(m = {}, k IN ['a', 'b'] | m) AS c",
  ),
  S(
    'list-quantifiers',
    'RETURN all(x IN [] WHERE x > 0) AS a, any(x IN [null, 1] WHERE x > 0) AS b, none(x IN [null] WHERE x > 0) AS c, single(x IN [1, 2, 3] WHERE x > 2) AS d, all(x IN [1, null] WHERE x > 0) AS e',
  ),
  S(
    'list-equality',
    'RETURN [1, 2] = [1, 2.0] AS a, [1, null] = [1, null] AS b, [1] = [1, 2] AS c, [[1]] = [[1.0]] AS d, {a: 1} = {a: 1.0} AS e, {a: null} = {a: null} AS f',
  ),
  S('unwind-nested', 'UNWIND [[1, 2], [], [3, [4, 5]], null] AS x UNWIND CASE WHEN x IS NULL THEN [null] ELSE x END AS y RETURN y'),
  S('unwind-null-empty', 'UNWIND null AS x RETURN count(*) AS a'),
  S('list-min-max-mixed', "RETURN coalesce(null, [], 1) AS a, [x IN [1, 'a', null, 2.5] WHERE x IS :: INTEGER | FLOAT] AS b"),
  // --- maps and projections
  F('map-projection-body', 'MATCH (b:Body) WHERE b.acronym IS NOT NULL RETURN b {.name, .acronym, links: COUNT { (b)--() }} AS m ORDER BY m.name LIMIT 5'),
  F('map-projection-all', "MATCH (a:Act {name: 'Computer Misuse Act 1990'}) RETURN a {.*, id: null, extra: a.year + 1} AS m"),
  F(
    'map-projection-nested',
    'MATCH (n:Newsletter)-[:HAS_ITEM]->(i:Item) WITH n, i ORDER BY i.number WITH n, collect(i {.number, .title})[..2] AS first RETURN n {.published, first: first} AS m ORDER BY m.published',
  ),
  F('map-keys-props', 'MATCH (a:Act) WITH a ORDER BY a.name LIMIT 1 RETURN keys(a) AS k, keys(properties(a)) AS kp, keys({z: 1, a: 2, m: 3}) AS km'),
  S('map-literal-ops', "WITH {a: 1, b: {c: [1, 2]}} AS m RETURN m.b.c[1] AS a, m['a'] AS b, m.x AS c, keys(m) AS d, m {.a, z: 0} AS e, m {.*} = m AS f"),
  S('map-null-access', 'WITH null AS m RETURN m.a AS a, m {.a} AS b'),
  S('map-distinct', 'UNWIND [{a: 1, b: 2}, {b: 2, a: 1}, {a: 1.0, b: 2}, {a: [1]}, {a: [1.0]}] AS m RETURN count(DISTINCT m) AS c'),
  S('list-distinct', 'UNWIND [[1, 2], [1, 2], [1, 2.0], [2, 1], null, [null], [null]] AS l RETURN count(DISTINCT l) AS c, size(collect(DISTINCT l)) AS s'),
  // --- CASE, null logic
  F(
    'case-mentions',
    "MATCH (e) WHERE e.mentionCount IS NOT NULL RETURN CASE WHEN e.mentionCount >= 3 THEN 'frequent' WHEN e.mentionCount = 2 THEN 'twice' ELSE 'once' END AS band, count(*) AS n ORDER BY band",
  ),
  F(
    'case-simple-label',
    "MATCH (e) WHERE NOT e:Item AND NOT e:Newsletter RETURN CASE labels(e)[0] WHEN 'Person' THEN 'P' WHEN 'Body' THEN 'B' ELSE '?' END AS k, count(*) AS n ORDER BY k",
  ),
  S(
    'null-logic',
    'RETURN null AND false AS a, null OR true AS b, null XOR true AS c, NOT null AS d, null = null AS e, null <> 1 AS f, null IS NULL AS g, 1 < null AS h',
  ),
  S('case-null', "RETURN CASE null WHEN null THEN 'is null' ELSE 'not' END AS a, CASE WHEN null THEN 1 ELSE 2 END AS b, CASE 1 WHEN 1.0 THEN 'eq' END AS c"),
  S(
    'case-extended',
    "UNWIND [1, 5, 10, null] AS x RETURN x, CASE x WHEN < 3 THEN 'low' WHEN 5, 6 THEN 'mid' WHEN IS NULL THEN 'none' ELSE 'high' END AS band ORDER BY x",
  ),
  S('coalesce-nullif', "RETURN coalesce(null, null) AS a, coalesce(null, 0, 1) AS b, nullIf('a', 'a') AS c, coalesce([], 1) AS d"),
  // --- ORDER BY with mixed types and nulls
  S('order-mixed', "UNWIND [1, 'a', 2.5, null, true, [1], {a: 1}, date('2020-01-01'), -1, 'B', false, [], duration('P1D')] AS x RETURN x ORDER BY x"),
  S('order-mixed-desc', "UNWIND [1, 'a', 2.5, null, true, [1], -1, 'B', false, [0, 1], [0]] AS x RETURN x ORDER BY x DESC"),
  S('order-nan', 'UNWIND [1.0, 0.0/0.0, -1, 1/0.0, -1/0.0, null] AS x RETURN x ORDER BY x'),
  S('order-lists', 'UNWIND [[1, 2], [1], [1, null], [null], [2], [], [1, 2, 3], [1, "a"]] AS x RETURN x ORDER BY x'),
  F('order-nulls-year', 'MATCH (a:Act) RETURN a.name, a.year ORDER BY a.year DESC, a.name'),
  // --- DISTINCT on nodes, OPTIONAL MATCH chains, WITH WHERE
  F('distinct-nodes', 'MATCH (p:Person)-[:MENTIONED_IN]->(i:Item)<-[:MENTIONED_IN]-(b:Body) RETURN DISTINCT b.name AS body ORDER BY body LIMIT 10'),
  F(
    'optional-chain',
    'MATCH (p:Person) OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(r:Role) OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(b:Body) RETURN p.name AS person, collect(DISTINCT r.title) AS roles, collect(DISTINCT b.name) AS bodies ORDER BY person',
  ),
  F('optional-null-prop', 'MATCH (a:Act) OPTIONAL MATCH (a)-[:AMENDS]->(t:Act) RETURN a.name AS act, t.name AS amends ORDER BY act, amends'),
  F(
    'with-where-agg',
    'MATCH (b:Body)-[:MENTIONED_IN]->(i:Item) WITH b, count(i) AS items WHERE items > 2 RETURN b.name AS body, items ORDER BY items DESC, body',
  ),
  F(
    'with-distinct-order-limit',
    'MATCH (n:Newsletter)-[:HAS_ITEM]->(i)<-[:MENTIONED_IN]-(e) WITH DISTINCT n, labels(e)[0] AS kind RETURN kind, count(n) AS issues ORDER BY kind',
  ),
  F(
    'optional-where',
    'MATCH (p:Person) OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(b) WHERE b.name STARTS WITH "Home" RETURN count(p) AS people, count(b) AS homeLinks',
  ),
  // --- subqueries
  F(
    'call-import-with',
    'MATCH (b:Body) CALL { WITH b MATCH (b)-[:MENTIONED_IN]->(i) RETURN count(i) AS c } WITH b, c WHERE c >= 3 RETURN b.name, c ORDER BY c DESC, b.name',
  ),
  F(
    'call-scope-clause',
    'MATCH (p:Person) CALL (p) { MATCH (p)-[:CO_OCCURS]-(o:Body) RETURN o.name AS other ORDER BY o.name LIMIT 1 } RETURN p.name, other ORDER BY p.name LIMIT 5',
  ),
  F(
    'call-union',
    "CALL { MATCH (p:Person) RETURN p.name AS name, 'person' AS kind UNION MATCH (a:Act) RETURN a.name AS name, 'act' AS kind } RETURN kind, count(*) AS n ORDER BY kind",
  ),
  F('call-unit', 'MATCH (a:Act) CALL (a) { MATCH (a)-[:MENTIONED_IN]->(i) WITH count(i) AS c WHERE c > 100 RETURN c } RETURN a.name'),
  F(
    'exists-where',
    'MATCH (p:Person) WHERE EXISTS { (p)-[:HOLDS_ROLE]->() } AND NOT EXISTS { MATCH (p)-[:AFFILIATED_WITH]->(:Body) } RETURN p.name ORDER BY p.name',
  ),
  F(
    'count-subq-order',
    'MATCH (b:Body) RETURN b.name AS body, COUNT { (b)-[:MENTIONED_IN]->() } AS items ORDER BY COUNT { (b)-[:MENTIONED_IN]->() } DESC, body LIMIT 5',
  ),
  F(
    'collect-subq',
    'MATCH (a:Act) WHERE a.year > 2010 RETURN a.name AS act, COLLECT { MATCH (a)-[:MENTIONED_IN]->(i)<-[:HAS_ITEM]-(n) RETURN DISTINCT n.published ORDER BY n.published } AS dates ORDER BY act',
  ),
  F('count-subq-where', 'MATCH (i:Item) WHERE COUNT { (i)<-[:MENTIONED_IN]-(:Person) } >= 2 RETURN i.id ORDER BY i.id'),
  F(
    'pattern-compr',
    'MATCH (n:Newsletter) RETURN n.published AS pub, size([(n)-[:HAS_ITEM]->(i) WHERE i.number <= 3 | i.number]) AS early, [(n)-[:HAS_ITEM]->(i:Item {number: 1}) | i.title][0] AS lead ORDER BY pub',
  ),
  F('union-vs-all', "MATCH (p:Person) RETURN 'x' AS k UNION MATCH (b:Body) RETURN 'x' AS k"),
  F('union-all', "MATCH (p:Person) WHERE p.name STARTS WITH 'A' RETURN p.name AS n UNION ALL MATCH (p:Person) WHERE p.name STARTS WITH 'A' RETURN p.name AS n"),
  // --- paths
  F(
    'shortest-path-bodies',
    "MATCH (a:Body {name: 'Home Office'}), (b:Body) WHERE b <> a AND b.name STARTS WITH 'National' MATCH p = shortestPath((a)-[:CO_OCCURS*..4]-(b)) RETURN b.name AS target, length(p) AS hops ORDER BY target",
  ),
  F(
    'all-shortest',
    "MATCH (a:Person), (b:Person) WHERE a.name < b.name AND a.name STARTS WITH 'K' MATCH p = allShortestPaths((a)-[:CO_OCCURS*..3]-(b)) RETURN a.name, b.name, length(p) AS len, count(p) AS paths ORDER BY a.name, b.name LIMIT 8",
  ),
  F(
    'qpp-co-occurs',
    'MATCH (a:Person) WITH a ORDER BY a.name LIMIT 1 MATCH p = SHORTEST 2 (a)-[:CO_OCCURS]-{1,3}(b:Act) RETURN length(p) AS len, b.name ORDER BY len, b.name LIMIT 6',
  ),
  F(
    'qpp-all-shortest-groups',
    "MATCH (a:Body {name: 'Home Office'}) MATCH p = SHORTEST 1 GROUPS (a)-[:CO_OCCURS]-+(x:Act) RETURN count(p) AS paths, min(length(p)) AS len",
  ),
  F(
    'qpp-any',
    "MATCH (a:Body {name: 'Home Office'}) MATCH p = ANY (a)-[:CO_OCCURS]-{1,2}(x:Person) RETURN x.name AS who, length(p) AS len ORDER BY who LIMIT 5",
  ),
  F(
    'path-functions',
    'MATCH p = (n:Newsletter)-[:HAS_ITEM]->(i:Item)<-[m:MENTIONED_IN]-(e:Act) RETURN [x IN nodes(p) | labels(x)[0]] AS ls, [r IN relationships(p) | type(r)] AS ts, length(p) AS len, m.count AS c ORDER BY e.name, i.id LIMIT 3',
  ),
  F(
    'qpp-group-vars',
    'MATCH (p:Programme) ((x)-[:PART_OF]->(y)){1,3} (top) WHERE NOT (top)-[:PART_OF]->() RETURN p.name AS prog, [v IN y | v.name] AS chain ORDER BY prog',
  ),
  F('var-length-part-of', 'MATCH (p)-[:PART_OF*1..]->(top) RETURN labels(p)[0] AS l, p.name AS from, top.name AS to ORDER BY from, to'),
  // --- label expressions, type predicates
  F('label-or', 'MATCH (e:Person|Act) RETURN labels(e)[0] AS l, count(*) AS n ORDER BY l'),
  F('label-not', 'MATCH (e:!Item&!Newsletter&!Role) RETURN count(e) AS n'),
  F('label-any', 'MATCH (e:%) WHERE e.name IS NOT NULL RETURN count(*) AS n'),
  F('rel-label-expr', 'MATCH (x)-[r:!CO_OCCURS&!MENTIONED_IN]->(y) RETURN type(r) AS t, count(*) AS n ORDER BY t'),
  F('label-predicate-where', 'MATCH (e) WHERE e:Body|Programme AND e.mentionCount > 1 RETURN labels(e)[0] AS l, count(*) AS c ORDER BY l'),
  F(
    'type-pred-props',
    'MATCH (e) WHERE e.year IS :: INTEGER NOT NULL RETURN count(*) AS c, collect(DISTINCT valueType(e.year)) AS t, collect(DISTINCT valueType(e.aliases)) AS al',
  ),
  F(
    'value-types',
    "MATCH (a:Act) WITH a LIMIT 1 RETURN valueType(a) AS n, valueType(a.name) AS s, valueType(1.0) AS f, valueType(null) AS z, valueType([1, 'a']) AS l, valueType({}) AS m",
  ),
  // --- temporal
  F(
    'temporal-published',
    'MATCH (n:Newsletter) WITH n, date(n.published) AS d RETURN d, d.year AS y, d.quarter AS q, d.week AS w, d.weekYear AS wy, d.dayOfWeek AS dow, d.ordinalDay AS od ORDER BY d',
  ),
  F(
    'temporal-gaps',
    'MATCH (n:Newsletter) WITH date(n.published) AS d ORDER BY d WITH collect(d) AS ds RETURN [i IN range(1, size(ds) - 1) | duration.between(ds[i - 1], ds[i])] AS gaps, [i IN range(1, size(ds) - 1) | duration.inDays(ds[i - 1], ds[i]).days] AS days',
  ),
  F(
    'temporal-truncate',
    "MATCH (n:Newsletter) RETURN date.truncate('quarter', date(n.published)) AS q, date.truncate('week', date(n.published)) AS w, count(*) AS c ORDER BY q, w",
  ),
  S(
    'temporal-arith',
    "RETURN date('2024-01-31') + duration('P1M') AS a, date('2024-03-31') - duration('P1M') AS b, datetime('2024-03-10T01:30:00[America/New_York]') + duration('PT1H') AS c, duration('P1Y2M3DT4H') * 2 AS d, duration('PT90M') / 2 AS e",
  ),
  S(
    'temporal-between',
    "RETURN duration.between(date('2020-02-29'), date('2021-02-28')) AS a, duration.inMonths(date('2020-01-31'), date('2020-03-30')) AS b, duration.inSeconds(datetime('2020-01-01T00:00Z'), datetime('2020-01-02T01:00:00.5Z')) AS c, duration.between(localtime('10:00'), localtime('09:30')) AS d",
  ),
  S(
    'temporal-props',
    "WITH datetime('2024-12-30T23:59:59.123456789+01:00') AS t RETURN t.year, t.week, t.weekYear, t.quarter, t.dayOfQuarter, t.millisecond, t.microsecond, t.nanosecond, t.offset, t.offsetSeconds, t.epochSeconds, t.epochMillis, t.timezone",
  ),
  S(
    'temporal-compare',
    "RETURN date('2024-01-01') < date('2024-01-02') AS a, date('2024-01-01') = datetime('2024-01-01T00:00Z') AS b, datetime('2024-01-01T01:00+01:00') = datetime('2024-01-01T00:00Z') AS c, localtime('10:00') < localtime('09:00') AS d, duration('P1D') = duration('PT24H') AS e, date('2024-01-01') < 1 AS f",
  ),
  S(
    'temporal-format',
    "RETURN toString(datetime('2024-06-01T12:00:00.000Z')) AS a, toString(localdatetime('2024-06-01T12:00')) AS b, toString(time('12:00:00.5+02:00')) AS c, toString(duration('P1.5D')) AS d, toString(duration('PT-0.5S')) AS e, toString(date('+10000-01-01')) AS f",
  ),
  S(
    'temporal-construct',
    'RETURN date({year: 2024, week: 1, dayOfWeek: 1}) AS a, date({year: 2024, quarter: 2, dayOfQuarter: 1}) AS b, date({year: 2024, ordinalDay: 60}) AS c, localdatetime({year: 2024, month: 2, day: 29, hour: 25}) AS d',
  ),
  S(
    'temporal-truncate-dt',
    "WITH datetime('2024-05-17T13:45:12.345+02:00') AS t RETURN datetime.truncate('hour', t) AS a, datetime.truncate('month', t) AS b, datetime.truncate('week', t, {timezone: 'Europe/London'}) AS c, localdatetime.truncate('millennium', t) AS d, time.truncate('minute', t) AS e",
  ),
  S(
    'duration-props',
    "WITH duration('P1Y14M40DT49H70M80.5S') AS d RETURN d.years, d.months, d.monthsOfYear, d.days, d.hours, d.minutes, d.minutesOfHour, d.seconds, d.secondsOfMinute, d.milliseconds, d.nanosecondsOfSecond",
  ),
  S(
    'temporal-epoch',
    "RETURN datetime({epochSeconds: 1700000000}).year AS a, datetime.fromepochmillis(1700000000123) AS b, date(datetime('2024-01-01T23:00-05:00')) AS c",
  ),
  // --- identifiers, elementId, id, properties
  F(
    'elementid-roundtrip',
    'MATCH (a:Act) WITH a ORDER BY a.name LIMIT 1 MATCH (b) WHERE elementId(b) = elementId(a) RETURN b.name, elementId(a) IS :: STRING AS s, id(a) IS :: INTEGER AS i',
  ),
  F('props-rel', 'MATCH (p:Person)-[r:AFFILIATED_WITH]->(b:Body) RETURN p.name, b.name, keys(r) AS k, r.role ORDER BY p.name, b.name LIMIT 4'),
  F('type-startnode', 'MATCH ()-[r:AMENDS]->() RETURN type(r) AS t, startNode(r).name AS s, endNode(r).name AS e ORDER BY s'),
  // --- parameters
  F('param-list', 'MATCH (b:Body) WHERE b.name IN $names RETURN b.name ORDER BY b.name', { names: ['Home Office', 'College of Policing', 'Nobody'] }),
  F('param-skip-limit', 'MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP $s LIMIT $l', { s: 2n, l: 3n }),
  F('param-map', 'MATCH (a:Act) WHERE a.year >= $f.from AND a.year <= $f.to RETURN a.name ORDER BY a.year, a.name', { f: { from: 2000n, to: 2015n } }),
  S('param-float-int', 'RETURN $x + 1 AS a, $y + 1 AS b, $x = $y AS c, valueType($x) AS d', { x: 1n, y: 1.0 }),
  S('skip-limit-expr', 'UNWIND range(1, 10) AS x RETURN x SKIP 1 + 1 LIMIT toInteger(3.9)'),
  S('skip-limit-bad', 'UNWIND range(1, 10) AS x RETURN x LIMIT -1'),
  // --- writes then reads
  S(
    'write-create-merge',
    'CREATE (a:W {n: 1}), (b:W {n: 2}) MERGE (a)-[r:LINK]->(b) ON CREATE SET r.created = true WITH a, b, r MERGE (a)-[r2:LINK]->(b) ON MATCH SET r2.matched = true RETURN r.created, r2.matched, r = r2',
  ),
  S('write-set-remove', "CREATE (a:W {n: 1, tags: ['x']}) SET a += {m: 2, n: null}, a:Extra REMOVE a.tags RETURN keys(a) AS k, labels(a) AS l, a.n AS n"),
  S(
    'write-foreach-delete',
    'CREATE (h:WH) FOREACH (i IN range(1, 4) | CREATE (h)-[:HAS]->(:WI {i: i})) WITH h MATCH (h)-[:HAS]->(x) WHERE x.i % 2 = 0 DETACH DELETE x WITH DISTINCT h RETURN COUNT { (h)-->() } AS left',
  ),
  S('write-merge-props', 'UNWIND [1, 1, 2] AS k MERGE (m:WM {k: k}) ON CREATE SET m.c = 1 ON MATCH SET m.c = m.c + 1 RETURN k, m.c ORDER BY k, m.c'),
  S('write-set-map-replace', 'CREATE (a:W {x: 1, y: 2}) SET a = {z: 3} RETURN properties(a) AS p'),
  S('write-delete-return', 'CREATE (a:W {x: 1}) WITH a DELETE a RETURN a.x'),
  A('write-delete-connected', 'CREATE (a:W)-[:R]->(b:W) WITH a DELETE a'),
  S('write-set-null-list', 'CREATE (a:W) SET a.l = [1, null] RETURN a.l'),
  S('write-set-mixed-list', "CREATE (a:W) SET a.l = [1, 'a'] RETURN a.l"),
  // --- errors users hit
  S('err-undefined-var', 'MATCH (n:Nope) RETURN m'),
  S('err-agg-in-where', 'UNWIND [1, 2] AS x WITH x WHERE count(x) > 1 RETURN x'),
  S('err-type-add', 'RETURN true + 1'),
  S('err-nested-agg', 'UNWIND [1] AS x RETURN count(count(x))'),
  S('err-return-star-empty', 'RETURN *'),
  S('err-unknown-fn', 'RETURN foo(1)'),
  S('err-division-zero', 'UNWIND [0] AS z RETURN 1 / z'),
  S('err-string-index', "WITH 'abc' AS s RETURN s[0]"),
  S('err-map-key-int', 'WITH {a: 1} AS m RETURN m[0]'),
  S('err-list-key-string', "WITH [1] AS l RETURN l['a']"),
  S('err-union-cols', 'RETURN 1 AS a UNION RETURN 2 AS b'),
  S('err-tointeger-list', 'RETURN toInteger([1])'),
  S('err-duplicate-col', 'RETURN 1 AS a, 2 AS a'),
  S('err-order-by-missing', 'UNWIND [1] AS x RETURN DISTINCT x ORDER BY x + 1'),
  S('err-with-no-alias', 'UNWIND [1] AS x WITH x + 1 RETURN x'),
  S('err-date-invalid', "RETURN date('2024-02-30')"),
  S('err-sum-strings', "UNWIND ['a', 'b'] AS x RETURN sum(x)"),
];

DIALECT_QUERIES.push(
  // --- batch 2
  F('b2-exists-order', 'MATCH (p:Person) RETURN p.name AS n ORDER BY EXISTS { (p)-[:HOLDS_ROLE]->() } DESC, p.name LIMIT 6'),
  F(
    'b2-collect-orderby',
    'MATCH (b:Body) WHERE b.name STARTS WITH "H" RETURN b.name AS n, COLLECT { MATCH (b)-[:MENTIONED_IN]->(i) RETURN i.id ORDER BY i.id LIMIT 2 } AS ids ORDER BY size(ids) DESC, n',
  ),
  F(
    'b2-optional-call',
    'MATCH (a:Act) OPTIONAL CALL (a) { MATCH (a)-[:AMENDS]->(t) RETURN t.name AS target } RETURN a.name AS act, target ORDER BY act, target',
  ),
  F('b2-count-star-where', 'MATCH (n:Newsletter) WHERE COUNT { (n)-[:HAS_ITEM]->() } > 12 RETURN n.published ORDER BY n.published'),
  F(
    'b2-with-agg-collect',
    'MATCH (i:Item)<-[:MENTIONED_IN]-(e) WITH i, collect(labels(e)[0]) AS kinds WHERE size(kinds) >= 5 RETURN i.id AS item, size(kinds) AS n, kinds[0] IS NOT NULL AS any ORDER BY n DESC, item LIMIT 5',
  ),
  F('b2-unwind-aliases', 'MATCH (e) WHERE size(e.aliases) > 0 UNWIND e.aliases AS alias RETURN alias, size(alias) AS len ORDER BY len DESC, alias LIMIT 5'),
  F(
    'b2-string-agg',
    "MATCH (n:Newsletter)-[:HAS_ITEM]->(i) WHERE i.number <= 2 WITH n, i ORDER BY i.number RETURN n.published AS d, reduce(s = '', t IN collect(i.title) | s + CASE s WHEN '' THEN '' ELSE ' | ' END + t) AS titles ORDER BY d",
  ),
  F('b2-distinct-pairs', 'MATCH (a:Body)-[:CO_OCCURS]-(b:Body) WHERE a.name < b.name RETURN count(*) AS pairs, count(DISTINCT a) AS lefts'),
  F('b2-degree', 'MATCH (b:Body) RETURN b.name AS name, COUNT { (b)--() } AS degree ORDER BY degree DESC, name LIMIT 5'),
  F('b2-path-length-hist', 'MATCH p = (:Person)-[:CO_OCCURS*1..2]-(:Act) RETURN length(p) AS len, count(*) AS n ORDER BY len'),
  F(
    'b2-items-text-stats',
    'MATCH (i:Item) RETURN min(size(i.text)) AS mn, max(size(i.text)) AS mx, sum(size(i.text)) AS total, round(avg(size(i.title)) * 100) / 100 AS avgTitle',
  ),
  F('b2-map-keys-order', 'MATCH (a:Act) WITH a ORDER BY a.name LIMIT 1 RETURN a {.name, .year, .kind} AS m, keys(a {.name, .year, .kind}) AS k'),
  F(
    'b2-rel-props',
    'MATCH (:Person)-[r:HOLDS_ROLE]->(ro:Role) RETURN ro.title AS role, size(r.items) AS nItems, size(r.evidence[0]) > 10 AS hasEvidence ORDER BY role LIMIT 5',
  ),
  F('b2-union-distinct-vals', "MATCH (a:Act) RETURN a.kind AS v UNION MATCH (b:Body) WHERE b.acronym IS NOT NULL RETURN 'Body' AS v"),
  F('b2-regex-acronym', "MATCH (b:Body) WHERE b.name =~ '.*\\\\(([A-Z]+)\\\\).*' OR b.acronym =~ '[A-Z]{2,5}' RETURN b.name ORDER BY b.name LIMIT 5"),
  F(
    'b2-year-case',
    "MATCH (a:Act) WHERE a.year IS NOT NULL RETURN CASE a.year WHEN < 1900 THEN 'old' WHEN < 2000 THEN 'C20' ELSE 'recent' END AS era, count(*) AS n ORDER BY era",
  ),
  F(
    'b2-labels-type-fn',
    'MATCH (a)-[r]->(b) WITH type(r) AS t, labels(a)[0] AS from, labels(b)[0] AS to, count(*) AS n RETURN t, from, to, n ORDER BY t, from, to',
  ),
  F('b2-properties-rel', 'MATCH ()-[r:MENTIONED_IN]->() WITH r LIMIT 1 RETURN keys(properties(r)) AS k, r.count IS :: INTEGER AS int'),
  F(
    'b2-temporal-fixture',
    "MATCH (n:Newsletter) WITH n ORDER BY n.published RETURN n.published AS p, datetime(n.published + 'T09:00:00[Europe/London]') AS dt, date(n.published).dayOfWeek AS dow, duration.between(date(n.published), date('2016-01-01')).months AS monthsTo2016",
  ),
  F('b2-temporal-group', 'MATCH (n:Newsletter)-[:HAS_ITEM]->(i) RETURN date(n.published).year AS y, count(i) AS items ORDER BY y'),
  F(
    'b2-shortest-weighted',
    "MATCH (h:Body {name: 'Home Office'}) MATCH p = ALL SHORTEST (h)-[:CO_OCCURS]-+(x:Person) WITH x, length(p) AS len, count(p) AS n RETURN len, count(x) AS people, sum(n) AS paths ORDER BY len",
  ),
  F(
    'b2-shortest-k',
    "MATCH (h:Body {name: 'Home Office'}), (x:Act) WITH h, x ORDER BY x.name LIMIT 2 MATCH p = SHORTEST 2 (h)-[:CO_OCCURS]-{1,3}(x) RETURN x.name, length(p) AS len ORDER BY x.name, len",
  ),
  F(
    'b2-exists-nested',
    'MATCH (b:Body) WHERE EXISTS { MATCH (b)<-[:AFFILIATED_WITH]-(p:Person) WHERE EXISTS { (p)-[:HOLDS_ROLE]->() } } RETURN b.name ORDER BY b.name',
  ),
  F(
    'b2-call-aggregate',
    'CALL { MATCH (p:Person) RETURN count(p) AS people } CALL { MATCH (b:Body) RETURN count(b) AS bodies } RETURN people, bodies, toFloat(people) / bodies AS ratio',
  ),
  F(
    'b2-call-with-union-import',
    'MATCH (a:Act) WITH a ORDER BY a.name LIMIT 2 CALL (a) { MATCH (a)-[:MENTIONED_IN]->(i) RETURN i.id AS ref UNION MATCH (a)-[:AMENDS]->(t) RETURN t.id AS ref } RETURN a.name, count(ref) AS refs ORDER BY a.name',
  ),
  F('b2-skip-param-expr', 'MATCH (b:Body) RETURN b.name ORDER BY b.name SKIP toInteger($page) * 5 LIMIT 5', { page: 2n }),
  F('b2-param-null', 'MATCH (a:Act) WHERE $year IS NULL OR a.year = $year RETURN count(a) AS n', { year: null }),
  F('b2-param-string-list', 'UNWIND $ids AS id OPTIONAL MATCH (e {id: id}) RETURN id, e IS NOT NULL AS found ORDER BY id', {
    ids: ['body:home-office', 'nope', 'act:firearms-act-1968'],
  }),
  F('b2-elementid-lookup', "MATCH (b:Body {name: 'Home Office'}) WITH elementId(b) AS eid MATCH (x) WHERE elementId(x) = eid RETURN x.name"),
  F(
    'b2-nodes-rels-path',
    "MATCH p = (n:Newsletter)-[:HAS_ITEM]->(i)<-[:MENTIONED_IN]-(b:Body {name: 'Home Office'}) WITH p ORDER BY i.id LIMIT 1 RETURN size(nodes(p)) AS n, [r IN relationships(p) | type(r)] AS types, nodes(p)[-1].name AS last",
  ),
  F(
    'b2-distinct-node-list',
    'MATCH (p:Person)-[:AFFILIATED_WITH]->(b) WITH collect(DISTINCT b) AS bodies RETURN size(bodies) AS n, [x IN bodies | x.name][0] IS :: STRING AS s',
  ),
  F('b2-list-sort-collect', 'MATCH (a:Act) WITH a ORDER BY a.year DESC, a.name RETURN collect(a.year)[..4] AS years, collect(a.name)[-2..] AS lastNames'),
  F('b2-head-last-collect', 'MATCH (a:Act) WITH a ORDER BY a.name RETURN head(collect(a.name)) AS first, last(collect(a.name)) AS last'),
  F('b2-coalesce-props', "MATCH (e:Act) RETURN e.name AS n, coalesce(e.year, -1) AS y, coalesce(e.acronym, e.kind, 'n/a') AS k ORDER BY n LIMIT 4"),
  F('b2-all-none-pred', 'MATCH (n:Newsletter) WHERE all(i IN [(n)-[:HAS_ITEM]->(x) | x] WHERE size(i.title) > 5) RETURN count(n) AS n'),
  F('b2-pattern-in-return', 'MATCH (p:Person) RETURN p.name AS n, exists((p)-[:AFFILIATED_WITH]->()) AS aff ORDER BY n LIMIT 4'),
  S(
    'b2-str-fns',
    "RETURN substring('hello', 1, 3) AS a, left('hello', 2) AS b, right('hello', 2) AS c, toUpper('ǆ') AS d, toLower('ΣΑΣ') AS e, size('ẞ') AS f, reverse('🇬🇧') AS g, split('a🙂b', '🙂') AS h",
  ),
  S('b2-str-normalize-cmp', "RETURN 'é' = normalize('é', NFD) AS a, normalize('ﬃ', NFKD) AS b, toUpper('ﬃ') AS c, lower('ΌΣΟΣ') AS d"),
  S(
    'b2-str-tostring-floats',
    'RETURN toString(0.1) AS a, toString(1e-5) AS b, toString(123456789012.0) AS c, toString(1.0E16) AS d, toString(-1.5e-10) AS e, toString(2^63) AS f, 1e16 AS g, 0.00001 AS h',
  ),
  S(
    'b2-float-fns',
    'RETURN sqrt(2) AS a, log(10) AS b, log10(1000) AS c, exp(1) AS d, abs(-0.0) AS e, ceil(-0.5) AS f, floor(-0.5) AS g, sign(-3.2) AS h, pi() AS i, e() AS j, atan2(1, 1) AS k, toInteger(2.9999999999999996) AS l',
  ),
  S(
    'b2-int-edge',
    'RETURN -9223372036854775808 AS a, abs(-9223372036854775807) AS b, 9223372036854775807 % 2 AS c, toInteger(9.3e18) AS d, toInteger(-9.3e18) AS e',
  ),
  S('b2-int-abs-min', 'RETURN abs(-9223372036854775808) AS a'),
  S(
    'b2-list-ops',
    'RETURN [1, 2, 3][1..] + [4] AS a, size([x IN range(1, 100) WHERE x % 7 = 0]) AS b, [1, [2, [3]]][1][1][0] AS c, range(1, 3) = [1, 2, 3] AS d, [] = [] AS e, [null] = [null] AS f',
  ),
  S('b2-list-comp-agg', 'UNWIND [[1, 2], [3]] AS l RETURN sum(size(l)) AS a, collect(l) AS b, [x IN collect(l) | x[0]] AS c'),
  S('b2-order-by-expr-distinct', 'UNWIND [3, 1, 2, 3] AS x RETURN DISTINCT x ORDER BY x DESC'),
  S('b2-order-by-alias-agg', 'UNWIND [1, 2, 2, 3, 3, 3] AS x RETURN x, count(*) AS c ORDER BY c DESC, x'),
  S('b2-with-order-limit-agg', 'UNWIND range(1, 10) AS x WITH x ORDER BY x DESC LIMIT 3 RETURN collect(x) AS top'),
  S('b2-unwind-map', "UNWIND [{k: 'a', v: 1}, {k: 'b', v: 2}] AS m RETURN m.k AS k, m.v * 10 AS v ORDER BY k"),
  S('b2-map-proj-var', 'WITH {a: 1, b: 2} AS m, 5 AS x RETURN m {.a, x} AS p, m {.*, .c} AS q'),
  S('b2-map-proj-node-all', "CREATE (n:MP {a: 1, b: 'x'}) RETURN n {.*} AS all, n {.a, extra: n.b + '!'} AS some, n {.*, a: null} AS nulled"),
  S('b2-null-prop-access', "WITH null AS n RETURN n.x AS a, n['x'] AS b, [n][0] AS c, size(null) AS d, null + 1 AS e, null[0] AS f"),
  S('b2-3vl-in', 'RETURN null IN [] AS a, null IN [null] AS b, 1 IN null AS c, [] IN [[]] AS d, NOT (null IN [1]) AS e'),
  S(
    'b2-string-compare-null',
    "RETURN 'a' STARTS WITH null AS a, null ENDS WITH 'x' AS b, 'abc' CONTAINS '' AS c, '' STARTS WITH '' AS d, 1 STARTS WITH 'a' AS e",
  ),
  S(
    'b2-temporal-arith2',
    "RETURN date('2024-02-29') + duration({years: 1}) AS a, localtime('23:30') + duration('PT1H') AS b, datetime('2024-01-01T00:00:00Z') - datetime('2023-12-31T23:00:00+01:00') AS c, date('2024-03-01') - date('2024-02-01') AS d",
  ),
  S(
    'b2-temporal-sub',
    "RETURN duration.between(datetime('2024-03-30T12:00[Europe/London]'), datetime('2024-03-31T12:00[Europe/London]')) AS a, duration.inSeconds(datetime('2024-03-30T12:00[Europe/London]'), datetime('2024-03-31T12:00[Europe/London]')) AS b",
  ),
  S('b2-temporal-order', "UNWIND [date('2024-01-02'), date('2023-05-01'), null, date('2024-01-01')] AS d RETURN d ORDER BY d DESC"),
  S(
    'b2-temporal-tostring',
    "RETURN toString(date('2024-01-01')) AS a, toString(localtime('12:00')) AS b, toString(datetime({year: 2024, month: 1, day: 1, timezone: 'Europe/Paris'})) AS c, toString(duration({minutes: 90})) AS d, toString(duration({days: 1.5})) AS e",
  ),
  S(
    'b2-temporal-week',
    "UNWIND ['2020-12-31', '2021-01-01', '2021-01-03', '2021-01-04', '2024-12-30'] AS s WITH date(s) AS d RETURN d.week, d.weekYear, d.weekDay, d.dayOfQuarter ORDER BY d",
  ),
  S('b2-duration-cmp', "RETURN duration('P1M') > duration('P30D') AS a, duration('PT60S') = duration('PT1M') AS b, duration('P1D') < duration('PT25H') AS c"),
  S(
    'b2-type-preds',
    "RETURN 1 IS :: INTEGER AS a, 1.0 IS :: FLOAT NOT NULL AS b, [1, 2] IS :: LIST<INTEGER> AS c, {a: 1} IS :: MAP AS d, date() IS :: DATE AS e, 'x' IS NOT :: STRING AS f, null IS :: STRING AS g",
  ),
  S(
    'b2-valuetype',
    "RETURN valueType(1) AS a, valueType(1.5) AS b, valueType('s') AS c, valueType([1, 2.0]) AS d, valueType([]) AS e, valueType(duration('P1D')) AS f, valueType(datetime('2020-01-01T00:00Z')) AS g, valueType([null]) AS h",
  ),
  S('b2-union-all-dup', 'RETURN 1 AS x UNION ALL RETURN 1 AS x UNION ALL RETURN 2 AS x'),
  S('b2-union-dedupe-types', 'RETURN 1 AS x UNION RETURN 1.0 AS x'),
  S(
    'b2-foreach-nested',
    'CREATE (r:FR) FOREACH (i IN range(1, 2) | FOREACH (j IN range(1, i) | CREATE (r)-[:C]->(:FI {v: i * 10 + j}))) WITH r MATCH (r)-->(x) RETURN collect(x.v) AS vs ORDER BY vs',
  ),
  S('b2-merge-rel-twice', 'CREATE (a:MR), (b:MR) WITH a, b MERGE (a)-[:K]->(b) MERGE (a)-[:K]->(b) WITH a RETURN COUNT { (a)-[:K]->() } AS n'),
  S('b2-set-label-remove', 'CREATE (a:L1:L2) REMOVE a:L1 SET a:L3 RETURN labels(a) AS l, a:L1 AS has1, a:L2&L3 AS both'),
  S('b2-delete-then-count', 'CREATE (a:DC)-[:R]->(b:DC) WITH a, b DETACH DELETE a WITH b RETURN COUNT { (b)--() } AS deg'),
  S(
    'b2-create-return-rel',
    'CREATE (a {n: 1})-[r:REL {w: 0.5}]->(b {n: 2}) RETURN type(r) AS t, r.w AS w, startNode(r).n AS s, endNode(r).n AS e, properties(r) AS p',
  ),
  S('b2-err-agg-order', 'UNWIND [1, 2] AS x RETURN x ORDER BY count(*)'),
  S('b2-err-with-agg-alias', 'UNWIND [1, 2] AS x WITH count(*) RETURN 1'),
  S('b2-err-merge-null', 'MERGE (a:M {k: null}) RETURN a'),
  S('b2-err-create-bound', 'CREATE (a) CREATE (a) RETURN a'),
  S('b2-err-set-prop-null-map', 'CREATE (a) SET a = null RETURN a'),
  S('b2-err-unknown-label-fn', "RETURN labels('x')"),
  S('b2-err-size-int', 'RETURN size(1)'),
  S('b2-err-range-zero', 'RETURN range(1, 10, 0)'),
  S('b2-err-substring-neg-len', "RETURN substring('abc', 0, -1)"),
  S('b2-err-reduce-syntax', 'RETURN reduce(s = 0, x IN [1] s + x)'),
  F('b2-err-shortest-unbound-var', 'MATCH p = shortestPath((a)-[*]-(b)) RETURN p'),
  S('b2-err-exists-prop', 'MATCH (n) WHERE exists(n.x) RETURN n'),
  S('b2-err-delete-expr', 'CREATE (a) DELETE a.x'),
  S('b2-err-order-after-union', 'RETURN 1 AS x UNION RETURN 2 AS x ORDER BY x'),
  S('b2-err-call-import-shadow', 'WITH 1 AS x CALL (x) { WITH 2 AS x RETURN x } RETURN x'),
  S('b2-err-call-return-clash', 'WITH 1 AS x CALL { RETURN 2 AS x } RETURN x'),
  S('b2-err-tofloat-bool', 'RETURN toFloat(true)'),
  S('b2-err-invalid-duration', "RETURN duration('P1X')"),
  S('b2-err-datetime-tz', "RETURN datetime('2024-01-01T00:00[Nowhere/City]')"),
  S('b2-err-percentile-range', 'UNWIND [1, 2] AS x RETURN percentileCont(x, 1.5)'),
  S('b2-err-limit-float', 'UNWIND [1] AS x RETURN x LIMIT 1.5'),
  S('b2-err-property-on-list', 'WITH [1] AS l RETURN l.x'),
);

DIALECT_QUERIES.push(
  // --- batch 3
  F('b3-top-pairs', 'MATCH (a)-[r:CO_OCCURS]->(b) RETURN a.name AS x, b.name AS y, r.weight AS w ORDER BY w DESC, x, y LIMIT 5'),
  F(
    'b3-degree-percentiles',
    'MATCH (b:Body) WITH b, COUNT { (b)-[:CO_OCCURS]-() } AS d RETURN percentileDisc(d, 0.5) AS med, percentileCont(d, 0.9) AS p90, max(d) AS mx, avg(d) AS mean',
  ),
  F('b3-stdev-weights', 'MATCH ()-[r:CO_OCCURS]->() WITH r.weight AS w ORDER BY w RETURN stDev(w) AS s, stDevP(w) AS sp'),
  F(
    'b3-items-by-month',
    'MATCH (n:Newsletter)-[:HAS_ITEM]->(i) WITH date(n.published) AS d, count(i) AS items RETURN d.month AS m, sum(items) AS total ORDER BY m',
  ),
  F('b3-acts-by-decade', 'MATCH (a:Act) WHERE a.year IS NOT NULL RETURN (a.year / 10) * 10 AS decade, collect(a.name) AS acts ORDER BY decade'),
  F('b3-kinds', 'MATCH (a:Act) RETURN a.kind AS kind, count(*) AS n ORDER BY n DESC, kind'),
  F('b3-title-words', "MATCH (i:Item) UNWIND split(toLower(i.title), ' ') AS w WITH w WHERE size(w) > 6 RETURN w, count(*) AS n ORDER BY n DESC, w LIMIT 5"),
  F('b3-person-programmes', 'MATCH (p:Person)-[:LEADS]->(g:Programme) RETURN p.name AS who, collect(g.name) AS leads ORDER BY who'),
  F('b3-body-leads', 'MATCH (b:Body)-[:LEADS]->(g:Programme) WITH b, count(g) AS n WHERE n >= 1 RETURN b.name AS body, n ORDER BY n DESC, body LIMIT 5'),
  F('b3-programme-parts', 'MATCH (g:Programme)-[:PART_OF]->(x) RETURN g.name AS prog, labels(x) AS kind, x.name AS of ORDER BY prog'),
  F(
    'b3-newsletter-first-last',
    'MATCH (n:Newsletter) WITH min(n.published) AS first, max(n.published) AS last RETURN first, last, duration.inDays(date(first), date(last)).days AS span',
  ),
  F(
    'b3-entity-evidence',
    'MATCH (p:Person)-[r:AFFILIATED_WITH]->(b) WHERE r.role IS NOT NULL RETURN p.name AS who, r.role AS role, size(r.evidence) AS ev ORDER BY who',
  ),
  F('b3-count-distinct-labels', 'MATCH (n) RETURN count(DISTINCT labels(n)) AS kinds, count(*) AS all'),
  F('b3-where-in-list-prop', "MATCH (p)-[r:HOLDS_ROLE]->() WHERE any(item IN r.items WHERE item STARTS WITH '000_') RETURN count(*) AS n"),
  F(
    'b3-case-agg',
    'MATCH (e) WHERE e.mentionCount IS NOT NULL RETURN sum(CASE WHEN e:Person THEN e.mentionCount ELSE 0 END) AS people, sum(CASE WHEN e:Body THEN e.mentionCount END) AS bodies',
  ),
  F(
    'b3-optional-count',
    'MATCH (p:Programme) OPTIONAL MATCH (p)<-[:LEADS]-(l) RETURN count(p) AS progs, count(l) AS leaders, count(DISTINCT l) AS distinctLeaders',
  ),
  F(
    'b3-two-hop-distinct',
    'MATCH (p:Person)-[:AFFILIATED_WITH]->(:Body)<-[:AFFILIATED_WITH]-(q:Person) WHERE p <> q RETURN p.name AS a, collect(DISTINCT q.name) AS colleagues ORDER BY a',
  ),
  F(
    'b3-path-nodes-unwind',
    "MATCH p = (:Newsletter)-[:HAS_ITEM]->(:Item)<-[:MENTIONED_IN]-(:Act {kind: 'Bill'}) UNWIND nodes(p) AS n WITH labels(n)[0] AS l, count(DISTINCT n) AS c RETURN l, c ORDER BY l",
  ),
  F('b3-varlen-rels', 'MATCH (a:Act)-[rs:AMENDS*1..2]->(b) RETURN a.name, b.name, size(rs) AS hops ORDER BY a.name, b.name'),
  F(
    'b3-mentions-sum',
    'MATCH (e)-[m:MENTIONED_IN]->(i:Item) WITH e, sum(m.count) AS total RETURN labels(e)[0] AS kind, max(total) AS most, min(total) AS least ORDER BY kind',
  ),
  F(
    'b3-union-three',
    "MATCH (p:Person) RETURN 'P' AS k, count(*) AS n UNION ALL MATCH (b:Body) RETURN 'B' AS k, count(*) AS n UNION ALL MATCH (a:Act) RETURN 'A' AS k, count(*) AS n",
  ),
  F(
    'b3-subquery-return-order',
    'MATCH (n:Newsletter) CALL (n) { MATCH (n)-[:HAS_ITEM]->(i) RETURN i ORDER BY i.number DESC LIMIT 1 } RETURN n.published AS d, i.number AS lastItem ORDER BY d',
  ),
  F('b3-exists-pattern-neg', 'MATCH (b:Body) WHERE NOT (b)-[:CO_OCCURS]-() RETURN count(b) AS isolated'),
  F(
    'b3-string-replace-id',
    "MATCH (e:Person) RETURN replace(e.id, 'person:', '') AS slug, substring(e.id, 0, size('person:')) AS prefix ORDER BY slug LIMIT 3",
  ),
  F('b3-size-text-unicode', "MATCH (i:Item) WHERE i.text CONTAINS '’' RETURN count(i) AS n, min(size(i.text)) > 0 AS ok"),
  F('b3-toupper-slice', 'MATCH (b:Body) WITH b ORDER BY b.name LIMIT 3 RETURN toUpper(left(b.name, 3)) + lower(substring(b.name, 3, 4)) AS t'),
  A('b3-call-in-tx', 'UNWIND range(1, 4) AS i CALL (i) { CREATE (:CIT {i: i}) } IN TRANSACTIONS OF 3 ROWS RETURN count(*) AS n'),
  S(
    'b3-coll-fns-list',
    'RETURN [x IN [3, 1, 2] | x * 2] AS a, reduce(mx = null, x IN [3, 7, 2] | CASE WHEN mx IS NULL OR x > mx THEN x ELSE mx END) AS b, [x IN range(0, 4) WHERE x <> 2][-2..] AS c',
  ),
  S(
    'b3-isempty-tostr',
    "RETURN isEmpty(' ') AS a, toStringOrNull(1.5) AS b, toStringOrNull({a: 1}) AS c, toIntegerOrNull('9223372036854775808') AS d, toFloatOrNull('1e400') AS e, toInteger('9223372036854775807') AS f",
  ),
  S('b3-tointeger-big', "RETURN toInteger('9223372036854775808') AS a"),
  S('b3-string-escape', "RETURN 'a\\\\b' AS a, size('\\\\') AS b, 'it\\'s' AS c, \"dq\\\"\" AS d, 'tab\\tx' AS e, '\\u00e9' AS f"),
  S('b3-order-by-null-desc', 'UNWIND [2, null, 1] AS x RETURN x ORDER BY x DESC'),
  S('b3-order-mixed-num', 'UNWIND [1, 1.0, 0.5, 2, -1.5, 1e0] AS x RETURN x ORDER BY x'),
  S('b3-distinct-num', 'UNWIND [1, 1.0, 2, 2.0, 0.0, -0.0] AS x RETURN DISTINCT x'),
  S('b3-count-distinct-num', 'UNWIND [1, 1.0, 2, 2.0, 0.0, -0.0] AS x RETURN count(DISTINCT x) AS n, collect(DISTINCT x) AS l'),
  S('b3-group-num-keys', 'UNWIND [1, 1.0, 2] AS x RETURN x, count(*) AS c ORDER BY c DESC, x'),
  S('b3-float-eq', 'RETURN 1 = 1.0 AS a, 0.1 + 0.2 = 0.3 AS b, 9007199254740993 = 9007199254740992.0 AS c, 9007199254740993 > 9007199254740992.0 AS d'),
  S('b3-nan', 'RETURN 0.0/0.0 = 0.0/0.0 AS a, 0.0/0.0 <> 0.0/0.0 AS b, (0.0/0.0) > 1 AS c, isNaN(0.0/0.0) AS d, [0.0/0.0] = [0.0/0.0] AS e'),
  S('b3-list-compare', 'RETURN [1, 2] < [1, 3] AS a, [1] < [1, 0] AS b, [1, null] < [1, 2] AS c, [2] > [1, 5] AS d, [1, "a"] < [1, 2] AS e'),
  S('b3-map-compare', 'RETURN {a: 1} = {a: 1, b: null} AS a, {a: 1} < {a: 2} AS b'),
  S('b3-string-mul', "RETURN 'ab' * 2 AS x"),
  S(
    'b3-temporal-dur-fmt',
    "RETURN duration.between(date('2024-01-15'), date('2023-11-20')) AS a, duration.between(datetime('2024-01-01T10:00Z'), datetime('2024-01-01T09:59:59.5Z')) AS b, duration('P2W') AS c, duration('-P1D') AS d, duration('PT0S') AS e",
  ),
  S(
    'b3-temporal-select',
    "WITH datetime('2024-06-15T10:30:45.123+02:00') AS t RETURN date(t) AS a, time(t) AS b, localdatetime(t) AS c, datetime({datetime: t, timezone: 'UTC'}) AS d, date({date: t, day: 1}) AS e",
  ),
  S(
    'b3-temporal-now-types',
    'RETURN date() IS :: DATE AS a, datetime.statement() = datetime.statement() AS b, localtime() IS :: LOCAL TIME AS c, datetime() > datetime("2020-01-01T00:00Z") AS d',
  ),
  S(
    'b3-date-parse-forms',
    "RETURN date('20240105') AS a, date('2024-W01-1') AS b, date('2024-100') AS c, localtime('1230') AS d, datetime('2024-01-01T12:00:00.5+0100') AS e, time('12:00Z') AS f",
  ),
  S(
    'b3-temporal-trunc2',
    "RETURN date.truncate('month', date('2024-05-17')) AS a, date.truncate('weekYear', date('2024-01-01')) AS b, localtime.truncate('hour', localtime('12:34:56')) AS c, date.truncate('decade', date('2024-05-17'), {day: 5}) AS d",
  ),
  S(
    'b3-duration-units',
    'RETURN duration({hours: 1.5}) AS a, duration({months: 1.5}) AS b, duration({weeks: 1, days: -1}) AS c, duration({seconds: -0.5}) AS d',
  ),
  S('b3-epoch', "RETURN datetime({epochMillis: -1}) AS a, datetime.fromepoch(1, 500000000) AS b, datetime('1970-01-01T00:00Z').epochSeconds AS c"),
  S(
    'b3-label-fns',
    'CREATE (n:A:B {k: 1})-[r:T {w: 2}]->(m:C) RETURN labels(n) AS l, type(r) AS t, properties(r) AS p, keys(n) AS k, n:A AS a, n:A&B AS ab, n:A|Z AS az, n:!C AS nc, m:% AS any',
  ),
  S('b3-id-fns', 'CREATE (n:IdT) RETURN id(n) >= 0 AS a, elementId(n) IS :: STRING AS b, size(elementId(n)) > 0 AS c'),
  S(
    'b3-pattern-compr-where',
    'CREATE (a:PC)-[:R {w: 1}]->(b:PC {n: 1}), (a)-[:R {w: 5}]->(c:PC {n: 2}) WITH a RETURN [(a)-[r:R WHERE r.w > 2]->(x) | x.n] AS big, [(a)-[r]->(x) WHERE x.n = 1 | r.w] AS one',
  ),
  S(
    'b3-exists-subq-with-where',
    'CREATE (a:ES {n: 1})-[:R]->(:ES {n: 2}) WITH a RETURN EXISTS { MATCH (a)-->(x) WHERE x.n > 5 } AS big, EXISTS { MATCH (a)-->(x) WHERE x.n > 1 } AS small',
  ),
  S('b3-count-subq-union', 'RETURN COUNT { RETURN 1 AS x UNION RETURN 2 AS x } AS c, COUNT { RETURN 1 AS x UNION RETURN 1 AS x } AS d'),
  S('b3-collect-subq-err', 'RETURN COLLECT { RETURN 1 AS a, 2 AS b } AS c'),
  S('b3-call-no-return', 'UNWIND [1, 2] AS x CALL (x) { CREATE (:CNR {x: x}) } RETURN x ORDER BY x'),
  S('b3-call-star', 'WITH 1 AS a, 2 AS b CALL (*) { RETURN a * 10 + b AS c } RETURN c'),
  S('b3-call-scope-err', 'WITH 1 AS a CALL () { RETURN a AS c } RETURN c'),
  S('b3-call-old-import-err', 'WITH 1 AS a CALL { WITH a AS b RETURN b } RETURN b'),
  S('b3-with-star-order', 'UNWIND [2, 1] AS x WITH * ORDER BY x RETURN x'),
  S('b3-return-star-order', 'UNWIND [2, 1] AS x UNWIND [1] AS y RETURN * ORDER BY x'),
  S('b3-skip-limit-null', 'UNWIND [1, 2] AS x RETURN x SKIP null'),
  S('b3-limit-param-neg', 'UNWIND [1, 2] AS x RETURN x LIMIT $l', { l: -1n }),
  S('b3-param-unused-type', 'RETURN $p IS :: LIST<INTEGER> AS a, $p[1] AS b, size($p) AS c', { p: [1n, 2n] }),
  S('b3-param-map-access', "RETURN $m.a.b AS a, $m['a'] AS b, keys($m) AS c", { m: { a: { b: 1n }, z: 'x' } }),
  S('b3-err-param-missing', 'RETURN $nope AS x'),
  S('b3-err-merge-var-len', 'MERGE (a)-[:R*2]->(b)'),
  S('b3-err-create-undirected', 'CREATE (a)-[:R]-(b)'),
  S('b3-err-var-type-conflict', 'MATCH (a)-[a]->() RETURN a'),
  S('b3-err-return-agg-mixed', 'UNWIND [1] AS x RETURN x, x + count(*)'),
  S('b3-err-order-by-agg-noproj', 'UNWIND [1, 2] AS x WITH x, count(*) AS c RETURN x ORDER BY sum(x)'),
  S('b3-err-unwind-no-as', 'UNWIND [1, 2] RETURN 1'),
  S('b3-err-bad-function-arity', "RETURN substring('a')"),
  S('b3-err-map-proj-non-map', 'WITH 1 AS x RETURN x {.a}'),
  S('b3-err-string-plus-list-minus', "RETURN 'a' - 1"),
  S('b3-err-list-index-float', 'WITH [1, 2] AS l RETURN l[1.0]'),
  S('b3-err-labels-on-map', 'WITH {a: 1} AS m RETURN labels(m)'),
  S('b3-err-count-star-distinct', 'UNWIND [1] AS x RETURN count(DISTINCT *)'),
  S('b3-err-unknown-procedure', 'CALL db.nope()'),
  S('b3-err-semicolon-two', 'RETURN 1; RETURN 2'),
  S('b3-err-trailing-garbage', 'RETURN 1 AS x x'),
  S('b3-err-regex-lookbehind', "RETURN 'ab' =~ '(?<=a)b' AS x"),
  S('b3-regex-java-class', "RETURN 'a1' =~ '\\\\p{Alpha}\\\\d' AS a, 'ÄB' =~ '(?i)äb' AS b, 'x' =~ '[[:alpha:]]' AS c"),
);

DIALECT_QUERIES.push(
  // --- batch 4
  S(
    'b4-qpp-agg-group',
    'CREATE (a:G {n: 1})-[:R {w: 2}]->(b:G {n: 2})-[:R {w: 3}]->(c:G {n: 3}) WITH a MATCH (a) ((x)-[r:R]->(y)){1,2} (z) RETURN z.n AS z, reduce(t = 0, e IN r | t + e.w) AS total, [v IN x | v.n] AS xs ORDER BY z',
  ),
  S(
    'b4-qpp-where-group',
    'CREATE (a:G {n: 1})-[:R {w: 2}]->(b:G {n: 2})-[:R {w: 3}]->(c:G {n: 3}) WITH a MATCH (a)-[r:R]->+(z) WHERE sum([e IN r | e.w]) IS NULL OR true RETURN count(*) AS c',
  ),
  S(
    'b4-qpp-size-filter',
    'CREATE (a:G {n: 1})-[:R]->(b:G {n: 2})-[:R]->(c:G {n: 3})-[:R]->(d:G {n: 4}) WITH a MATCH p = (a)-[:R]->{1,}(z) WHERE length(p) >= 2 RETURN z.n AS n ORDER BY n',
  ),
  S(
    'b4-shortest-all-paths-fn',
    'CREATE (a:G {n: 1})-[:R]->(b:G {n: 2})-[:R]->(d:G {n: 4}), (a)-[:R]->(c:G {n: 3})-[:R]->(d) WITH a, d MATCH p = allShortestPaths((a)-[:R*]->(d)) RETURN [x IN nodes(p) | x.n] AS ns ORDER BY ns',
  ),
  S('b4-shortest-none', 'CREATE (a:G {n: 1}), (b:G {n: 2}) WITH a, b OPTIONAL MATCH p = shortestPath((a)-[*]-(b)) RETURN p IS NULL AS none'),
  S('b4-varlen-zero', 'CREATE (a:G {n: 1})-[:R]->(b:G {n: 2}) WITH a MATCH (a)-[*0..1]->(x) RETURN x.n AS n ORDER BY n'),
  S('b4-varlen-undirected-cycle', 'CREATE (a:G {n: 1})-[:R]->(b:G {n: 2})-[:R]->(a) WITH a MATCH (a)-[*2]-(x) RETURN x.n AS n, count(*) AS c ORDER BY n'),
  S('b4-rel-uniqueness', 'CREATE (a:G)-[:R]->(b:G) WITH a MATCH (a)-[r1]-(x)-[r2]-(y) RETURN count(*) AS c'),
  S('b4-node-reuse', 'CREATE (a:G)-[:R]->(b:G)-[:R]->(a) WITH a MATCH (a)-->(x)-->(a) RETURN count(*) AS c'),
  S('b4-optional-where-bound', 'CREATE (a:G {n: 1})-[:R]->(b:G {n: 2}) WITH a OPTIONAL MATCH (a)-->(x) WHERE x.n > 5 RETURN a.n AS a, x'),
  S(
    'b4-merge-on-create-list',
    "MERGE (p:MP2 {k: 'x'}) ON CREATE SET p.tags = ['a'] ON MATCH SET p.tags = p.tags + 'b' WITH p MERGE (q:MP2 {k: 'x'}) ON MATCH SET q.tags = q.tags + 'b' RETURN q.tags AS t",
  ),
  S('b4-set-plus-list', 'CREATE (a {l: [1]}) SET a.l = a.l + [2, 3] RETURN a.l AS l, size(a.l) AS n'),
  S('b4-remove-missing', 'CREATE (a {x: 1}) REMOVE a.y, a.x RETURN properties(a) AS p'),
  S('b4-detach-path', 'CREATE p = (a:DP)-[:R]->(b:DP)-[:R]->(c:DP) WITH p DETACH DELETE p RETURN size(nodes(p)) AS n'),
  S(
    'b4-create-from-unwind',
    "UNWIND [{n: 'a', v: 1}, {n: 'b', v: 2}] AS row CREATE (x:CU {name: row.n, value: row.v}) WITH collect(x) AS xs RETURN size(xs) AS n, reduce(s = 0, x IN xs | s + x.value) AS total",
  ),
  S('b4-foreach-set', 'CREATE (a:FS {c: 0}) FOREACH (i IN range(1, 3) | SET a.c = a.c + i) RETURN a.c AS c'),
  S('b4-merge-path', 'MERGE p = (a:MPa {k: 1})-[:R]->(b:MPa {k: 2}) RETURN length(p) AS l, a.k + b.k AS s'),
  S('b4-set-label-dyn', "CREATE (a:SL) WITH a, 'Tagged' AS t SET a:$(t) RETURN labels(a) AS l"),
  S(
    'b4-str-pad',
    "RETURN left('abc', 0) AS a, right('', 3) AS b, substring('', 0) AS c, split('', ',') AS d, replace('', '', 'x') AS e, reverse('') AS f, toUpper('') AS g",
  ),
  S(
    'b4-str-numbers',
    'RETURN toString(1) + toString(1.5) AS a, toString(100000000000000000000.0) AS b, toString(0.000001) AS c, toString(1.0e-7) AS d, 12345678.9 AS e, toString(12345678.9) AS f',
  ),
  S(
    'b4-tofloat-strings',
    "RETURN toFloat('1_000') AS a, toFloat('0x10') AS b, toFloat('1.5e3') AS c, toFloat('.5') AS d, toFloat('5.') AS e, toFloat('+3') AS f, toFloat('1f') AS g",
  ),
  S(
    'b4-tointeger-strings',
    "RETURN toInteger('+3') AS a, toInteger('3.') AS b, toInteger('-.5') AS c, toInteger('1e2') AS d, toInteger('0x1F') AS e, toInteger('١٢') AS f, toInteger('1_0') AS g",
  ),
  S('b4-list-range-neg', 'RETURN range(10, 0, -3) AS a, range(0, 0) AS b, range(1, 0) AS c, range(-2, 2) AS d, size(range(1, 1000)) AS e'),
  S('b4-list-slice-expr', 'WITH range(0, 9) AS l RETURN l[size(l) - 3..] AS a, l[..toInteger(2.7)] AS b, l[-3..-1] AS c, l[2..2] AS d, l[20..] AS e'),
  S('b4-list-in-null-elem', 'RETURN [1, 2] IN [[1, null]] AS a, [1, null] IN [[1, 2]] AS b, null IN [null, 1] AS c'),
  S('b4-keys-empty', 'RETURN keys({}) AS a, size(keys({a: null})) AS b, properties({a: 1}) AS c'),
  S('b4-agg-empty', 'UNWIND [] AS x RETURN count(x) AS a, sum(x) AS b, avg(x) AS c, min(x) AS d, collect(x) AS e, stDev(x) AS f, percentileCont(x, 0.5) AS g'),
  S('b4-agg-null-only', 'UNWIND [null, null] AS x RETURN count(x) AS a, sum(x) AS b, avg(x) AS c, max(x) AS d, collect(x) AS e, count(*) AS f'),
  S('b4-agg-group-null-key', 'UNWIND [1, null, 1, null] AS x RETURN x, count(*) AS c ORDER BY x'),
  S('b4-agg-distinct-collect', 'UNWIND [[1], [1], [2]] AS l RETURN collect(DISTINCT l) AS a, count(DISTINCT l) AS b'),
  S('b4-sum-floats-order', 'UNWIND [1e16, 1.0, -1e16] AS x RETURN sum(x) AS s'),
  S('b4-avg-floats', 'UNWIND [1e308, 1e308] AS x RETURN avg(x) AS a, sum(x) AS s'),
  S('b4-min-max-strings', "UNWIND ['b', 'B', 'a', 'é', ''] AS s RETURN min(s) AS mn, max(s) AS mx"),
  S(
    'b4-percentile-disc-floats',
    'UNWIND [1.5, 2.5, 3.5, 4.5] AS x RETURN percentileDisc(x, 0.5) AS a, percentileDisc(x, 0.51) AS b, percentileCont(x, 0.25) AS c',
  ),
  S('b4-stdev-single', 'UNWIND [5] AS x RETURN stDev(x) AS a, stDevP(x) AS b'),
  S(
    'b4-temporal-ordering-mixed',
    "UNWIND [datetime('2024-01-01T00:00Z'), date('2024-01-01'), localdatetime('2024-01-01T00:00'), time('00:00Z'), localtime('00:00'), duration('P1D')] AS t RETURN valueType(t) AS v ORDER BY t",
  ),
  S(
    'b4-datetime-tz-names',
    "RETURN datetime('2024-07-01T12:00[Europe/London]').offset AS a, datetime('2024-01-01T12:00[Europe/London]').timezone AS b, datetime({year: 2024, month: 3, day: 31, hour: 1, minute: 30, timezone: 'Europe/London'}) AS c",
  ),
  S(
    'b4-time-arith',
    "RETURN time('23:00+01:00') + duration('PT2H') AS a, localtime('00:30') - duration('PT1H') AS b, time('12:00+01:00') = time('11:00Z') AS c, time('12:00+01:00') < time('11:30Z') AS d",
  ),
  S(
    'b4-duration-between-neg',
    "RETURN duration.between(date('2024-03-31'), date('2024-02-29')) AS a, duration.inMonths(date('2024-03-31'), date('2024-02-29')) AS b, duration.inDays(datetime('2024-01-01T12:00Z'), datetime('2024-01-03T11:00Z')) AS c",
  ),
  S(
    'b4-date-components',
    "WITH date('2024-12-31') AS d RETURN d.year, d.month, d.day, d.week, d.weekYear, d.quarter, d.dayOfWeek, d.ordinalDay, d.dayOfQuarter",
  ),
  S(
    'b4-temporal-to-string-fns',
    "RETURN toString(datetime('2024-01-01T00:00:00.000000001Z')) AS a, toString(time('10:00:00.100+00:00')) AS b, toString(localdatetime('2024-01-01T00:00:00.5')) AS c",
  ),
  S('b4-err-date-arith', "RETURN date('2024-01-01') + 1 AS x"),
  S('b4-err-duration-mul-str', "RETURN duration('P1D') * 'x' AS x"),
  S('b4-err-temporal-prop', "RETURN date('2024-01-01').hour AS x"),
  S('b4-err-merge-rel-no-type', 'MERGE (a)-[r]->(b) RETURN r'),
  S('b4-err-create-label-expr', 'CREATE (a:A|B) RETURN a'),
  S('b4-err-match-empty-label-expr', 'MATCH (a:) RETURN a'),
  S('b4-err-delete-list-int', 'WITH [1] AS l DELETE l[0]'),
  S('b4-err-foreach-return', 'FOREACH (x IN [1] | RETURN x)'),
  S('b4-err-set-label-expr', 'CREATE (a) SET a:A|B'),
  S('b4-err-with-dup-alias', 'WITH 1 AS a, 2 AS a RETURN a'),
  S('b4-err-path-var-reuse', 'MATCH p = (a)-->(b), p = (c)-->(d) RETURN p'),
  S('b4-err-agg-in-agg-list', 'UNWIND [1] AS x RETURN collect(count(x))'),
  S('b4-err-exists-subq-return', 'RETURN EXISTS { RETURN 1 AS x, 2 AS y } AS e'),
  S('b4-err-count-subq-update', 'RETURN COUNT { CREATE (a) RETURN a } AS c'),
  S('b4-err-call-subq-no-return-union', 'CALL { CREATE (a) UNION CREATE (b) } RETURN 1'),
  S('b4-err-order-by-non-projected-distinct', 'UNWIND [1, 2] AS x WITH DISTINCT x % 2 AS y ORDER BY x RETURN y'),
  S('b4-err-quantifier-zero', 'MATCH (a)-[:R]->{0}(b) RETURN b'),
  S('b4-err-shortest-k-zero', 'MATCH p = SHORTEST 0 (a)-[:R]->+(b) RETURN p'),
  S('b4-err-is-typed-unknown', 'RETURN 1 IS :: LIST<UNKNOWN>'),
  S('b4-err-normalize-bad-form', "RETURN normalize('a', NFX)"),
  S('b4-err-int-literal-big', 'RETURN 9223372036854775808 AS x'),
  S('b4-err-float-literal-big', 'RETURN 1e400 AS x'),
  S('b4-err-hex-literal', 'RETURN 0x1G AS x'),
  S('b4-int-literal-forms', 'RETURN 0x1F AS a, 0o17 AS b, -0x10 AS c, 1_000 AS d, 0b101 AS e'),
);

DIALECT_QUERIES.push(
  // --- batch 5
  F('b5-db-labels', 'CALL db.labels() YIELD label RETURN label ORDER BY label'),
  F('b5-db-types', 'CALL db.relationshipTypes() YIELD relationshipType AS t WHERE t STARTS WITH "H" RETURN t ORDER BY t'),
  F('b5-db-propkeys', 'CALL db.propertyKeys() YIELD propertyKey RETURN count(*) > 5 AS many'),
  F('b5-explain', 'EXPLAIN MATCH (n:Person) RETURN n.name'),
  F('b5-length-string', 'MATCH (p:Person) WITH p LIMIT 1 RETURN length(p.name) AS l'),
  F('b5-size-path', 'MATCH p = (:Newsletter)-[:HAS_ITEM]->() WITH p LIMIT 1 RETURN size(p) AS s'),
  F('b5-union-col-order', 'MATCH (p:Person) RETURN p.name AS a, 1 AS b LIMIT 1 UNION MATCH (p:Person) RETURN 1 AS b, p.name AS a LIMIT 1'),
  F('b5-with-limit-agg', 'MATCH (b:Body) WITH b ORDER BY b.name LIMIT 10 RETURN count(*) AS n, collect(b.name)[0] AS first'),
  F(
    'b5-optional-match-agg-zero',
    'MATCH (n:Newsletter) OPTIONAL MATCH (n)-[:HAS_ITEM]->(i:Item {number: 99}) RETURN n.published AS d, count(i) AS c ORDER BY d',
  ),
  F(
    'b5-exists-label-pattern',
    'MATCH (i:Item) WHERE EXISTS { (i)<-[:MENTIONED_IN]-(:Act) } AND EXISTS { (i)<-[:MENTIONED_IN]-(:Person) } RETURN count(i) AS n',
  ),
  F('b5-count-pattern-rels', 'MATCH (i:Item) RETURN max(COUNT { (i)<-[:MENTIONED_IN]-() }) AS most, min(COUNT { (i)<-[:MENTIONED_IN]-() }) AS least'),
  F('b5-quantifier-qpp-count', "MATCH (b:Body {name: 'Home Office'}) RETURN COUNT { (b)-[:CO_OCCURS]-{2}(x:Act) } AS twoHop"),
  F('b5-collect-maps-order', 'MATCH (a:Act) WHERE a.year IS NOT NULL WITH a ORDER BY a.year RETURN collect({n: a.name, y: a.year})[0..2] AS firstTwo'),
  F(
    'b5-reduce-string-fixture',
    "MATCH (a:Act) WITH a ORDER BY a.name LIMIT 3 WITH collect(a.name) AS ns RETURN reduce(s = '', n IN ns | s + left(n, 1)) AS letters",
  ),
  F('b5-string-contains-param', 'MATCH (i:Item) WHERE i.title CONTAINS $w RETURN i.title ORDER BY i.title', { w: 'Police' }),
  F('b5-regex-param', 'MATCH (p:Person) WHERE p.name =~ $re RETURN p.name ORDER BY p.name', { re: '(?i)^[a-c].*' }),
  F('b5-in-param-ints', 'MATCH (i:Item) WHERE i.number IN $ns RETURN i.number AS n, count(*) AS c ORDER BY n', { ns: [1n, 2n, 30n] }),
  F('b5-float-param-compare', 'MATCH (i:Item) WHERE i.number > $f RETURN count(*) AS c', { f: 15.5 }),
  F('b5-date-param', 'MATCH (n:Newsletter) WHERE date(n.published) >= date($from) RETURN n.published ORDER BY n.published', { from: '2014-06-01' }),
  F('b5-type-rel-filter', "MATCH (p:Person)-[r]->(x) WHERE type(r) IN ['HOLDS_ROLE', 'AFFILIATED_WITH'] RETURN type(r) AS t, count(*) AS c ORDER BY t"),
  F('b5-labels-filter', "MATCH (x) WHERE 'Body' IN labels(x) RETURN count(x) AS c"),
  F('b5-node-equality', 'MATCH (a:Act)-[:AMENDS]->(b) MATCH (c:Act) WHERE c = b RETURN count(*) AS c'),
  F('b5-distinct-rel', 'MATCH (p:Person)-[r:CO_OCCURS]-() RETURN count(DISTINCT r) AS d, count(r) AS all'),
  F('b5-path-equality', 'MATCH p = (a:Act)-[:AMENDS]->(b) MATCH q = (a)-[:AMENDS]->(b) RETURN p = q AS same, count(*) AS c'),
  F(
    'b5-all-shortest-count',
    'MATCH (a:Person), (b:Person) WHERE a.name < b.name WITH a, b LIMIT 20 MATCH p = allShortestPaths((a)-[:CO_OCCURS*]-(b)) RETURN count(p) AS paths, max(length(p)) AS longest',
  ),
  S('b5-str-lower-special', "RETURN toLower('ÀÉÎ') AS a, toUpper('ﬀ') AS b, toUpper('ŉ') AS c, toLower('Σ') AS d, upper('i̇') AS e"),
  S('b5-str-split-multichar', "RETURN split('a::b:::c', '::') AS a, split('abc', 'abc') AS b, split('aXbXc', 'X')[1] AS c"),
  S('b5-str-substring-big', "RETURN substring('abc', 1, 9223372036854775807) AS a, left('abc', 9223372036854775807) AS b"),
  S('b5-str-tostring-list', 'RETURN toString([1, 2]) AS x'),
  S(
    'b5-str-tostringlist',
    "RETURN toStringList([1.5, true, date('2024-01-01')]) AS a, toIntegerList([1.9, '2', true]) AS b, toFloatList(['x', 1]) AS c, toBooleanList(['TRUE', 0, 'x']) AS d",
  ),
  S('b5-list-reverse-nested', 'RETURN reverse([[1, 2], [3]]) AS a, tail(tail([1])) AS b, head([[1]]) AS c, last([]) AS d'),
  S('b5-list-isempty', "RETURN isEmpty([null]) AS a, isEmpty({a: null}) AS b, isEmpty('') AS c"),
  S('b5-isempty-int', 'RETURN isEmpty(1) AS x'),
  S('b5-list-plus-null', 'RETURN [1] + null AS a, null + [1] AS b, [1] + [null] AS c'),
  S('b5-list-index-big', 'RETURN [1, 2, 3][9223372036854775807] AS a, [1, 2, 3][-9223372036854775808] AS b'),
  S('b5-list-slice-big', 'RETURN [1, 2, 3][1..9223372036854775807] AS a, [1, 2, 3][-9223372036854775808..2] AS b'),
  S('b5-range-big-step', 'RETURN range(0, 9223372036854775807, 4611686018427387904) AS a'),
  S('b5-coalesce-all-null', 'RETURN coalesce() AS x'),
  S('b5-nullif-types', "RETURN nullIf(1, 1.0) AS a, nullIf('a', 'A') AS b, nullIf(null, 1) AS c"),
  S(
    'b5-round-precision',
    "RETURN round(3.14159, 3) AS a, round(-3.5) AS b, round(1234.5678, -2) AS c, round(2.5, 0, 'HALF_EVEN') AS d, round(0.1 + 0.2, 15) AS e",
  ),
  S('b5-math-int-float', 'RETURN 5 / 2 * 2.0 AS a, 2 ^ 62 AS b, 2 ^ 63 AS c, 10 % 3.5 AS d, -5 % 3 AS e'),
  S('b5-int-div-zero', 'RETURN 5 / 0 AS x'),
  S('b5-int-mod-zero', 'RETURN 5 % 0 AS x'),
  S('b5-float-mod-zero', 'RETURN 5.0 % 0 AS x'),
  S('b5-exp-overflow', 'RETURN exp(1000) AS a, log(0) AS b, log(-1) AS c, sqrt(-1) AS d, 1e308 * 10 AS e'),
  S('b5-trig', 'RETURN sin(0) AS a, cos(0) AS b, tan(0) AS c, asin(2) AS d, degrees(pi()) AS e, radians(180) AS f, haversin(0.5) AS g, cot(1) AS h'),
  S('b5-sign-abs', 'RETURN sign(0) AS a, sign(-0.0) AS b, sign(5) AS c, abs(-0.0) AS d, abs(-5.5) AS e, ceil(1) AS f, floor(-1) AS g'),
  S('b5-rand-range', 'RETURN rand() >= 0 AND rand() < 1 AS r, size(toString(randomUUID())) AS u'),
  S('b5-timestamp', 'RETURN timestamp() > 0 AS t, timestamp() IS :: INTEGER AS i'),
  S('b5-case-no-match', "RETURN CASE 1 WHEN 2 THEN 'x' END AS a, CASE WHEN false THEN 1 END AS b"),
  S('b5-case-types', "UNWIND [1, 'a', true] AS x RETURN CASE WHEN x IS :: INTEGER THEN 'int' WHEN x IS :: STRING THEN 'str' ELSE 'other' END AS k ORDER BY k"),
  S('b5-bool-ops-nonbool', 'RETURN 1 AND true AS x'),
  S('b5-not-nonbool', "RETURN NOT 'a' AS x"),
  S('b5-xor', 'RETURN true XOR false AS a, true XOR true AS b, null XOR false AS c'),
  S('b5-order-skip-limit-params', 'UNWIND range(1, 10) AS x RETURN x ORDER BY x DESC SKIP $s LIMIT $l', { s: 2n, l: 3n }),
  S('b5-order-by-case', "UNWIND ['b', 'a', 'c'] AS x RETURN x ORDER BY CASE x WHEN 'c' THEN 0 ELSE 1 END, x"),
  S('b5-order-by-multiple-dir', 'UNWIND [[1, 2], [1, 1], [2, 1]] AS p RETURN p[0] AS a, p[1] AS b ORDER BY a DESC, b ASC'),
  S('b5-with-distinct-order', 'UNWIND [3, 1, 3, 2] AS x WITH DISTINCT x ORDER BY x RETURN collect(x) AS xs'),
  S('b5-unwind-range-agg', 'UNWIND range(1, 100) AS x WITH x % 3 AS k, x RETURN k, count(*) AS c, sum(x) AS s, avg(x) AS a ORDER BY k'),
  S('b5-unwind-distinct-collect', "UNWIND ['a', 'b', 'a', null] AS x RETURN collect(DISTINCT x) AS xs, count(DISTINCT x) AS n"),
  S('b5-percentile-cont-ints', 'UNWIND range(1, 10) AS x RETURN percentileCont(x, 0.33) AS a, percentileDisc(x, 0.33) AS b, percentileCont(x, 0.0) AS c'),
  S('b5-stdev-ints', 'UNWIND [2, 4, 4, 4, 5, 5, 7, 9] AS x RETURN stDev(x) AS s, stDevP(x) AS p'),
  S('b5-min-max-lists', 'UNWIND [[1, 2], [1], [0, 5]] AS l RETURN min(l) AS mn, max(l) AS mx'),
  S('b5-min-max-temporal', "UNWIND [date('2024-01-02'), date('2023-01-01')] AS d RETURN min(d) AS mn, max(d) AS mx"),
  S('b5-count-expr-null', 'UNWIND [1, null, 2] AS x RETURN count(x) AS a, count(*) AS b, count(DISTINCT x) AS c, count(null) AS d'),
  S('b5-collect-nested-null', 'UNWIND [[1, null], null, [null]] AS x RETURN collect(x) AS c'),
  S('b5-map-literal-dup-key', 'RETURN {a: 1, a: 2} AS m'),
  S('b5-map-nested-access', "WITH {a: {b: {c: 42}}} AS m RETURN m.a.b.c AS x, m['a']['b'] AS y, m.a['b'].c AS z"),
  S('b5-map-proj-null-entity', 'OPTIONAL MATCH (n:NeverThereLabel) RETURN n {.a} AS m, n {.*} AS all'),
  S('b5-properties-node', 'CREATE (n {a: 1, b: [1, 2]}) RETURN properties(n) AS p, n.b[1] AS x'),
  S('b5-create-many-props', "CREATE (n {z: 'z', y: 2, x: 3.0, w: true, v: [1], u: date('2020-01-01')}) RETURN n.z, n.y, n.x, n.w, n.v, n.u"),
  S('b5-merge-match-existing', 'CREATE (:MM {k: 1}) WITH 1 AS one MERGE (m:MM {k: 1}) ON MATCH SET m.seen = true RETURN count(*) AS c, collect(m.seen) AS s'),
  S('b5-remove-label-missing', 'CREATE (a:RL) REMOVE a:Nope RETURN labels(a) AS l'),
  S('b5-set-same-label', 'CREATE (a:SL2) SET a:SL2 RETURN labels(a) AS l'),
  S('b5-delete-twice', 'CREATE (a:D2) WITH a, a AS b DELETE a, b RETURN 1 AS x'),
  S('b5-detach-delete-null', 'OPTIONAL MATCH (n:NeverThereLabel) DETACH DELETE n RETURN 1 AS x'),
  S('b5-foreach-null-list', 'FOREACH (x IN null | CREATE (:FN)) RETURN 1 AS x'),
  S(
    'b5-unwind-then-create-rel',
    'CREATE (h:UH) WITH h UNWIND [1, 2, 3] AS i CREATE (h)-[:HAS {i: i}]->(:UI) WITH h, count(*) AS made RETURN made, COUNT { (h)-->() } AS deg',
  ),
  S('b5-err-unknown-type-pred', 'RETURN 1 IS :: NUMBER'),
  S('b5-err-agg-in-unwind', 'UNWIND [count(*)] AS x RETURN x'),
  S('b5-err-where-agg-with', 'WITH 1 AS x WHERE sum(x) > 0 RETURN x'),
  S('b5-err-var-length-bound-rel', 'MATCH ()-[r]->() MATCH ()-[r*]->() RETURN r'),
  S('b5-err-return-star-after-union', 'RETURN 1 AS a UNION ALL RETURN *'),
  S('b5-err-call-yield-missing', 'CALL db.labels() YIELD nope RETURN nope'),
  S('b5-err-skip-neg', 'UNWIND [1] AS x RETURN x SKIP -1'),
  S('b5-err-limit-var', 'UNWIND [1] AS x RETURN x LIMIT x'),
  S('b5-err-create-rel-no-dir', 'CREATE (a)<-[:R]->(b)'),
  S('b5-err-two-selectors', 'MATCH p = SHORTEST 1 (a)-[:R]->+(b), q = ANY (c)-[:R]->+(d) RETURN p'),
);

DIALECT_QUERIES.push(
  // --- batch 6
  F(
    'b6-top-bodies-per-issue',
    'MATCH (n:Newsletter)-[:HAS_ITEM]->(:Item)<-[:MENTIONED_IN]-(b:Body) WITH n, b, count(*) AS c ORDER BY c DESC, b.name WITH n, collect(b.name)[0] AS top RETURN n.published AS d, top ORDER BY d',
  ),
  F(
    'b6-entity-span',
    'MATCH (e)-[:MENTIONED_IN]->(:Item)<-[:HAS_ITEM]-(n:Newsletter) WITH e, min(date(n.published)) AS first, max(date(n.published)) AS last WHERE first <> last RETURN e.name AS name, first, last, duration.between(first, last).months AS months ORDER BY months DESC, name LIMIT 5',
  ),
  F(
    'b6-cooccur-jaccard',
    "MATCH (a:Body {name: 'Home Office'})-[:MENTIONED_IN]->(i)<-[:MENTIONED_IN]-(b:Body) WITH a, b, count(DISTINCT i) AS shared MATCH (a)-[:MENTIONED_IN]->(ia) WITH a, b, shared, count(DISTINCT ia) AS na MATCH (b)-[:MENTIONED_IN]->(ib) WITH b, shared, na, count(DISTINCT ib) AS nb RETURN b.name AS other, shared, round(toFloat(shared) / (na + nb - shared), 4) AS jaccard ORDER BY jaccard DESC, other LIMIT 5",
  ),
  F(
    'b6-orphans',
    'MATCH (e) WHERE (e:Person OR e:Body OR e:Act OR e:Programme) AND NOT EXISTS { (e)-[:MENTIONED_IN]->() } RETURN labels(e)[0] AS kind, count(*) AS n ORDER BY kind',
  ),
  F(
    'b6-year-from-title',
    'MATCH (n:Newsletter) RETURN toInteger(right(n.title, 4)) AS y, date(n.published).year AS py, toInteger(right(n.title, 4)) = date(n.published).year AS same ORDER BY py',
  ),
  F(
    'b6-items-word-count',
    "MATCH (i:Item) WITH i, size([w IN split(i.text, ' ') WHERE w <> '']) AS words RETURN max(words) AS longest, min(words) AS shortest, percentileDisc(words, 0.5) AS median",
  ),
  F('b6-unicode-text', "MATCH (i:Item) WHERE i.text CONTAINS '£' RETURN count(i) AS n, sum(size(i.text) - size(replace(i.text, '£', ''))) AS pounds"),
  F('b6-case-insensitive-sort', 'MATCH (b:Body) WITH b ORDER BY toLower(b.name) LIMIT 5 RETURN collect(b.name) AS names'),
  F(
    'b6-nested-collect',
    'MATCH (n:Newsletter)-[:HAS_ITEM]->(i)<-[:MENTIONED_IN]-(a:Act) WITH n, i, collect(a.name) AS acts ORDER BY i.number RETURN n.published AS d, collect({item: i.number, acts: acts}) AS items ORDER BY d',
  ),
  F(
    'b6-qpp-programme-chain',
    'MATCH p = (x:Programme)-[:PART_OF]->+(top) RETURN x.name AS from, [n IN nodes(p) | labels(n)[0]] AS kinds, length(p) AS hops ORDER BY from, hops',
  ),
  F(
    'b6-any-path',
    "MATCH (a:Person {name: 'Damian Green'}) MATCH p = ANY 2 (a)-[:CO_OCCURS]-{1,2}(b:Act) RETURN b.name AS act, count(p) AS paths ORDER BY act LIMIT 5",
  ),
  F(
    'b6-optional-call-count',
    'MATCH (p:Person) OPTIONAL CALL (p) { MATCH (p)-[:LEADS]->(g) RETURN count(g) AS leads } RETURN sum(leads) AS total, count(*) AS people',
  ),
  F(
    'b6-exists-in-return-case',
    "MATCH (p:Person) RETURN CASE WHEN EXISTS { (p)-[:HOLDS_ROLE]->() } THEN 'office' ELSE 'none' END AS k, count(*) AS n ORDER BY k",
  ),
  S(
    'b6-temporal-tostring-tz',
    "RETURN toString(datetime('2024-03-31T01:30:00[Europe/London]')) AS a, toString(datetime('2024-10-27T01:30:00[Europe/London]')) AS b, toString(datetime('2024-01-01T00:00+05:45')) AS c",
  ),
  S(
    'b6-temporal-dst-add',
    "RETURN datetime('2024-03-30T02:30[Europe/Berlin]') + duration('P1D') AS a, datetime('2024-03-31T01:30[Europe/Berlin]') + duration('PT1H') AS b",
  ),
  S(
    'b6-temporal-localdatetime-props',
    "WITH localdatetime('2024-02-29T13:05:09.123456') AS t RETURN t.hour, t.minute, t.second, t.millisecond, t.microsecond, t.nanosecond, t.ordinalDay, t.week",
  ),
  S(
    'b6-duration-normalize',
    "RETURN duration({days: 400}) AS a, duration({hours: 49}) AS b, duration({minutes: 1500.5}) AS c, duration({months: 14}).years AS d, duration('P1Y14M').months AS e",
  ),
  S(
    'b6-duration-arith',
    "RETURN duration('P1M') + duration('P1D') AS a, duration('PT1H') - duration('PT90M') AS b, duration('P1D') / 3 AS c, duration('P3M') * 0.5 AS d",
  ),
  S(
    'b6-date-between-units',
    "RETURN duration.inDays(date('2024-01-01'), date('2024-12-31')).days AS a, duration.inMonths(date('2024-01-31'), date('2024-02-29')).months AS b, duration.between(date('2024-01-31'), date('2024-02-29')) AS c",
  ),
  S('b6-time-props', "WITH time('13:45:30.5+02:00') AS t RETURN t.hour, t.minute, t.second, t.millisecond, t.offset, t.offsetMinutes, t.timezone"),
  S(
    'b6-datetime-compare-zones',
    "RETURN datetime('2024-01-01T12:00[Europe/London]') = datetime('2024-01-01T12:00Z') AS a, datetime('2024-01-01T12:00[Europe/London]') = datetime('2024-01-01T13:00+01:00') AS b",
  ),
  S(
    'b6-string-fns-null',
    'RETURN toUpper(null) AS a, split(null, null) AS b, substring(null, 1) AS c, replace(null, "a", "b") AS d, left(null, 1) AS e, reverse(null) AS f, size(null) AS g',
  ),
  S('b6-replace-null-args', "RETURN replace('abc', null, 'x') AS a, replace('abc', 'b', null) AS b, split('a,b', null) AS c"),
  S(
    'b6-list-comp-null',
    'RETURN [x IN null | x] AS a, [x IN [1, null] WHERE x > 0] AS b, all(x IN null WHERE x > 0) AS c, reduce(s = 0, x IN null | s + x) AS d',
  ),
  S(
    'b6-pattern-compr-order',
    'CREATE (a:PO)-[:R]->(:PO {n: 3}), (a)-[:R]->(:PO {n: 1}), (a)-[:R]->(:PO {n: 2}) WITH a RETURN size([(a)-->(x) | x.n]) AS n, reduce(s = 0, v IN [(a)-->(x) | x.n] | s + v) AS total',
  ),
  S(
    'b6-collect-subq-order',
    'CREATE (a:CO)-[:R]->(:CO {n: 3}), (a)-[:R]->(:CO {n: 1}) WITH a RETURN COLLECT { MATCH (a)-->(x) RETURN x.n ORDER BY x.n DESC } AS ns',
  ),
  S(
    'b6-count-subq-distinct',
    'CREATE (a:CD)-[:R]->(b:CD), (a)-[:R]->(b) WITH a RETURN COUNT { MATCH (a)-->(x) RETURN DISTINCT x } AS d, COUNT { (a)-->() } AS all',
  ),
  S('b6-exists-vs-count', 'CREATE (a:EC) WITH a RETURN EXISTS { (a)-->() } AS e, COUNT { (a)-->() } = 0 AS z'),
  S('b6-call-union-distinct', 'CALL { RETURN 1 AS x UNION RETURN 1 AS x UNION ALL RETURN 2 AS x } RETURN collect(x) AS xs'),
  S('b6-union-all-then-distinct', 'CALL { RETURN 1 AS x UNION ALL RETURN 1 AS x } RETURN count(*) AS n'),
  S('b6-err-union-mixed', 'RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x'),
  S('b6-err-ambiguous-agg', 'UNWIND [1, 2] AS x RETURN x AS y, count(*) AS c ORDER BY x + count(*)'),
  S('b6-err-type-pred-on-agg', 'UNWIND [1] AS x RETURN count(x) IS :: INTEGER AS t'),
  S('b6-err-case-mixed', "RETURN CASE WHEN 1 THEN 'a' END AS x"),
  S('b6-err-in-non-list', 'RETURN 1 IN 1 AS x'),
  S('b6-err-slice-string', "RETURN 'abc'[0..1] AS x"),
  S('b6-err-size-of-node', 'CREATE (n) RETURN size(n) AS s'),
  S('b6-err-length-list', 'RETURN length([1, 2]) AS l'),
  S('b6-err-nodes-of-list', 'RETURN nodes([1]) AS n'),
);
