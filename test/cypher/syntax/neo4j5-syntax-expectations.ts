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
  ['RETURN null IS :: INTEGER, null IS :: INTEGER NOT NULL, null IS :: NOTHING, null IS :: NULL, 1 IS :: NULL, null IS :: ANY', [[true, false, false, true, false, true]]],
  ['RETURN 1 IS :: INTEGER | STRING, 1.0 IS :: INTEGER | STRING, null IS :: INTEGER | NULL', [[true, false, true]]],
  ['RETURN [1, null] IS :: LIST<INTEGER>, [1, null] IS :: LIST<INTEGER NOT NULL>, [] IS :: LIST<NOTHING>, [1, \'a\'] IS :: LIST<INTEGER | STRING>', [[true, false, true, true]]],
  ['RETURN [null] IS :: LIST<NULL>, [1] IS :: LIST<NOTHING>, [] IS :: LIST<INTEGER NOT NULL>, null IS :: LIST<INTEGER>, [[1]] IS :: LIST<LIST<INTEGER>>, 1 IS :: LIST<INTEGER>', [[true, false, true, true, true, false]]],
  ['RETURN 1 IS NOT :: STRING NOT NULL, null IS NOT :: STRING NOT NULL, null IS NOT :: STRING, 1 :: INTEGER, 1 IS TYPED INTEGER', [[true, true, false, true, true]]],
  ["RETURN [1] IS :: LIST<ANY>, [1] IS :: PROPERTY VALUE, [1, 'a'] IS :: PROPERTY VALUE, {a: 1} IS :: MAP, {a: 1} IS :: PROPERTY VALUE, date() IS :: DATE", [[true, true, false, true, false, true]]],
  // Synonyms.
  ["RETURN 1 IS :: INT, true IS :: BOOL, 'x' IS :: VARCHAR, [1] IS :: INTEGER LIST, [1] IS :: ARRAY<INT>, 1 IS :: ANY<INTEGER | FLOAT>, 1 IS :: INTEGER!, 1 IS :: SIGNED INTEGER", [[true, true, true, true, true, true, true, true]]],
  ["RETURN localtime() IS :: TIME WITHOUT TIME ZONE, time() IS :: TIME WITH TIME ZONE, datetime() IS :: TIMESTAMP WITH TIME ZONE, localdatetime() IS :: TIMESTAMP WITHOUT TIME ZONE, duration('P1D') IS :: DURATION", [[true, true, true, true, true]]],
  ['RETURN 1 IS :: ANY VALUE, 1 IS :: ANY NOT NULL, null IS :: ANY NOT NULL, null IS :: PROPERTY VALUE, null IS :: NULL NOT NULL', [[true, true, false, true, false]]],
  ["CREATE (n:TypeProbe)-[r:T]->(m) RETURN n IS :: NODE, r IS :: RELATIONSHIP, n IS :: ANY NODE, r IS :: EDGE, n IS :: MAP", [[true, true, true, true, false]]],
  // As a filter, the way a type check is usually written.
  ["UNWIND [1, 'a', 2.5, null, [1]] AS x WITH x WHERE x IS :: INTEGER NOT NULL | FLOAT NOT NULL RETURN collect(x)", [[[1n, 2.5]]]],
  // Normal forms: a value that is not a string gives null.
  ["RETURN 'é' IS NORMALIZED, normalize('é', NFD) IS NFD NORMALIZED, normalize('é', NFD) IS NORMALIZED, null IS NORMALIZED, 'é' IS NOT NFKC NORMALIZED, 1 IS NORMALIZED", [[true, true, false, null, false, null]]],
  ["RETURN normalize('ﬁ', NFKC), normalize(null), size(normalize('é', NFD)), normalize('é') = 'é'", [['fi', null, 2n, true]]],
  // trim() with a side and a character.
  ["RETURN trim(BOTH 'x' FROM 'xxaxx'), trim(LEADING 'x' FROM 'xxaxx'), trim(TRAILING 'x' FROM 'xxaxx'), trim('  a '), trim(LEADING FROM '  a '), trim('x' FROM 'xax'), trim(BOTH FROM ' a ')", [['a', 'axx', 'xxa', 'a', 'a ', 'a', 'a']]],
  ["RETURN trim(BOTH null FROM 'xxaxx'), trim(null), trim(BOTH 'x' FROM null)", [[null, null, null]]],
];

export const TYPE_PREDICATE_ERRORS: SyntaxErrorExpectation[] = [
  ['RETURN null IS :: INTEGER NOT NULL | FLOAT', 18, 'must be nullable, or be appended with'],
  ['RETURN [1] IS :: LIST<INTEGER | STRING NOT NULL>', 22, 'must be nullable, or be appended with'],
  ['RETURN 1 IS :: ANY<INTEGER | FLOAT> NOT NULL', 36, 'can not be appended with'],
  ['RETURN 1 IS :: BOGUS', 15, "Invalid input 'BOGUS'"],
  ["RETURN normalize('a', 'NFC')", 22, 'Invalid normal form, expected NFC, NFD, NFKC, NFKD'],
];

export const TYPE_PREDICATE_RUNTIME_ERRORS: [string, string][] = [
  ["RETURN trim(BOTH 'xy' FROM 'xxaxx')", 'must be of length 1'],
];
